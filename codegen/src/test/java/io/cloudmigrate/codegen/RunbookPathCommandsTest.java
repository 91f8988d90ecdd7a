package io.cloudmigrate.codegen;

import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.recommend.Assessment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paths whose client is a cluster (no shell runs on it) or whose server is on the internet get a
 * command that can run, with a result to expect, instead of "No command can be given".
 */
class RunbookPathCommandsTest
{
    @TempDir
    Path output;

    @Test
    void checksAnInstancesPathsToTheInternetThroughItsNatOrInternetGateway()
            throws IOException, InterruptedException
    {
        Assessment assessment = AssessmentFixture.assessment();
        List<DependencyEdge> edges = new ArrayList<>(assessment.graph().edges());
        edges.add(new DependencyEdge(AssessmentFixture.WEB_1, AddressAttribution.INTERNET, EdgeKind.OBSERVED, 443, "tcp", 40, 90_000, "observed tcp/443, 40 flows, 90.0 kB"));
        edges.add(new DependencyEdge(AssessmentFixture.WEB_1, AddressAttribution.INTERNET, EdgeKind.OBSERVED, 25, "tcp", 3, 9_000, "observed tcp/25, 3 flows, 9.0 kB"));
        String runbooks = generate(AssessmentFixture.withEdges(assessment, edges));

        // web-1 moves in one step with web-2: its paths are rows of the step's table
        String https = row(runbooks, "| web-1 | the internet | tcp/443 |");
        assertThat(https).contains("| `check_path eu-west-1 \"$(terraform -chdir=terraform/wave-02 output -raw web_1_instance_id)\" checkip.amazonaws.com 443` | `Success` |");
        // its command holds a `|`, which would end a table cell: the row names it, and the step gives it once
        String smtpRow = row(runbooks, "| web-1 | the internet | tcp/25 |");
        java.util.regex.Matcher number = java.util.regex.Pattern.compile("\\| command (\\d+) \\|").matcher(smtpRow);
        assertThat(number.find()).as(smtpRow).isTrue();
        String smtp = line(runbooks, "Command " + number.group(1) + ":").replace(": run `", ": Run `");
        assertThat(smtp).contains("Routes[?DestinationCidrBlock=='0.0.0.0/0'].[NatGatewayId || GatewayId,State]").contains("expect a `nat-` or `igw-` id and `active`");
        assertValidShell(smtp);
    }

    @Test
    void checksAPathFromADatabaseClusterByWhatRdsReportsOfIt()
            throws IOException, InterruptedException
    {
        Assessment assessment = ClusterEstateFixture.assessment();
        List<DependencyEdge> edges = new ArrayList<>(assessment.graph().edges());
        edges.add(new DependencyEdge(ClusterEstateFixture.LEDGER, ClusterEstateFixture.PAYMENTS, EdgeKind.OBSERVED, 5432, "tcp", 12, 40_000, "observed tcp/5432, 12 flows, 40.0 kB"));
        String runbooks = generate(AssessmentFixture.withEdges(assessment, edges));

        String database = line(runbooks, "Check that ledger reaches payments on tcp/5432");
        assertThat(database).contains("aws rds describe-db-clusters --region eu-west-1 --db-cluster-identifier \"$cluster\"").contains("expect `available`")
                .doesNotContain("No command can be given");
        assertValidShell(database);
    }

    private String generate(Assessment assessment)
            throws IOException
    {
        new ArtifactGenerator().generate(assessment, output, GenerationOptions.defaults());
        return String.join("\n", DemoArtifacts.runbookTexts(output)) + "\n";
    }

    private static String line(String runbooks, String start)
    {
        List<String> lines = runbooks.lines().filter(line -> line.matches("\\d+\\. " + java.util.regex.Pattern.quote(start) + " .*")).distinct().toList();
        assertThat(lines).as(start).hasSize(1);
        return lines.getFirst();
    }

    private static String row(String runbooks, String start)
    {
        List<String> rows = runbooks.lines().filter(line -> line.startsWith(start)).distinct().toList();
        assertThat(rows).as(start).hasSize(1);
        return rows.getFirst();
    }

    private static void assertValidShell(String line)
            throws IOException, InterruptedException
    {
        String command = line.substring(line.indexOf("Run `") + 5, line.indexOf("`; expect "));
        Process process = new ProcessBuilder("sh", "-n", "-c", command).redirectErrorStream(true).start();
        String errors = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(command + "\n" + errors).isZero();
    }
}
