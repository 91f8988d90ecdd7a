package io.cloudmigrate.codegen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands the demo's runbooks give for their validation steps are shell a night shift can paste. */
class DemoRunbookCommandsTest
{
    private static final Pattern COMMAND = Pattern.compile(" Run `([^`]+)`; expect ");

    @TempDir
    static Path sample;
    @TempDir
    static Path output;

    @BeforeAll
    static void generate()
    {
        DemoArtifacts.generate(sample, output);
    }

    @Test
    void everyCommandOfAValidationStepIsValidShell()
            throws IOException, InterruptedException
    {
        List<String> commands = commands();
        assertThat(commands).hasSizeGreaterThan(20);
        for (String command : commands) {
            Process process = new ProcessBuilder("sh", "-n", "-c", command).redirectErrorStream(true).start();
            String errors = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(command + "\n" + errors).isZero();
        }
    }

    @Test
    void checksAReplicasPathToItsPrimaryOnceWithBothItsEvidence()
            throws IOException
    {
        String runbook = Files.readString(output.resolve("runbooks/wave-02-storefront.md"));
        assertThat(runbook).containsOnlyOnce("Check that storefront-db-replica-1 reaches storefront-db")
                .contains("Check that storefront-db-replica-1 reaches storefront-db on tcp/5432 (observed tcp/5432, 24 flows, 2.2 MB; configured: read replica of storefront-db).");
    }

    @Test
    void checksNoPathTwiceInTheStepsOfOneResource()
            throws IOException
    {
        for (String runbook : DemoArtifacts.runbookTexts(output)) {
            for (String section : runbook.split("\n### ")) {
                List<String> paths = section.lines()
                        .filter(line -> line.matches("\\d+\\. Check that .*"))
                        .map(line -> line.substring(line.indexOf(". ") + 2, line.indexOf(" (")))
                        .toList();
                assertThat(paths).doesNotHaveDuplicates();
            }
        }
    }

    @Test
    void checksAnEcsServicesPathFromOneOfItsRunningTasks()
            throws IOException
    {
        assertThat(step("Check that storefront-web reaches storefront-db on tcp/5432"))
                .contains("aws ecs list-tasks --region us-east-1 --cluster \"$cluster\" --service-name \"${service##*/}\" --desired-status RUNNING")
                .contains("aws ecs execute-command --region us-east-1 --cluster \"$cluster\" --task \"$task\"")
                .contains("--interactive --command \"nc -z -w 5 ${host%:*} 5432\"")
                .contains("ECS Exec must be on for the service")
                .doesNotContain("No command can be given");
    }

    @Test
    void checksAnApisPathToItsFunctionWithATestCallOfTheRoute()
            throws IOException
    {
        assertThat(step("Check that storefront-public-api reaches orders-api-get-order"))
                .contains("method=GET path=/orders/test")
                .contains("--query 'items[?path=='\\''/orders/{orderId}'\\''].id'")
                .contains("aws apigateway test-invoke-method --region \"$region\" --rest-api-id \"$api\" --resource-id \"$resource\"")
                .contains("means API Gateway cannot reach the server")
                .doesNotContain("No command can be given");
    }

    @Test
    void checksAReplicasPathToItsPrimaryByItsReplicationStatus()
            throws IOException
    {
        // once from the primary's steps, the replica still in the source; once from the replica's, in the target
        assertThat(steps("Check that storefront-db-replica-1 reaches storefront-db on tcp/5432"))
                .hasSize(2)
                .allSatisfy(step -> assertThat(step).contains("aws rds describe-db-instances --region us-east-1 --db-instance-identifier \"$replica\"")
                        .contains("`replicating`").doesNotContain("No command can be given"))
                .anySatisfy(step -> assertThat(step).contains("still in the source").contains("replica=storefront-db-replica-1 && "))
                .anySatisfy(step -> assertThat(step).contains("Both ends run in the target")
                        .contains("replica=\"$(terraform -chdir=terraform/wave-02 output -raw storefront_db_replica_1_endpoint)\" && replica=${replica%%.*}"));
    }

    /** The one validation step that starts so, in any runbook. */
    private static String step(String start)
            throws IOException
    {
        List<String> steps = steps(start);
        assertThat(steps).as(start).hasSize(1);
        return steps.getFirst();
    }

    private static List<String> steps(String start)
            throws IOException
    {
        return DemoArtifacts.runbookTexts(output).stream().flatMap(String::lines)
                .filter(line -> line.matches("\\d+\\. " + Pattern.quote(start) + " .*"))
                .distinct()
                .toList();
    }

    private static List<String> commands()
            throws IOException
    {
        List<String> commands = new ArrayList<>();
        for (String runbook : DemoArtifacts.runbookTexts(output)) {
            Matcher matcher = COMMAND.matcher(runbook);
            while (matcher.find()) {
                commands.add(matcher.group(1));
            }
        }
        return commands;
    }
}
