package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.scoring.PriceMode;
import io.cloudmigrate.server.PriceListAnswers;
import io.cloudmigrate.server.pipeline.Pricing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The server's assessment jobs price as {@code serve --prices} says, as {@code assess} does. */
class ServedPricesApiTest
{
    @TempDir
    Path directory;

    @Test
    void pricesAnAssessmentJobFromTheCacheTheServerWasGiven()
    {
        SampleEstate.extractTo(directory.resolve("sample"));
        Inventory sample = AwsCliImporter.importDirectory(directory.resolve("sample"), Optional.empty());
        Path cache = PriceListAnswers.cache(sample, directory.resolve("prices"));
        String windows = sample.resources().stream().filter(resource -> resource.name().equals("legacy-erp-win-1")).map(Resource::id).findFirst().orElseThrow();
        ServerOptions options = TestDatabases.options(directory.resolve("data")).withPricing(new Pricing(PriceMode.CACHE, cache));

        try (TestServer server = TestServer.start(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            ApiClient api = server.api();
            String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
            String assessment = api.run(api.post(estate + "/assessments", "{}"));

            JsonNode cost = null;
            for (JsonNode candidate : api.get(assessment + "/costs?limit=500").json().path("items")) {
                if (candidate.path("resourceId").asText().equals(windows)) {
                    cost = candidate;
                }
            }

            // m4.2xlarge Windows at the 0.768 USD an hour of the cached answer, × 730; the snapshot has no Windows price
            assertThat(cost).isNotNull();
            assertThat(cost.path("currentMonthlyUsd").asDouble()).isGreaterThanOrEqualTo(560.64);
        }
    }
}
