package io.cloudmigrate.server.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.NetworkInterface;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.graph.MoveGroup;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.graph.TrafficEdge;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.server.pipeline.Stages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class FlowsAndAssessOptionsTest
{
    @TempDir
    static Path directory;

    private static Path inventoryFile;
    private static String instanceAddress;

    @BeforeAll
    static void importTheSampleEstate()
            throws IOException
    {
        Path sample = directory.resolve("sample");
        SampleEstate.extractTo(sample);
        Inventory inventory = AwsCliImporter.importDirectory(sample, Optional.empty());
        inventoryFile = directory.resolve("inventory.json");
        JsonDocuments.write(inventoryFile, inventory);
        instanceAddress = inventory.networkInterfaces().stream()
                .filter(networkInterface -> networkInterface.ownerResourceId() != null)
                .map(NetworkInterface::privateIpAddresses)
                .filter(addresses -> !addresses.isEmpty())
                .map(addresses -> addresses.getFirst())
                .findFirst().orElseThrow();
    }

    @Test
    void flowsReadsALogFormatAndAttributesOnPremisesAddresses()
            throws IOException
    {
        Path flowLog = directory.resolve("custom.log");
        Files.writeString(flowLog, "10.100.7.9 " + instanceAddress + " 443 51000 6 ACCEPT 1500\n");
        Path output = directory.resolve("traffic.json");

        CommandRun run = CommandRun.of("flows", "--inventory", inventoryFile.toString(), "--out", output.toString(),
                "--log-format", "${srcaddr} ${dstaddr} ${dstport} ${srcport} ${protocol} ${action} ${bytes}",
                "--on-premises-cidr", "10.100.0.0/16", flowLog.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Traffic traffic = Stages.readTraffic(output);
        assertThat(traffic.edges()).singleElement()
                .satisfies(edge -> assertThat(edge.sourceResource()).isEqualTo("on-premises"))
                .extracting(TrafficEdge::port, TrafficEdge::bytes).containsExactly(443, 1500L);
    }

    @Test
    void badLogFormatIsAUserError()
    {
        CommandRun run = CommandRun.of("flows", "--out", directory.resolve("unused.json").toString(), "--log-format", "version srcaddr", directory.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("'version' is not a ${field-name} of a flow-log format");
    }

    @Test
    void assessCutsWavesToTheMaximumSize()
    {
        Path output = directory.resolve("assessment.json");

        CommandRun run = CommandRun.of("assess", "--inventory", inventoryFile.toString(), "--max-wave-size", "2", "--out", output.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        Assessment assessment = Stages.readAssessment(output);
        // a unit larger than the maximum (a move group, or a DB cluster with two instances) is never split: it gets a wave of its own
        List<List<String>> moveGroups = assessment.graph().moveGroups().stream().map(MoveGroup::resourceIds).toList();
        java.util.Map<String, String> clusterOf = io.cloudmigrate.discovery.Memberships.groupsByMember(assessment.inventory().resources());
        assertThat(assessment.graph().waves()).allSatisfy(wave -> assertThat(wave.resourceIds().size() <= 2 || moveGroups.contains(wave.resourceIds())
                        || wave.resourceIds().stream().map(id -> clusterOf.getOrDefault(id, id)).distinct().count() == 1)
                .as("wave %s", wave).isTrue());
        assertThat(assessment.graph().waves()).anySatisfy(wave -> assertThat(wave.resourceIds()).hasSize(3));
    }

    @Test
    void assessAttributesOnPremisesBlocksOfTrafficWithoutAttribution()
            throws IOException
    {
        Path flowLog = directory.resolve("on-premises.log");
        Files.writeString(flowLog, "10.100.7.9 " + instanceAddress + " 443 51000 6 ACCEPT 1500\n");
        Path traffic = directory.resolve("unattributed-traffic.json");
        assertThat(CommandRun.of("flows", "--out", traffic.toString(),
                "--log-format", "${srcaddr} ${dstaddr} ${dstport} ${srcport} ${protocol} ${action} ${bytes}", flowLog.toString()).exitCode()).isZero();
        Path withBlock = directory.resolve("with-on-premises.json");
        Path withoutBlock = directory.resolve("without-on-premises.json");

        CommandRun run = CommandRun.of("assess", "--inventory", inventoryFile.toString(), "--traffic", traffic.toString(),
                "--on-premises-cidr", "10.100.0.0/16", "--out", withBlock.toString());
        CommandRun plain = CommandRun.of("assess", "--inventory", inventoryFile.toString(), "--traffic", traffic.toString(), "--out", withoutBlock.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(plain.exitCode()).as(plain.err()).isZero();
        assertThat(Stages.readAssessment(withBlock).graph().edges()).filteredOn(edge -> edge.source().equals("on-premises"))
                .singleElement().satisfies(edge -> assertThat(edge.port()).isEqualTo(443));
        assertThat(Stages.readAssessment(withoutBlock).graph().edges()).filteredOn(edge -> edge.source().equals("unattributed-private"))
                .singleElement().satisfies(edge -> assertThat(edge.port()).isEqualTo(443));
    }

    @Test
    void assessReadsTrafficOfSchemaVersionOneAndTwoAlike()
            throws IOException
    {
        Path flowLog = directory.resolve("with-scanners.log");
        Files.writeString(flowLog, "10.100.7.9 " + instanceAddress + " 443 51000 6 ACCEPT 1500\n"
                + "203.0.113.7 " + instanceAddress + " 22 51000 6 REJECT 40\n"
                + "198.51.100.9 " + instanceAddress + " 22 52000 6 REJECT 40\n");
        Path version2 = directory.resolve("traffic-version-2.json");
        assertThat(CommandRun.of("flows", "--out", version2.toString(),
                "--log-format", "${srcaddr} ${dstaddr} ${dstport} ${srcport} ${protocol} ${action} ${bytes}", flowLog.toString()).exitCode()).isZero();
        // The same traffic as version 1 wrote it: no summaries, one edge per scanner.
        ObjectNode document = (ObjectNode) JsonDocuments.readTree(version2);
        document.put("schemaVersion", 1);
        document.remove("rejected");
        ArrayNode edges = (ArrayNode) document.path("edges");
        for (String scanner : List.of("198.51.100.9", "203.0.113.7")) {
            edges.addObject().put("source", scanner).put("target", instanceAddress).put("port", 22).put("protocol", 6).put("acceptedFlows", 0)
                    .put("rejectedFlows", 1).put("packets", 0).put("bytes", 0).put("firstSeen", 0).put("lastSeen", 0)
                    .putNull("sourceResource").putNull("targetResource");
        }
        Path version1 = directory.resolve("traffic-version-1.json");
        Files.writeString(version1, JsonDocuments.toJson(document));
        Path fromVersion1 = directory.resolve("assessment-from-version-1.json");
        Path fromVersion2 = directory.resolve("assessment-from-version-2.json");

        CommandRun one = CommandRun.of("assess", "--inventory", inventoryFile.toString(), "--traffic", version1.toString(), "--out", fromVersion1.toString());
        CommandRun two = CommandRun.of("assess", "--inventory", inventoryFile.toString(), "--traffic", version2.toString(), "--out", fromVersion2.toString());

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(Stages.readTraffic(version1).rejected()).isEmpty();
        assertThat(Stages.readTraffic(version2).rejected()).singleElement().satisfies(summary -> assertThat(summary.sources()).isEqualTo(2));
        assertThat(Stages.readAssessment(fromVersion1).graph().edges()).isEqualTo(Stages.readAssessment(fromVersion2).graph().edges())
                .anySatisfy(edge -> assertThat(edge.port()).isEqualTo(443));
    }

    @Test
    void malformedOnPremisesBlockIsAUserError()
    {
        CommandRun run = CommandRun.of("assess", "--inventory", inventoryFile.toString(), "--on-premises-cidr", "10.100.0.0",
                "--out", directory.resolve("never.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("on-premises CIDR '10.100.0.0' is not an address block");
    }

    @Test
    void maximumWaveSizeBelowOneIsAUserError()
    {
        CommandRun run = CommandRun.of("assess", "--inventory", inventoryFile.toString(), "--max-wave-size", "0", "--out", directory.resolve("never.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("--max-wave-size must be at least 1, found 0");
    }

    @Test
    void graphExportsTheAssessmentInEveryFormat()
            throws IOException
    {
        Path assessment = directory.resolve("for-export.json");
        assertThat(CommandRun.of("assess", "--inventory", inventoryFile.toString(), "--out", assessment.toString()).exitCode()).isZero();

        CommandRun dot = CommandRun.of("graph", "--assessment", assessment.toString(), "--format", "dot");
        Path graphMl = directory.resolve("graph.graphml");
        CommandRun graphMlRun = CommandRun.of("graph", "--assessment", assessment.toString(), "--format", "graphml", "--out", graphMl.toString());
        CommandRun cytoscape = CommandRun.of("graph", "--assessment", assessment.toString(), "--format", "cytoscape");

        assertThat(dot.exitCode()).as(dot.err()).isZero();
        assertThat(dot.out()).startsWith("digraph dependencies {").contains("style=\"dashed\"");
        assertThat(graphMlRun.exitCode()).as(graphMlRun.err()).isZero();
        assertThat(Files.readString(graphMl)).contains("<graphml").contains("<edge");
        assertThat(cytoscape.exitCode()).as(cytoscape.err()).isZero();
        assertThat(cytoscape.out()).contains("\"elements\"").contains("\"edges\"");
    }
}
