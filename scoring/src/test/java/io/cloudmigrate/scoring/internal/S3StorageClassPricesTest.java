package io.cloudmigrate.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.scoring.PriceMode;
import io.cloudmigrate.scoring.UnpricedItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static io.cloudmigrate.scoring.Estates.ACCOUNT;
import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.graph;
import static io.cloudmigrate.scoring.Estates.inventory;
import static io.cloudmigrate.scoring.internal.PriceListItems.item;
import static org.assertj.core.api.Assertions.assertThat;

/** A bucket's storage priced class by class, from the bytes CloudWatch measured per storage type. */
class S3StorageClassPricesTest
{
    private static final long GIB = 1024L * 1024 * 1024;
    private static final Duration MONTH = Duration.ofHours(730);

    @Test
    void pricesEachStorageClassAtItsOwnSnapshotRate()
    {
        Resource bucket = bucket("archive", size("StandardStorage", 10), size("StandardIAStorage", 100), size("GlacierStorage", 1000),
                size("GlacierS3ObjectOverhead", 1), size("OneZoneIAStorage", 20));

        CostEstimate cost = estimate(bucket);

        // us-east-1, June 2025: Standard 0.023 × (10 + 1 GB of the archived objects' metadata), Standard-IA 0.0125 × 100,
        // Glacier Flexible Retrieval 0.0036 × 1000, One Zone-IA 0.01 × 20 = 0.253 + 1.25 + 3.6 + 0.2
        assertThat(cost.currentMonthlyUsd()).isEqualTo(5.30);
        assertThat(cost.unpriced()).isEmpty();
    }

    @Test
    void leavesDeepArchiveUnpricedWhereTheSnapshotHasNoRateForIt()
    {
        CostEstimate cost = estimate(bucket("vault", size("StandardStorage", 100), size("DeepArchiveStorage", 5000)));

        assertThat(cost.currentMonthlyUsd()).isEqualTo(2.3);
        assertThat(cost.unpriced()).containsExactly(new UnpricedItem("S3 Glacier Deep Archive storage",
                "no s3.deep-archive.gb-month price for us-east-1 in the prices published 2025-06"));
    }

    @Test
    void leavesASizeOfUnknownStorageClassUnpricedInsteadOfPricingItAsStandard()
    {
        Resource bucket = new Resource("arn:aws:s3:::old", ResourceType.S3_BUCKET, ACCOUNT, "us-east-1", "old", Map.of(), null,
                new ResourceDetails.S3Bucket("old", "2020-01-01T00:00:00Z", "Enabled", "AES256", 10 * GIB, 5, List.of()));

        CostEstimate cost = estimate(bucket);

        assertThat(cost.currentMonthlyUsd()).isZero();
        assertThat(cost.unpriced()).containsExactly(new UnpricedItem("S3 storage of unknown class (10.0 GB)",
                "the BucketSizeBytes metric did not name its StorageType, and the price depends on the class"));
    }

    @Test
    void leavesAStorageTypeWithoutAKnownPriceUnpriced()
    {
        CostEstimate cost = estimate(bucket("fast", size("StandardStorage", 100), size("ExpressOneZone", 3)));

        assertThat(cost.currentMonthlyUsd()).isEqualTo(2.3);
        assertThat(cost.unpriced()).containsExactly(new UnpricedItem("S3 storage of type ExpressOneZone (3.0 GB)",
                "CloudMigrate knows no price for this storage type"));
    }

    @Test
    void asksThePriceListForEachClassOfTheBucketByServiceAndUsageType(@TempDir Path cache)
            throws Exception
    {
        Resource bucket = bucket("vault", size("StandardIAStorage", 100), size("DeepArchiveStorage", 1000));
        Inventory inventory = inventory(bucket);
        List<String> products = List.of(
                item("AmazonS3", "S3SIA", "Storage", Map.of("usagetype", "TimedStorage-SIA-ByteHrs", "volumeType", "Standard - Infrequent Access"), "GB-Mo", "0.0125"),
                item("AmazonS3", "S3STANDARD", "Storage", Map.of("usagetype", "TimedStorage-ByteHrs", "volumeType", "Standard"), "GB-Mo", "0.023"),
                item("AmazonS3GlacierDeepArchive", "S3GDA", "Storage", Map.of("usagetype", "TimedStorage-GDA-ByteHrs", "volumeType", "Glacier Deep Archive"),
                        "GB-Mo", "0.00099"));

        try (PriceListServer server = new PriceListServer()) {
            server.respond(request -> PriceListServer.page(products.stream().filter(product -> PriceListServer.matches(product, request)).toList(), null));
            PriceListPrices.Outcome outcome = PriceListPrices.create(cache, Optional.of(server.client())).catalogFor(inventory, PriceCatalog.bundled(), PriceMode.AUTO);
            CostEstimate cost = CostModel.create(outcome.catalog()).estimate(inventory, graph(bucket), AS_OF, MONTH).getFirst();

            // 100 GB × 0.0125 + 1000 GB × 0.00099
            assertThat(cost.currentMonthlyUsd()).isEqualTo(2.24);
            assertThat(cost.unpriced()).isEmpty();
            // besides the data transfer questions every estate asks
            assertThat(server.requests()).extracting(S3StorageClassPricesTest::question).filteredOn(question -> !question.startsWith("AWSDataTransfer "))
                    .containsExactlyInAnyOrder(
                    "AmazonS3 {productFamily=Storage, regionCode=us-east-1}",
                    "AmazonS3GlacierDeepArchive {regionCode=us-east-1}");
        }
    }

    /** A GetProducts request as its service code and filters, each filter a term match. */
    static String question(JsonNode request)
    {
        Map<String, String> filters = new TreeMap<>();
        for (JsonNode filter : request.path("Filters")) {
            assertThat(filter.path("Type").asText()).isEqualTo("TERM_MATCH");
            filters.put(filter.path("Field").asText(), filter.path("Value").asText());
        }
        return request.path("ServiceCode").asText() + " " + filters;
    }

    private static CostEstimate estimate(Resource bucket)
    {
        return CostModel.create().estimate(inventory(bucket), graph(bucket), AS_OF, MONTH).getFirst();
    }

    private static ResourceDetails.StorageTypeSize size(String storageType, long gibibytes)
    {
        return new ResourceDetails.StorageTypeSize(storageType, gibibytes * GIB);
    }

    private static Resource bucket(String name, ResourceDetails.StorageTypeSize... sizes)
    {
        long total = 0;
        for (ResourceDetails.StorageTypeSize size : sizes) {
            total += size.sizeBytes();
        }
        return new Resource("arn:aws:s3:::" + name, ResourceType.S3_BUCKET, ACCOUNT, "us-east-1", name, Map.of(), null,
                new ResourceDetails.S3Bucket(name, "2024-01-01T00:00:00Z", "Enabled", "AES256", total, 100, List.of(sizes)));
    }
}
