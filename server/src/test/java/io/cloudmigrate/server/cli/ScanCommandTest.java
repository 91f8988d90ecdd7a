package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ScanCommandTest
{
    @TempDir
    Path directory;

    @Test
    void scanWritesTheInventoryAndSummaryAndTurnsDeniedCallsIntoWarnings()
    {
        String endpoint = Moto.endpoint().toString();
        Path output = directory.resolve("inventory.json");

        CommandRun run = CommandRun.of("scan", "--out", output.toString(), "--endpoint-url", endpoint, "--regions", "us-east-1,eu-west-1", "--concurrency", "4");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
        Inventory inventory = JsonDocuments.readInventory(output);
        assertThat(inventory.scope().regions()).containsExactly("eu-west-1", "us-east-1");
        assertThat(inventory.warnings()).extracting(warning -> warning.region() + " " + warning.service() + " " + warning.code())
                .containsExactly("eu-west-1 denied AccessDenied", "us-east-1 denied AccessDenied");
        assertThat(run.out()).contains("Resources by type:").contains("API calls: ").contains("throttled attempts: 0");
        // not a terminal under test: plain log lines, no carriage returns
        assertThat(run.err()).contains("scan: ").doesNotContain("\r").doesNotContain("testing");
    }

    @Test
    void strictExitsWithThreeWhenTheScanRecordedWarnings()
    {
        String endpoint = Moto.endpoint().toString();

        CommandRun run = CommandRun.of("scan", "--out", directory.resolve("inventory.json").toString(), "--endpoint-url", endpoint,
                "--regions", "us-east-1", "--strict");

        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.WARNINGS_WITH_STRICT);
        assertThat(Files.exists(directory.resolve("inventory.json"))).isTrue();
    }

    @Test
    void organizationWithoutRoleNameIsAUserError()
    {
        CommandRun run = CommandRun.of("scan", "--out", directory.resolve("inventory.json").toString(), "--organization");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("--organization and --role-name go together");
    }

    @Test
    void iamPolicyPrintsTheSortedReadOnlyActions()
    {
        CommandRun run = CommandRun.of("iam-policy");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.OK);
        assertThat(run.out())
                .startsWith("{\n  \"Version\" : \"2012-10-17\",")
                .contains("\"ec2:DescribeInstances\"", "\"elasticloadbalancing:DescribeTargetHealth\"", "\"apigateway:GET\"", "\"s3:GetEncryptionConfiguration\"")
                .doesNotContain("sts:AssumeRole");
        assertThat(run.out().indexOf("\"cloudwatch:GetMetricData\"")).isLessThan(run.out().indexOf("\"ec2:DescribeFlowLogs\""));
    }
}
