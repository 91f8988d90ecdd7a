package io.cloudmigrate.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.scoring.CommittedCost;
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

import static io.cloudmigrate.scoring.Estates.ACCOUNT;
import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.ec2;
import static io.cloudmigrate.scoring.Estates.graph;
import static io.cloudmigrate.scoring.Estates.inventory;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small estate priced end to end through the real SDK client against a local Price List API: the
 * fixture's m5.large prices, a Windows and a NAT gateway product built from it, and the snapshot for S3.
 */
class PriceListPricesTest
{
    private static final Duration MONTH = Duration.ofHours(730);
    private static final PriceSource API = new PriceSource(PriceListPrices.API_SOURCE, "2021-02-05");

    private final Resource web = ec2("web").storageGb(0).build();
    private final Resource windows = ec2("windows").operatingSystem("Microsoft Windows Server 2022 Datacenter", "10.0.20348").storageGb(0).build();
    private final Resource nat = new Resource("arn:aws:ec2:us-east-1:" + ACCOUNT + ":natgateway/nat-1", ResourceType.NAT_GATEWAY, ACCOUNT, "us-east-1", "nat-1",
            Map.of(), null, new ResourceDetails.NatGateway("nat-1", "subnet-1", "public"));
    private final Resource bucket = new Resource("arn:aws:s3:::data", ResourceType.S3_BUCKET, ACCOUNT, "us-east-1", "data", Map.of(), null,
            new ResourceDetails.S3Bucket("data", "2024-01-01T00:00:00Z", "Enabled", "AES256", 10L * 1024 * 1024 * 1024, 5,
                    List.of(new ResourceDetails.StorageTypeSize("StandardStorage", 10L * 1024 * 1024 * 1024))));

    @Test
    void pricesASmallEstateFromTheApiAndTheSnapshotByHand(@TempDir Path cache)
            throws Exception
    {
        try (PriceListServer server = new PriceListServer()) {
            server.respond(PriceListPricesTest::answer);

            PriceListPrices.Outcome outcome = PriceListPrices.create(cache, Optional.of(server.client()))
                    .catalogFor(inventory(web, windows, nat, bucket), PriceCatalog.bundled(), PriceMode.AUTO);
            List<CostEstimate> costs = CostModel.create(outcome.catalog()).estimate(inventory(web, windows, nat, bucket), graph(web, windows, nat, bucket), AS_OF, MONTH);

            assertThat(outcome.problems()).isEmpty();
            assertThat(outcome.fromApi()).isPositive();
            CostEstimate webCost = cost(costs, web);
            CostEstimate windowsCost = cost(costs, windows);
            CostEstimate natCost = cost(costs, nat);
            CostEstimate bucketCost = cost(costs, bucket);
            // m5.large Linux: 0.096 × 730 (fixture)
            assertThat(webCost.currentMonthlyUsd()).isEqualTo(70.08);
            // the Graviton target m7g.large is not in the API's answers here, so its price is the snapshot's
            assertThat(webCost.sources()).containsExactly(API, new PriceSource(PriceCatalog.bundled().source(), "2025-06"));
            assertThat(webCost.basis()).contains("AWS Price List API, published 2021-02-05 and snapshot 2025-06 (aws-price-watcher)");
            // the best Reserved offer of the fixture: 3-year standard All Upfront, 949 / 36 months = 26.36
            assertThat(webCost.forStrategy(Strategy.REHOST).orElseThrow().committed()).extracting(CommittedCost::option, CommittedCost::monthlyUsd)
                    .containsExactly("3-year standard Reserved Instance, All Upfront", 26.36);
            // m5.large Windows: 0.188 × 730, its own price rather than Linux plus a licence fee
            assertThat(windowsCost.currentMonthlyUsd()).isEqualTo(137.24);
            assertThat(windowsCost.unpriced()).isEmpty();
            // NAT gateway: 0.045 × 730 hours; the GB it processes are not known
            assertThat(natCost.currentMonthlyUsd()).isEqualTo(32.85);
            assertThat(natCost.unpriced()).extracting(UnpricedItem::item).containsExactly("NAT gateway data processed");
            // 10 GB of S3 Standard at the snapshot's 0.023
            assertThat(bucketCost.currentMonthlyUsd()).isEqualTo(0.23);
            assertThat(bucketCost.sources()).extracting(PriceSource::published).containsExactly("2025-06");
            // the estate today: 70.08 + 137.24 + 32.85 + 0.23
            assertThat(costs.stream().mapToDouble(CostEstimate::currentMonthlyUsd).sum()).isCloseTo(240.40, org.assertj.core.data.Offset.offset(0.001));
        }
    }

