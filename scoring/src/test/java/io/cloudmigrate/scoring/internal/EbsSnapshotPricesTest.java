package io.cloudmigrate.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceDetails.EbsVolume;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.StorageDetails.EbsSnapshot;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.scoring.PriceMode;
import io.cloudmigrate.scoring.PriceSource;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.StrategyCost;
import io.cloudmigrate.scoring.UnpricedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.cloudmigrate.scoring.Estates.ACCOUNT;
import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.ec2;
import static io.cloudmigrate.scoring.Estates.graph;
import static io.cloudmigrate.scoring.Estates.inventory;
import static io.cloudmigrate.scoring.internal.PriceListItems.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EBS snapshots priced through the real SDK client from a local Price List API that answers with the {@code Storage Snapshot}
 * products in the real shape (usage types as the AWS price list names them, the us-east-1 rates of the EBS pricing page: 0.05
 * standard, 0.0125 archive per GB-month), with neighbours that share the filters. Only an archived snapshot has a billed size
 * DescribeSnapshots reports; every amount is worked out by hand.
 */
class EbsSnapshotPricesTest
{
    private static final Duration MONTH = Duration.ofHours(730);
    private static final long GIB = 1024L * 1024 * 1024;
    private static final String STANDARD_REASON = "EBS bills a standard-tier snapshot for the blocks no other snapshot of the volume holds, "
            + "which ec2 DescribeSnapshots does not report; its VolumeSize, 100 GB, is the size of the source volume, not of the snapshot";

    @TempDir
    Path directory;

    @Test
    void pricesArchivedSnapshotsOnTheirFullSizeAndLeavesStandardOnesUnpricedWithTheReason()
            throws Exception
    {
        Resource database = ec2("database").volumes(new EbsVolume("vol-data", "/dev/sdf", "gp3", 100, 3000, 125, true, false, List.of("i-database"),
                List.of(standard("snap-1", "vol-data", 100), standard("snap-2", "vol-data", 100),
                        archived("snap-old", "vol-data", 100, 64 * GIB)))).build();

        CostEstimate cost = estimate(database, PriceMode.AUTO);

        // m5.large 0.096 × 730 = 70.08 from the snapshot, gp3 100 GB × 0.08 = 8.00, one archived snapshot 64 GB × 0.0125 = 0.80
        assertThat(cost.currentMonthlyUsd()).isEqualTo(78.88);
        assertThat(cost.unpriced()).containsExactly(new UnpricedItem("EBS standard-tier snapshots of vol-data (2)", STANDARD_REASON));
        assertThat(cost.sources()).contains(new PriceSource(PriceListPrices.API_SOURCE, "2025-11-14"));
        // the snapshots stay with the volume on EC2, as the volume's own price does
        assertThat(cost.forStrategy(Strategy.RETAIN)).map(StrategyCost::targetMonthlyUsd).hasValue(78.88);
        assertThat(cost.forStrategy(Strategy.RETAIN)).map(StrategyCost::unpriced).hasValue(cost.unpriced());
    }

    @Test
    void pricesTheArchivedSnapshotsOfAVolumeAttachedToNothingWithTheVolumeAndItsRehostedCopy()
            throws Exception
    {
        Resource spare = unattached("vol-spare", List.of(
                archived("snap-a", "vol-spare", 500, 150 * GIB),
                archived("snap-b", "vol-spare", 500, 50 * GIB),
                archived("snap-sizeless", "vol-spare", 500, null),
                new EbsSnapshot("snap-failed", "vol-spare", 500, 500 * GIB, "archive", "error", "2025-01-01T00:00:00.000Z")));

        CostEstimate cost = estimate(spare, PriceMode.AUTO);

        // st1 500 GB × 0.045 = 22.50, archived (150 + 50) GB × 0.0125 = 2.50; a snapshot whose creation failed holds nothing
        assertThat(cost.currentMonthlyUsd()).isEqualTo(25.00);
        assertThat(cost.unpriced()).containsExactly(new UnpricedItem("EBS archive-tier snapshot snap-sizeless",
                "ec2 DescribeSnapshots reported no FullSnapshotSizeInBytes, the size an archived snapshot is billed for"));
        assertThat(cost.forStrategy(Strategy.REHOST)).map(StrategyCost::targetMonthlyUsd).hasValue(25.00);
        assertThat(cost.forStrategy(Strategy.RETIRE)).map(StrategyCost::targetMonthlyUsd).hasValue(0.0);
    }

    @Test
    void leavesArchivedSnapshotsUnpricedWhereTheOfflineSnapshotAloneHasNoEbsPrices()
            throws Exception
    {
        Resource spare = unattached("vol-spare", List.of(archived("snap-a", "vol-spare", 500, 150 * GIB)));

        CostEstimate cost = estimate(spare, PriceMode.SNAPSHOT);

        assertThat(cost.currentMonthlyUsd()).isZero();
        assertThat(cost.unpriced()).filteredOn(item -> item.item().startsWith("EBS archive")).containsExactly(new UnpricedItem(
                "EBS archive-tier snapshots (1, 150.0 GB)", "no ebs.snapshot.archive.gb-month price for us-east-1 in the prices published 2025-06"));
    }

