package io.cloudmigrate.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails.EbsVolume;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.ec2;
import static io.cloudmigrate.scoring.Estates.graph;
import static io.cloudmigrate.scoring.Estates.inventory;
import static io.cloudmigrate.scoring.internal.PriceListItems.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * EBS volumes priced through the real SDK client from a local Price List API that answers with
 * products in the real shape (usage types as the AWS price list names them, us-east-1 rates of the
 * EBS pricing page); every amount is worked out by hand.
 */
class EbsPricesFromTheApiTest
{
    private static final Duration MONTH = Duration.ofHours(730);

    private final Resource database = ec2("database").volumes(
            new EbsVolume("vol-root", "/dev/xvda", "gp2", 8, 100, null, true, true, List.of("i-database")),
            new EbsVolume("vol-fast", "/dev/sdf", "gp3", 200, 4000, 250, true, false, List.of("i-database")),
            new EbsVolume("vol-data", "/dev/sdg", "io2", 500, 40_000, null, true, false, List.of("i-database")),
            new EbsVolume("vol-logs", "/dev/sdh", "st1", 1000, null, null, false, false, List.of("i-database")),
            new EbsVolume("vol-lost", "/dev/sdi", null, null, null, null, null, false, List.of("i-database"))).build();

    @Test
    void pricesStorageIopsAndThroughputOfEachVolumeTypeByHand(@TempDir Path directory)
            throws Exception
    {
        Inventory inventory = inventory(List.of(database), List.of(), List.of());

        CostEstimate cost = estimate(inventory, directory, PriceMode.AUTO);

        // m5.large 0.096 × 730 = 70.08 from the snapshot, and the volumes:
        //   gp2   8 GB × 0.10                                   =    0.80
        //   gp3 200 GB × 0.08 + (4,000 − 3,000) IOPS × 0.005
        //       + (250 − 125) MiB/s ÷ 1,024 × 40.96 per GiB/s    =   26.00
        //   io2 500 GB × 0.125 + 32,000 × 0.065 + 8,000 × 0.0455 = 2,506.50
        //   st1 1,000 GB × 0.045                                 =   45.00
        assertThat(cost.currentMonthlyUsd()).isEqualTo(2648.38);
        assertThat(cost.unpriced()).containsExactly(new UnpricedItem("EBS volume vol-lost", "ec2 DescribeVolumes did not describe it, so its type and size are unknown"));
        assertThat(cost.sources()).contains(new PriceSource(PriceListPrices.API_SOURCE, "2025-11-14"));
        // the volumes move with a rehosted instance: the same amount, the instance right-sized or not
        assertThat(cost.forStrategy(Strategy.RETAIN)).map(StrategyCost::targetMonthlyUsd).hasValue(2648.38);
    }

    @Test
    void leavesEveryVolumeUnpricedWhereTheSnapshotAloneHasNoEbsPrices(@TempDir Path directory)
            throws Exception
    {
        Inventory inventory = inventory(List.of(database), List.of(), List.of());

        CostEstimate cost = estimate(inventory, directory, PriceMode.SNAPSHOT);

        assertThat(cost.currentMonthlyUsd()).isEqualTo(70.08);
        assertThat(cost.unpriced()).extracting(UnpricedItem::item).containsExactly(
                "EBS io2 IOPS 32,001 to 64,000 of vol-data (8000)",
                "EBS volume vol-lost",
                "EBS gp2 storage (8 GB)",
                "EBS gp3 storage (200 GB)",
                "EBS gp3 provisioned IOPS (1000)",
                "EBS gp3 provisioned throughput (125 MiB/s)",
                "EBS io2 storage (500 GB)",
                "EBS io2 provisioned IOPS (32000)",
                "EBS st1 storage (1000 GB)");
        assertThat(cost.unpriced()).filteredOn(item -> item.item().equals("EBS gp3 storage (200 GB)")).singleElement()
                .satisfies(item -> assertThat(item.reason()).isEqualTo("no ebs.gp3.gb-month price for us-east-1 in the prices published 2025-06"));
    }

    @Test
    void asksOneQuestionPerVolumeTypeAndTellsItsProductsApartByUsageType()
    {
        List<PriceListQuestions.Question> questions = EbsPricing.questions("us-east-1",
                ((io.cloudmigrate.discovery.ResourceDetails.Ec2Instance) database.details()).ebsVolumes());

        assertThat(questions).extracting(PriceListQuestions.Question::dimension).containsExactly(
                "ebs.gp2.gb-month",
                "ebs.gp3.gb-month", "ebs.gp3.iops-month", "ebs.gp3.throughput.gibps-month",
                "ebs.io2.gb-month", "ebs.io2.iops-month", "ebs.io2.iops-month.tier2", "ebs.io2.iops-month.tier3",
                "ebs.st1.gb-month");
        assertThat(questions.stream().map(PriceListQuestions.Question::query).distinct()).hasSize(4);
    }

    private static CostEstimate estimate(Inventory inventory, Path directory, PriceMode mode)
            throws Exception
    {
        try (PriceListServer server = new PriceListServer()) {
            server.respond(EbsPricesFromTheApiTest::answer);
            PriceListPrices.Outcome outcome = PriceListPrices.create(directory, Optional.of(server.client())).catalogFor(inventory, PriceCatalog.bundled(), mode);
            assertThat(outcome.problems()).isEmpty();
            return CostModel.create(outcome.catalog()).estimate(inventory, graph(inventory.resources().getFirst()), AS_OF, MONTH).getFirst();
        }
    }

    /** Answers as the API does: the products of the service whose attributes equal every filter. */
    static PriceListServer.Reply answer(JsonNode request)
    {
        return PriceListServer.page(products().stream().filter(product -> PriceListServer.matches(product, request)).toList(), null);
    }


    private static List<String> products()
    {
        return List.of(
                volume("GP2STORAGE", "Storage", "gp2", "EBS:VolumeUsage.gp2", "GB-Mo", "0.10"),
                volume("GP3STORAGE", "Storage", "gp3", "EBS:VolumeUsage.gp3", "GB-Mo", "0.08"),
                volume("GP3IOPS", "System Operation", "gp3", "EBS:VolumeP-IOPS.gp3", "IOPS-Mo", "0.005"),
                volume("GP3THROUGHPUT", "Provisioned Throughput", "gp3", "EBS:VolumeP-Throughput.gp3", "GiBps-mo", "40.96"),
                volume("IO2STORAGE", "Storage", "io2", "EBS:VolumeUsage.io2", "GB-Mo", "0.125"),
                volume("IO2IOPS", "System Operation", "io2", "EBS:VolumeP-IOPS.io2", "IOPS-Mo", "0.065"),
                volume("IO2IOPSTIER2", "System Operation", "io2", "EBS:VolumeP-IOPS.io2.tier2", "IOPS-Mo", "0.0455"),
                volume("IO2IOPSTIER3", "System Operation", "io2", "EBS:VolumeP-IOPS.io2.tier3", "IOPS-Mo", "0.03185"),
                volume("ST1STORAGE", "Storage", "st1", "EBS:VolumeUsage.st1", "GB-Mo", "0.045"),
                // another region's product of the same type: the regionCode filter keeps it out
                volume("GP3OHIO", "Storage", "gp3", "USE2-EBS:VolumeUsage.gp3", "GB-Mo", "0.08").replace("us-east-1", "us-east-2"));
    }

    private static String volume(String sku, String family, String volumeApiName, String usageType, String unit, String usd)
    {
        return item("AmazonEC2", sku, family, Map.of("volumeApiName", volumeApiName, "usagetype", usageType, "operation", "CreateVolume"), unit, usd);
    }
}
