package io.cloudmigrate.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.SampleEstate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DiffCommandTest
{
    @TempDir
    Path directory;

    @Test
    void printsChangedFieldsAsTextAndAsJson()
            throws Exception
    {
        Path before = directory.resolve("old.json");
        Path after = directory.resolve("new.json");
        CommandRun demo = CommandRun.of("import", "--aws-cli", SampleEstate.extractTo(directory.resolve("sample")).toString(), "--out", before.toString());
        assertThat(demo.exitCode()).as(demo.err()).isEqualTo(ExitCodes.OK);
        Inventory inventory = JsonDocuments.readInventory(before);
        Resource first = inventory.resources().stream().filter(resource -> resource.details() instanceof ResourceDetails.Ec2Instance).findFirst().orElseThrow();
        ResourceDetails.Ec2Instance details = (ResourceDetails.Ec2Instance) first.details();
        Resource resized = new Resource(first.id(), first.type(), first.accountId(), first.region(), first.name(), first.tags(), first.network(),
                new ResourceDetails.Ec2Instance(details.instanceId(), "m7i.2xlarge", details.state(), details.platform(), details.operatingSystem(),
                        details.operatingSystemVersion(), details.architecture(), details.imageId(), details.launchTime(), details.software(),
                        details.ebsVolumeIds(), details.storageGb(), details.imdsHttpTokens(), details.ebsVolumes()));
        List<Resource> resources = inventory.resources().stream().map(resource -> resource.id().equals(first.id()) ? resized : resource).toList();
        JsonDocuments.write(after, new Inventory(inventory.schemaVersion(), inventory.scanId(), inventory.name(), inventory.capturedAt(), inventory.scope(),
                resources, inventory.securityGroups(), inventory.networkInterfaces(), inventory.utilization(), inventory.warnings(), inventory.flowLogs()));

        CommandRun text = CommandRun.of("diff", before.toString(), after.toString());
        CommandRun json = CommandRun.of("diff", before.toString(), after.toString(), "--output", "json");

        assertThat(text.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(text.out()).isEqualTo("0 added, 0 removed, 1 changed\n~ " + first.id() + " (AWS::EC2::Instance)\n"
                + "    details.instanceType: \"" + details.instanceType() + "\" -> \"m7i.2xlarge\"\n");
        JsonNode document = JsonDocuments.mapper().readTree(json.out());
        assertThat(document.path("changed").get(0).path("fields").get(0).path("path").asText()).isEqualTo("details.instanceType");
        assertThat(document.path("changed").get(0).path("fields").get(0).path("after").asText()).isEqualTo("m7i.2xlarge");
    }

    @Test
    void aMissingInventoryIsAUserError()
    {
        CommandRun run = CommandRun.of("diff", directory.resolve("a.json").toString(), directory.resolve("b.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("a.json");
    }
}
