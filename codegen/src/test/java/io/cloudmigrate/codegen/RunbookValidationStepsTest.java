package io.cloudmigrate.codegen;

import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.recommend.Assessment;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static io.cloudmigrate.codegen.AssessmentFixture.BATCH;
import static io.cloudmigrate.codegen.AssessmentFixture.LOAD_BALANCER;
import static io.cloudmigrate.codegen.AssessmentFixture.WEB_1;
import static io.cloudmigrate.codegen.AssessmentFixture.WEB_2;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validation steps of the hand-made storefront estate, with three more edges: the load balancer's
 * traffic to web-1 also observed (so configured and observed at once), web-2 calling legacy-batch,
 * which wave 1 retires, and an allowed-only path from web-2 to orders-db (the fixture's rule).
 */
class RunbookValidationStepsTest
{
    @TempDir
    static Path output;

    @BeforeAll
    static void generate()
    {
        Assessment assessment = AssessmentFixture.assessment();
        List<DependencyEdge> edges = new ArrayList<>(assessment.graph().edges());
        edges.add(new DependencyEdge(LOAD_BALANCER, WEB_1, EdgeKind.OBSERVED, 8080, "tcp", 800, 4_100_000, "observed tcp/8080, 800 flows, 4.1 MB"));
        edges.add(new DependencyEdge(WEB_2, BATCH, EdgeKind.OBSERVED, 445, "tcp", 12, 9_000, "observed tcp/445, 12 flows, 9.0 kB"));
        new ArtifactGenerator().generate(AssessmentFixture.withEdges(assessment, edges), output, GenerationOptions.defaults());
    }

    @Test
    void givesAPathObservedAndConfiguredOneStepWithBothAsEvidence()
            throws IOException
    {
        String runbook = runbook("wave-02");
        assertThat(runbook).containsOnlyOnce("Check that storefront-clb reaches web-1 on tcp/8080 (observed tcp/8080, 800 flows, 4.1 MB; "
                + "configured: storefront-clb routes to i-0web1).");
        assertThat(runbook).doesNotContain("Confirm storefront-clb");
    }

    @Test
    void namesAPathToAResourceRetiredInAnEarlierWaveWithoutCheckingIt()
            throws IOException
    {
        String runbook = runbook("wave-02");
        assertThat(runbook).doesNotContain("Check that web-2 reaches legacy-batch")
                .contains("Not checked, since they are retired by now: the paths to and from legacy-batch (retired in wave 01)");
        String checks = runbook.substring(runbook.indexOf("## Connectivity checks"));
        assertThat(checks).doesNotContain("legacy-batch");
    }

    @Test
    void checksADependencyOnALaterWaveAcrossTheEnvironments()
            throws IOException
    {
        assertThat(runbook("wave-01")).contains("Check that web-1 reaches orders-db on tcp/5432 (flow logs: 12400 flows on tcp/5432). "
                + "At this point web-1 is still in the source: it moves in wave 02, so the path crosses the environments until then (VPN, peering or Transit Gateway);"
                + " check it across them. Run `check_path eu-west-1 i-0web1 \"$(terraform -chdir=terraform/wave-01 output -raw orders_db_endpoint)\" 5432`; expect `Success`.");
    }

    @Test
    void leavesAPathOnlyASecurityGroupAllowsToTheRulesToReview()
            throws IOException
    {
        String runbook = runbook("wave-02");
        assertThat(runbook).doesNotContain("Check that web-2 reaches orders-db");
        assertThat(runbook.substring(runbook.indexOf("### Rules to review"))).contains("web-2 to orders-db");
    }

    @Test
    void givesEveryPathStepACommandOrSaysWhyThereIsNone()
            throws IOException
    {
        List<String> steps = runbook("wave-02").lines().filter(line -> line.matches("\\d+\\. Check that .*")).toList();
        assertThat(steps).isNotEmpty().allSatisfy(step -> assertThat(step).satisfiesAnyOf(
                text -> assertThat(text).containsPattern(" Run `[^`]+`; expect .+\\.$"),
                text -> assertThat(text).contains(" No command can be given for it (")));
        assertThat(steps).anySatisfy(step -> assertThat(step).contains("aws elbv2 describe-target-health --region eu-west-1 --target-group-arn \"$group\""));
        assertThat(steps).anySatisfy(step -> assertThat(step).contains("curl -sS -w '\\n%{http_code}\\n' \"https://${host%:*}/\" | tail -n 1"));
    }

    @Test
    void checksAnInstancesPathToOnPremisesByTheRouteOfItsSubnet()
            throws IOException
    {
        // web-2 moves in one step with web-1: its path is a row of the step's table, whose command, too long for a cell, is given once above it
        String runbook = runbook("wave-02");
        assertThat(runbook).contains("\n| web-2 | on-premises systems | tcp/1433 | outside the estate | observed tcp/1433, 120 flows, 880.0 kB | command 1 | as command 1 says |\n");
        List<String> steps = runbook.lines().filter(line -> line.matches("\\d+\\. Command 1: run .*")).toList();

        assertThat(steps).singleElement().asString()
                .contains("instance=\"$(terraform -chdir=terraform/wave-02 output -raw web_2_instance_id)\"")
                .contains("aws ec2 describe-route-tables --region eu-west-1 --filters \"Name=association.subnet-id,Values=$subnet\"")
                .contains("starts_with(GatewayId || '', 'vgw-') || TransitGatewayId")
                .contains("a line with the on-premises range and `active`");
    }

    @Test
    void checksTheLinkToOnPremisesBeforeCuttingOverAnInstanceThatUsesIt()
            throws IOException, InterruptedException
    {
        String runbook = runbook("wave-02");
        // web-1 and web-2 are one step: the line that names web-2
        List<String> steps = runbook.lines().filter(line -> line.contains("check that the link to on-premises is up")).toList();

        assertThat(steps).singleElement().asString()
                .startsWith("8. web-2: Before the cutover, check that the link to on-premises is up")
                .contains("in eu-west-1 (it carries on-premises systems on tcp/1433 (observed))")
                .contains("`aws ec2 describe-vpn-connections --region eu-west-1 --filters Name=state,Values=available")
                .contains("`aws directconnect describe-virtual-interfaces --region eu-west-1");
        for (String command : steps.getFirst().split("`")) {
            if (command.startsWith("aws ")) {
                Process process = new ProcessBuilder("sh", "-n", "-c", command).redirectErrorStream(true).start();
                assertThat(process.waitFor()).as(command + "\n" + new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)).isZero();
            }
        }
        // the load balancer has no path to on-premises
        assertThat(runbook.substring(runbook.indexOf(". storefront-clb\n"), runbook.indexOf("### Rules to review"))).doesNotContain("link to on-premises");
    }

    @Test
    void makesInstancesThatMoveTheSameWayOneStepKeepingEachInstancesChecksAndRollback()
            throws IOException
    {
        String runbook = runbook("wave-02");
        String step = runbook.substring(runbook.indexOf("### 1. 2 EC2 instances, web-1 to web-2\n"), runbook.indexOf("### 2. storefront-clb\n"));
        // the target both share is said once, in the step's first line, not in a column
        assertThat(step).contains("EC2 instances, Rehost to Amazon EC2 m6i.large.")
                .contains("| web-1 | i-0web1: m5.large, Linux/UNIX (Amazon Linux 2), 30 GiB, EBS vol-0a | Medium")
                .contains("| web-2 | i-0web2: m5.large, Linux/UNIX (Amazon Linux 2), 130 GiB, EBS vol-0b, vol-0c | ")
                .doesNotContain("| Target |")
                .containsOnlyOnce("Install the AWS Application Migration Service (MGN) replication agent on each instance")
                .contains("\n| web-1 | orders-db | tcp/5432 | target | flow logs: 12400 flows on tcp/5432 | `check_path eu-west-1 "
                        + "\"$(terraform -chdir=terraform/wave-02 output -raw web_1_instance_id)\" \"$(terraform -chdir=terraform/wave-01 output -raw orders_db_endpoint)\" 5432` | `Success` |\n")
                .contains("web-2: Not checked, since they are retired by now: the paths to and from legacy-batch (retired in wave 01)")
                // one rollback command for the rows, an instance id and a Terraform name that each row gives
                .containsOnlyOnce("run `rollback_instance eu-west-1 SOURCE_ID \"$(terraform -chdir=terraform/wave-02 output -raw NAME_instance_id)\"`, with `SOURCE_ID` "
                        + "the instance id at the start of its *Source* cell and `NAME` its `aws_instance` name (column *Terraform*)")
                .doesNotContain("web-1: run `rollback_instance")
                // a line that every instance of the step needs is said once, for all of them
                .containsOnlyOnce(": Security group web-tier (`sg-0web`) opens SSH (22) to the internet")
                .contains(". Every instance of the table: Security group web-tier (`sg-0web`) opens SSH (22) to the internet");
        assertThat(runbook).doesNotContain("### 3. web-2").contains("rollback_instance() {");
    }

    private static String runbook(String file)
            throws IOException
    {
        return Files.readString(output.resolve("runbooks/" + file + ".md"));
    }
}
