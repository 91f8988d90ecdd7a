package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.scoring.PriceCatalog;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PriceSnapshotExtractorTest
{
    // The aws-price-watcher files the snapshot was cut from, copied into the project with their licence (see NOTICE.md there).
    private static final Path FIXTURE = Path.of("src/test/fixtures/aws-prices");
    private static final Path BUNDLED = Path.of("src/main/resources/io/cloudmigrate/scoring/prices/aws-prices-2025-06.json");

    @Test
    void bundledSnapshotIsExactlyWhatTheExtractorCutsFromTheFixture()
            throws IOException
    {
        assertThat(JsonDocuments.toJson(PriceSnapshotExtractor.extract(FIXTURE))).isEqualTo(Files.readString(BUNDLED));
    }

    @Test
    void bundledEc2PriceEqualsTheFixtureValue()
    {
        String fixtureValue = JsonDocuments.readTree(FIXTURE.resolve("ec2.json"))
                .path("OnDemand Linux-instancetype-m5.large").path("US East (N. Virginia)").asText();

        assertThat(PriceCatalog.bundled().price("us-east-1", "ec2.linux.m5.large")).hasValue(Double.parseDouble(fixtureValue));
    }
}
