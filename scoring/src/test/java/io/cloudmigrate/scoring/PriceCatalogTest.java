package io.cloudmigrate.scoring;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PriceCatalogTest
{
    private final PriceCatalog catalog = PriceCatalog.bundled();

    @Test
    void knowsTheSnapshotItsRegionsAndKnownPrices()
    {
        assertThat(catalog.snapshot()).isEqualTo("2025-06");
        assertThat(catalog.regions()).contains("us-east-1", "eu-west-1").hasSize(8);
        assertThat(catalog.location("eu-west-1")).hasValue("EU (Ireland)");
        // Values as aws-price-watcher published them in June 2025.
        assertThat(catalog.price("us-east-1", "ec2.linux.m5.large")).hasValue(0.096);
        assertThat(catalog.price("eu-west-1", "ec2.linux.m5.large")).hasValue(0.107);
        assertThat(catalog.price("us-east-1", "elasticache.redis.cache.t3.micro")).hasValue(0.017);
        assertThat(catalog.price("us-east-1", "datatransfer.inter-region.eu-west-1.gb")).hasValue(0.02);
        assertThat(catalog.price("us-east-1", "ec2.linux.m5.metal")).isEmpty();
        assertThat(catalog.price("sa-east-1", "ec2.linux.m5.large")).isEmpty();
    }
}
