package io.cloudmigrate.server.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code cloudmigrate graph} with a view: the part of the demo's graph that matters, not a hairball. */
class GraphViewCommandTest
{
    @TempDir
    static Path demo;

    @BeforeAll
    static void runTheDemo()
    {
        assertThat(CommandRun.of("demo", "--out", demo.toString()).exitCode()).isZero();
    }

    @Test
    void drawsTheObservedAndConfiguredEdgesNearOneResourceOfAWave()
    {
        CommandRun whole = CommandRun.of("graph", "--assessment", assessment());
        CommandRun focused = CommandRun.of("graph", "--assessment", assessment(), "--edges", "observed,configured", "--wave", "1",
                "--focus", "storefront-db", "--hops", "1");

        assertThat(focused.exitCode()).as(focused.err()).isZero();
        assertThat(focused.out()).contains("storefront-db").doesNotContain("style=dashed");
        assertThat(edges(focused.out())).isPositive().isLessThan(edges(whole.out()) / 4);
    }

    @Test
    void collapsesTheGraphIntoApplications()
    {
        CommandRun run = CommandRun.of("graph", "--assessment", assessment(), "--edges", "observed,configured", "--collapse", "app");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("app storefront").contains("app orders");
    }

    @Test
    void collapsesAWaveIntoItsVpcsAndWhatLiesInNoVpcIntoItsResourceTypes()
    {
        CommandRun run = CommandRun.of("graph", "--assessment", assessment(), "--edges", "observed,configured", "--wave", "1", "--collapse", "vpc-or-type");
        CommandRun types = CommandRun.of("graph", "--assessment", assessment(), "--wave", "1", "--collapse", "TYPE");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("vpc vpc-").contains("type AWS::S3::Bucket").doesNotContain("northwind-terraform-state");
        assertThat(types.exitCode()).as(types.err()).isZero();
        assertThat(types.out()).contains("type AWS::EC2::Instance").doesNotContain("vpc vpc-");
    }

    @Test
    void labelsEachBoxWithWhatItIsAndHowManyResourcesItHolds()
    {
        CommandRun dot = CommandRun.of("graph", "--assessment", assessment(), "--collapse", "vpc-or-type");
        CommandRun json = CommandRun.of("graph", "--assessment", assessment(), "--collapse", "vpc-or-type", "--format", "cytoscape");

        assertThat(dot.exitCode()).as(dot.err()).isZero();
        // the demo's storefront-prod VPC holds 25 of the graph's resources, its default VPC (no Name tag) one, and 11 buckets lie in no VPC
        assertThat(dot.out()).contains("label=\"VPC storefront-prod (10.10.0.0/16)\\n25 resources\\nwaves 1, 2, 3, 4\"")
                .contains("label=\"VPC vpc-088f417d296c2f991 (172.31.0.0/16)\\n1 resource\\nwave 1\"")
                .contains("label=\"AWS::S3::Bucket\\n11 resources\\nwave 1\"");
        assertThat(json.exitCode()).as(json.err()).isZero();
        assertThat(json.out()).containsPattern("\"label\" : \"VPC storefront-prod \\(10\\.10\\.0\\.0/16\\)\",\\s+\"type\" : \"\",\\s+\"wave\" : 4,\\s+\"group\" : null,\\s+\"count\" : 25");
        assertThat(CommandRun.of("graph", "--assessment", assessment(), "--collapse", "vpc-or-type").out()).isEqualTo(dot.out());
    }

    @Test
    void refusesACollapseLevelItDoesNotKnow()
    {
        CommandRun run = CommandRun.of("graph", "--assessment", assessment(), "--collapse", "region");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("'region' is not a collapse level: use none, vpc, subnet, app, type or vpc-or-type");
    }

    @Test
    void namesTheCollapseLevelsInItsHelp()
    {
        CommandRun run = CommandRun.of("graph", "--help");

        assertThat(run.out()).contains("--collapse=LEVEL").contains("none, vpc, subnet, app, type or vpc-or-type");
    }

    @Test
    void refusesAFocusThatNoResourceHas()
    {
        CommandRun run = CommandRun.of("graph", "--assessment", assessment(), "--focus", "no-such-thing");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("no resource of the assessment has the id or name no-such-thing").doesNotContain("\tat ");
    }

    private static String assessment()
    {
        return demo.resolve("assessment.json").toString();
    }

    private static long edges(String dot)
    {
        return dot.lines().filter(line -> line.contains(" -> ")).count();
    }
}
