package io.cloudmigrate.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.server.PriceListAnswers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code assess --prices}: prices from cached Price List API answers, and a clear refusal of an unknown source. */
class AssessPricesTest
{
    @TempDir
    Path directory;

    @Test
    void refusesAnUnknownPriceSource()
            throws IOException
    {
        Path inventory = sampleInventory();

        CommandRun run = CommandRun.of("assess", "--inventory", inventory.toString(), "--out", directory.resolve("a.json").toString(), "--prices", "guess");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("'guess' is not a price source: use live, cache, snapshot or auto");
    }

    @Test
    void pricesWindowsFromCachedPriceListAnswersWithoutTheNetwork()
            throws IOException
    {
        Path inventoryFile = sampleInventory();
        Path cache = cachedAnswers(inventoryFile);
        Path output = directory.resolve("assessment.json");

        CommandRun run = CommandRun.of("assess", "--inventory", inventoryFile.toString(), "--out", output.toString(), "--prices", "cache", "--price-cache", cache.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode windows = cost(output, "legacy-erp-win-1");
        // m4.2xlarge Windows at the 0.768 USD an hour the (test) API answered, × 730
        assertThat(windows.path("currentMonthlyUsd").asDouble()).isGreaterThanOrEqualTo(560.64);
        assertThat(windows.path("unpriced").findValuesAsText("item")).doesNotContain("EC2 m4.2xlarge windows instance hours");
        assertThat(windows.path("sources").findValuesAsText("name")).contains(PriceListPrices.API_SOURCE);
        assertThat(windows.path("sources").findValuesAsText("published")).contains("2021-02-05");
    }

    @Test
    void demoPricesFromTheCacheWhenAsked()
            throws IOException
    {
        Path cache = cachedAnswers(sampleInventory());
        Path output = directory.resolve("demo");

        CommandRun run = CommandRun.of("demo", "--out", output.toString(), "--prices", "cache", "--price-cache", cache.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode windows = cost(output.resolve("assessment.json"), "legacy-erp-win-1");
        assertThat(windows.path("sources").findValuesAsText("name")).contains(PriceListPrices.API_SOURCE);
    }

    private Path cachedAnswers(Path inventoryFile)
    {
        return PriceListAnswers.cache(JsonDocuments.readInventory(inventoryFile), directory.resolve("prices"));
    }

    private static JsonNode cost(Path assessment, String name)
            throws IOException
    {
        JsonNode document = JsonDocuments.mapper().readTree(assessment.toFile());
        for (JsonNode cost : document.path("costs")) {
            if (cost.path("resourceId").asText().equals(resourceId(document, name))) {
                return cost;
            }
        }
        throw new AssertionError("no cost for " + name);
    }

    private static String resourceId(JsonNode assessment, String name)
    {
        for (JsonNode resource : assessment.path("inventory").path("resources")) {
            if (resource.path("name").asText().equals(name)) {
                return resource.path("id").asText();
            }
        }
        throw new AssertionError("no resource named " + name);
    }

    private Path sampleInventory()
            throws IOException
    {
        Path sample = directory.resolve("sample");
        SampleEstate.extractTo(sample);
        Path file = directory.resolve("inventory.json");
        JsonDocuments.write(file, AwsCliImporter.importDirectory(sample, Optional.empty()));
        return file;
    }
}
