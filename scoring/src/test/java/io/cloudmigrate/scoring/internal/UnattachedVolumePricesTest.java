package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.scoring.PriceMode;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.StrategyCost;
import io.cloudmigrate.scoring.UnpricedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.graph;
import static io.cloudmigrate.scoring.Estates.inventory;
import static io.cloudmigrate.scoring.Estates.unattachedVolume;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EBS volumes attached to nothing, priced through the same Price List questions as an instance's volumes (the products and
 * us-east-1 rates of {@link EbsPricesFromTheApiTest}); every amount is worked out by hand.
 */
class UnattachedVolumePricesTest
{
    private static final Duration MONTH = Duration.ofHours(730);

    @TempDir
    Path directory;

    @Test
    void pricesGp3StorageWithTheIopsAndThroughputAboveWhatItIncludes()
            throws Exception
    {
        // 500 GB × 0.08 + (6,000 − 3,000) IOPS × 0.005 + (500 − 125) MiB/s ÷ 1,024 × 40.96 per GiB/s = 40 + 15 + 15 = 70.00
        CostEstimate cost = estimate(unattachedVolume("vol-gp3", "gp3", 500, 6000, 500), PriceMode.AUTO);

        assertThat(cost.currentMonthlyUsd()).isEqualTo(70.00);
        assertThat(cost.unpriced()).isEmpty();
        assertThat(cost.forStrategy(Strategy.REHOST)).hasValueSatisfying(rehost -> {
            assertThat(rehost.targetMonthlyUsd()).isEqualTo(70.00);
            assertThat(rehost.target()).isEqualTo("EBS gp3 500 GB restored from a snapshot, encrypted");
        });
        assertThat(cost.forStrategy(Strategy.RETIRE)).map(StrategyCost::targetMonthlyUsd).hasValue(0.0);
    }

    @Test
    void chargesNothingForGp3AtItsIncludedIopsAndThroughput()
            throws Exception
    {
        CostEstimate cost = estimate(unattachedVolume("vol-base", "gp3", 100, 3000, 125), PriceMode.AUTO);

        assertThat(cost.currentMonthlyUsd()).isEqualTo(8.00);
    }

    @Test
    void pricesIo2IopsInTheirThreeTiers()
            throws Exception
    {
        // 1,000 GB × 0.125 + 32,000 × 0.065 + 32,000 × 0.0455 + 6,000 × 0.03185 = 125 + 2,080 + 1,456 + 191.10 = 3,852.10
        CostEstimate cost = estimate(unattachedVolume("vol-io2", "io2", 1000, 70_000, null), PriceMode.AUTO);

        assertThat(cost.currentMonthlyUsd()).isEqualTo(3852.10);
        assertThat(cost.unpriced()).isEmpty();
    }

    @Test
    void pricesSt1BySizeAlone()
            throws Exception
    {
        // 2,000 GB × 0.045 = 90.00
        CostEstimate cost = estimate(unattachedVolume("vol-st1", "st1", 2000, 40, 250), PriceMode.AUTO);

        assertThat(cost.currentMonthlyUsd()).isEqualTo(90.00);
    }

    @Test
    void leavesAVolumeOfUnknownTypeOrSizeUnpricedWithTheReason()
            throws Exception
    {
        CostEstimate unknownType = estimate(unattachedVolume("vol-new", "gp9", 100, null, null), PriceMode.AUTO);
        CostEstimate unknownSize = estimate(unattachedVolume("vol-odd", "gp3", null, 3000, 125), PriceMode.AUTO);

        assertThat(unknownType.currentMonthlyUsd()).isZero();
        assertThat(unknownType.unpriced()).containsExactly(new UnpricedItem("EBS volume vol-new (gp9)", "no price list dimension is known for volume type gp9"));
        assertThat(unknownSize.currentMonthlyUsd()).isZero();
        assertThat(unknownSize.unpriced()).containsExactly(
                new UnpricedItem("EBS volume vol-odd", "ec2 DescribeVolumes did not describe it, so its type and size are unknown"));
        assertThat(unknownSize.forStrategy(Strategy.REHOST)).map(StrategyCost::unpriced).hasValue(unknownSize.unpriced());
    }

    @Test
    void leavesItUnpricedWhereTheSnapshotAloneHasNoEbsPrices()
            throws Exception
    {
        CostEstimate cost = estimate(unattachedVolume("vol-gp3", "gp3", 500, 6000, 500), PriceMode.SNAPSHOT);

        assertThat(cost.currentMonthlyUsd()).isZero();
        assertThat(cost.unpriced()).extracting(UnpricedItem::item).containsExactlyInAnyOrder(
                "EBS gp3 storage (500 GB)", "EBS gp3 provisioned IOPS (3000)", "EBS gp3 provisioned throughput (375 MiB/s)");
    }

    private CostEstimate estimate(Resource volume, PriceMode mode)
            throws Exception
    {
        Inventory inventory = inventory(List.of(volume), List.of(), List.of());
        try (PriceListServer server = new PriceListServer()) {
            server.respond(EbsPricesFromTheApiTest::answer);
            Path cache = directory.resolve(volume.name() + "-" + mode);
            PriceListPrices.Outcome outcome = PriceListPrices.create(cache, Optional.of(server.client())).catalogFor(inventory, PriceCatalog.bundled(), mode);
            assertThat(outcome.problems()).isEmpty();
            return CostModel.create(outcome.catalog()).estimate(inventory, graph(volume), AS_OF, MONTH).getFirst();
        }
    }
}