    @Test
    void asksForTheArchiveRateOnlyWhereASnapshotIsArchivedAndTakesItFromItsOwnProduct()
            throws Exception
    {
        Resource standardOnly = unattached("vol-a", List.of(standard("snap-1", "vol-a", 100)));
        Resource archive = unattached("vol-b", List.of(archived("snap-2", "vol-b", 100, 20 * GIB)));

        assertThat(snapshotQuestions(standardOnly)).isEmpty();
        assertThat(snapshotQuestions(archive)).containsExactly("AmazonEC2 {productFamily=Storage Snapshot, regionCode=us-east-1}");
        // st1 500 GB × 0.045 = 22.50 and 20 GB × 0.0125 = 0.25, not the standard 0.05, the retrieval 0.03 or Ohio's rate
        assertThat(estimate(archive, PriceMode.AUTO).currentMonthlyUsd()).isEqualTo(22.75);
    }

    private List<String> snapshotQuestions(Resource volume)
            throws Exception
    {
        try (PriceListServer server = new PriceListServer()) {
            server.respond(EbsSnapshotPricesTest::answer);
            PriceListPrices.create(directory.resolve(volume.name() + "-questions"), Optional.of(server.client()))
                    .catalogFor(inventory(volume), PriceCatalog.bundled(), PriceMode.AUTO);
            return server.requests().stream().map(S3StorageClassPricesTest::question).filter(question -> question.contains("Storage Snapshot")).toList();
        }
    }

    private CostEstimate estimate(Resource resource, PriceMode mode)
            throws Exception
    {
        Inventory inventory = inventory(List.of(resource), List.of(), List.of());
        try (PriceListServer server = new PriceListServer()) {
            server.respond(EbsSnapshotPricesTest::answer);
            PriceListPrices.Outcome outcome = PriceListPrices.create(directory.resolve(resource.name() + "-" + mode), Optional.of(server.client()))
                    .catalogFor(inventory, PriceCatalog.bundled(), mode);
            assertThat(outcome.problems()).isEmpty();
            return CostModel.create(outcome.catalog()).estimate(inventory, graph(resource), AS_OF, MONTH).getFirst();
        }
    }

    /** The snapshot products, and the volumes' products of {@link EbsPricesFromTheApiTest} for the rest. */
    private static PriceListServer.Reply answer(JsonNode request)
    {
        List<String> products = new ArrayList<>(snapshotProducts().stream().filter(product -> PriceListServer.matches(product, request)).toList());
        if (products.isEmpty()) {
            return EbsPricesFromTheApiTest.answer(request);
        }
        return PriceListServer.page(products, null);
    }

    private static List<String> snapshotProducts()
    {
        return List.of(
                snapshot("SNAPSHOTSTANDARD", "EBS:SnapshotUsage", "GB-Mo", "0.05"),
                snapshot("SNAPSHOTARCHIVE", "EBS:SnapshotArchiveStorage", "GB-Mo", "0.0125"),
                snapshot("SNAPSHOTRETRIEVAL", "EBS:SnapshotArchiveRetrieval", "GB", "0.03"),
                snapshot("SNAPSHOTOUTPOSTS", "EBS:SnapshotUsage.outposts", "GB-Mo", "0.05"),
                // another region's archive: the regionCode filter keeps it out
                snapshot("SNAPSHOTARCHIVEOHIO", "USE2-EBS:SnapshotArchiveStorage", "GB-Mo", "0.0125").replace("us-east-1", "us-east-2"));
    }

    private static String snapshot(String sku, String usageType, String unit, String usd)
    {
        return item("AmazonEC2", sku, "Storage Snapshot", Map.of("usagetype", usageType, "operation", "", "storageMedia", "Amazon S3"), unit, usd);
    }

    private static EbsSnapshot standard(String snapshotId, String volumeId, int volumeSizeGb)
    {
        return new EbsSnapshot(snapshotId, volumeId, volumeSizeGb, null, "standard", "completed", "2026-11-01T00:00:00.000Z");
    }

    private static EbsSnapshot archived(String snapshotId, String volumeId, int volumeSizeGb, Long fullSizeBytes)
    {
        return new EbsSnapshot(snapshotId, volumeId, volumeSizeGb, fullSizeBytes, "archive", "completed", "2025-01-01T00:00:00.000Z");
    }

    private static Resource unattached(String volumeId, List<EbsSnapshot> snapshots)
    {
        return new Resource("arn:aws:ec2:us-east-1:" + ACCOUNT + ":volume/" + volumeId, ResourceType.EBS_VOLUME, ACCOUNT, "us-east-1", volumeId, Map.of(),
                NetworkPlacement.NONE, new ResourceDetails.UnattachedVolume(volumeId, "st1", 500, null, null, true, "us-east-1a", "available", null,
                "2024-01-01T00:00:00Z", snapshots));
    }
}
