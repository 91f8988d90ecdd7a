package io.cloudmigrate.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.SampleEstate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;

import static io.cloudmigrate.server.cli.GenerateOutputTest.expectSuccess;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every command that writes a document prints a summary; {@code --output json} prints it as JSON.
 */
class SummaryOutputTest
{
    @TempDir
    Path directory;

    @Test
    void importAndAssessPrintTheirSummariesAsJson()
            throws IOException
    {
        Path sample = SampleEstate.extractTo(directory.resolve("sample"));
        Path inventory = directory.resolve("inventory.json");
        Path assessment = directory.resolve("assessment.json");

        CommandRun imported = CommandRun.of("import", "--aws-cli", sample.toString(), "--out", inventory.toString(), "--output", "json");
        CommandRun assessed = CommandRun.of("assess", "--inventory", inventory.toString(), "--out", assessment.toString(), "--output", "JSON");

        expectSuccess(imported);
        expectSuccess(assessed);
        JsonNode estate = JsonDocuments.mapper().readTree(imported.out());
        assertThat(estate.get("output").asText()).isEqualTo(inventory.toString());
        assertThat(estate.get("accounts")).hasSize(2);
        assertThat(estate.get("resourcesByType").get("ec2_instance").asInt()).isPositive();
        assertThat(estate.get("securityGroups").asInt()).isPositive();
        assertThat(estate.has("scan")).isTrue();
        JsonNode summary = JsonDocuments.mapper().readTree(assessed.out());
        assertThat(summary.get("waves")).isNotEmpty();
        assertThat(summary.get("waves").get(0).get("wave").asInt()).isEqualTo(1);
        assertThat(summary.get("strategies").size()).isPositive();
        assertThat(summary.get("costs").get("monthlyBeforeUsd").asDouble()).isPositive();
        assertThat(assessed.out()).doesNotContain("Strategies:");
    }

    @Test
    void scanPrintsItsSummaryWithItsApiUseAsJson()
            throws IOException
    {
        String endpoint = Moto.endpoint().toString();
        Path output = directory.resolve("inventory.json");

        CommandRun run = CommandRun.of("scan", "--out", output.toString(), "--endpoint-url", endpoint, "--regions", "us-east-1", "--output", "json");

        expectSuccess(run);
        JsonNode summary = JsonDocuments.mapper().readTree(run.out());
        assertThat(summary.get("output").asText()).isEqualTo(output.toString());
        assertThat(summary.get("regions").get(0).asText()).isEqualTo("us-east-1");
        assertThat(summary.get("scan").get("apiCalls").asLong()).isPositive();
        assertThat(summary.get("warningsByCode").get("AccessDenied").asInt()).isPositive();
    }

    @Test
    void scanIntoADirectoryIsRefusedBeforeCallingAws()
    {
        CommandRun run = CommandRun.of("scan", "--out", directory.toString(), "--endpoint-url", "http://127.0.0.1:9", "--regions", "us-east-1");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).startsWith("cloudmigrate: --out " + directory + ": this is a directory").doesNotContain("scan: ");
    }

    @Test
    void textRemainsTheDefault()
    {
        Path sample = SampleEstate.extractTo(directory.resolve("sample"));

        CommandRun run = CommandRun.of("import", "--aws-cli", sample.toString(), "--out", directory.resolve("inventory.json").toString());

        expectSuccess(run);
        assertThat(run.out()).startsWith("Estate: ").contains("Resources by type:");
    }

    @Test
    void anUnknownFormatIsAUserError()
    {
        CommandRun run = CommandRun.of("import", "--aws-cli", directory.toString(), "--out", directory.resolve("i.json").toString(), "--output", "yaml");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("--output").contains("TEXT, JSON");
    }
}
