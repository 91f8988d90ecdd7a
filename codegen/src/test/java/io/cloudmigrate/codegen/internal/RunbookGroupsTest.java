package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RunbookGroupsTest
{
    @Test
    void givesEachApplicationItsOwnRunbookAndTheWaveTheUntaggedMembers()
    {
        List<Resource> members = List.of(
                instance("web-1", Map.of("app", "Shop")),
                instance("batch", Map.of()),
                instance("web-2", Map.of("App", "Shop")),
                instance("ledger", Map.of("Application", "Ledger")),
                instance("old", Map.of("app", "none")));

        List<RunbookGroups.Group> groups = RunbookGroups.of("03", members);

        assertThat(groups).extracting(RunbookGroups.Group::file).containsExactly("wave-03", "wave-03-ledger", "wave-03-shop");
        assertThat(groups).extracting(RunbookGroups.Group::application).containsExactly(Optional.empty(), Optional.of("Ledger"), Optional.of("Shop"));
        assertThat(groups.get(0).members()).extracting(Resource::name).containsExactly("batch", "old");
        assertThat(groups.get(2).members()).extracting(Resource::name).containsExactly("web-1", "web-2");
    }

    @Test
    void numbersApplicationsWhoseNamesGiveTheSameFileName()
    {
        List<RunbookGroups.Group> groups = RunbookGroups.of("01", List.of(
                instance("a", Map.of("app", "orders!")),
                instance("b", Map.of("app", "Orders")),
                instance("c", Map.of("app", "注文"))));

        assertThat(groups).extracting(RunbookGroups.Group::file).containsExactly("wave-01", "wave-01-orders", "wave-01-orders-2", "wave-01-application");
    }

    @Test
    void makesFileNamesOfLowerCaseLettersDigitsAndSingleHyphens()
    {
        assertThat(RunbookGroups.slug("  Orders & Payments (EU) ")).isEqualTo("orders-payments-eu");
        assertThat(RunbookGroups.slug("../../etc/passwd")).isEqualTo("etc-passwd");
        assertThat(RunbookGroups.slug("x".repeat(200))).hasSize(60);
    }

    private static Resource instance(String name, Map<String, String> tags)
    {
        return new Resource("arn:" + name, ResourceType.EC2_INSTANCE, "1", "eu-west-1", name, tags, null,
                new ResourceDetails.Ec2Instance("i-" + name, "m5.large", "running", "Linux/UNIX", null, null, "x86_64", "ami-1", null, List.of(), List.of(), 0, null, List.of()));
    }
}
