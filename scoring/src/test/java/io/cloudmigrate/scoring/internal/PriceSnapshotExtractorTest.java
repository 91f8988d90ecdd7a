package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.scoring.PriceCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class PriceSnapshotExtractorTest
{
    // The full aws-price-watcher fixture lives outside the project; without it these checks are skipped.
    private static final Path FIXTURE = Path.of("/work/shared/fixtures/aws-prices");
    private static final Path BUNDLED = Path.of("src/main/resources/io/cloudmigrate/scoring/prices/aws-prices-2025-06.json");

    @Test
    void bundledSnapshotIsExactlyWhatTheExtractorCutsFromTheFixture()
            throws IOException
    {
        assumeTrue(Files.isDirectory(FIXTURE), "fixture not present");

        assertThat(JsonDocuments.toJson(PriceSnapshotExtractor.extract(FIXTURE))).isEqualTo(Files.readString(BUNDLED));
    }

    @Test
    void bundledEc2PriceEqualsTheFixtureValue()
    {
        assumeTrue(Files.isDirectory(FIXTURE), "fixture not present");
        String fixtureValue = JsonDocuments.readTree(FIXTURE.resolve("ec2.json"))
                .path("OnDemand Linux-instancetype-m5.large").path("US East (N. Virginia)").asText();

        assertThat(PriceCatalog.bundled().price("us-east-1", "ec2.linux.m5.large")).hasValue(Double.parseDouble(fixtureValue));
    }
}