    @Test
    void answersFromTheCacheWithoutAskingAgain(@TempDir Path cache)
            throws Exception
    {
        try (PriceListServer server = new PriceListServer()) {
            server.respond(PriceListPricesTest::answer);
            PriceListPrices.create(cache, Optional.of(server.client())).catalogFor(inventory(windows), PriceCatalog.bundled(), PriceMode.LIVE);
            int asked = server.requests().size();

            PriceListPrices.Outcome outcome = PriceListPrices.create(cache, Optional.empty()).catalogFor(inventory(windows), PriceCatalog.bundled(), PriceMode.CACHE);

            assertThat(server.requests()).hasSize(asked);
            assertThat(outcome.fromApi()).isZero();
            assertThat(outcome.fromCache()).isEqualTo(asked);
            assertThat(outcome.catalog().price("us-east-1", "ec2.windows.m5.large")).hasValue(0.188);
        }
    }

    @Test
    void fallsBackToTheSnapshotAndSaysWhyWhenTheApiRefuses(@TempDir Path cache)
            throws Exception
    {
        try (PriceListServer server = new PriceListServer()) {
            server.respond(request -> PriceListServer.error("AccessDeniedException", "not authorized"));

            PriceListPrices.Outcome outcome = PriceListPrices.create(cache, Optional.of(server.client()))
                    .catalogFor(inventory(web, windows), PriceCatalog.bundled(), PriceMode.AUTO);

            assertThat(server.requests()).hasSize(1);
            assertThat(outcome.problems()).singleElement().asString().contains("AccessDeniedException", "pricing:GetProducts");
            assertThat(outcome.catalog().price("us-east-1", "ec2.linux.m5.large")).hasValue(0.096);
            assertThat(outcome.catalog().price("us-east-1", "ec2.windows.m5.large")).isEmpty();
        }
    }

    private static CostEstimate cost(List<CostEstimate> costs, Resource resource)
    {
        return costs.stream().filter(cost -> cost.resourceId().equals(resource.id())).findFirst().orElseThrow();
    }

    /** The fixture for m5.large Linux; products built from it for Windows and the NAT gateway; nothing for the rest. */
    private static PriceListServer.Reply answer(JsonNode request)
    {
        String fixture = PriceListServer.fixtureItem();
        if (PriceListServer.filter(request, "productFamily").equals("NAT Gateway")) {
            return PriceListServer.page(List.of(product(fixture, "NATHOURS", "NatGateway-Hours", "Hrs", "0.045"), product(fixture, "NATBYTES", "NatGateway-Bytes", "GB", "0.045")), null);
        }
        if (!PriceListServer.filter(request, "instanceType").equals("m5.large")) {
            return PriceListServer.page(List.of(), null);
        }
        return switch (PriceListServer.filter(request, "operatingSystem")) {
            case "Linux" -> PriceListServer.page(List.of(fixture), null);
            case "Windows" -> PriceListServer.page(List.of(product(fixture, "WINDOWSM5LARGE", "BoxUsage:m5.large", "Hrs", "0.188")), null);
            default -> PriceListServer.page(List.of(), null);
        };
    }

    /** The fixture item as another product: its own SKU and usage type, one on-demand rate, no Reserved offers. */
    private static String product(String fixture, String sku, String usageType, String unit, String usd)
    {
        try {
            ObjectNode item = (ObjectNode) JsonDocuments.mapper().readTree(fixture.replace("6C86BEPQVG73ZGGR", sku));
            ((ObjectNode) item.path("product").path("attributes")).put("usagetype", usageType);
            ((ObjectNode) item.path("terms")).remove("Reserved");
            JsonNode onDemand = item.path("terms").path("OnDemand").elements().next().path("priceDimensions").elements().next();
            ((ObjectNode) onDemand).put("unit", unit);
            ((ObjectNode) onDemand.path("pricePerUnit")).put("USD", usd);
            return item.toString();
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
