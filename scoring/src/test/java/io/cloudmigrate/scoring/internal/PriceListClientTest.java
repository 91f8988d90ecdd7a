package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.scoring.PurchaseOption;
import io.cloudmigrate.scoring.ScoringErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** The real SDK pricing client against a local server answering GetProducts in the real shape. */
class PriceListClientTest
{
    private static final PriceListQuery M5_LINUX = new PriceListQuery("AmazonEC2", new TreeMap<>(java.util.Map.of(
            "regionCode", "us-east-1", "instanceType", "m5.large", "operatingSystem", "Linux", "tenancy", "Shared",
            "preInstalledSw", "NA", "capacitystatus", "Used")));

    @Test
    void readsTheFixtureItemsOnDemandAndReservedPrices()
    {
        PriceListItem item = PriceListItem.parse(PriceListServer.fixtureItem(), "fixture");

        assertThat(item.sku()).isEqualTo("6C86BEPQVG73ZGGR");
        assertThat(item.publicationDate()).isEqualTo("2021-02-05");
        assertThat(item.onDemandHourlyUsd()).hasValue(0.096);
        assertThat(item.onDemandUnit()).isEqualTo("Hrs");
        assertThat(item.attributes()).containsEntry("operatingSystem", "Linux").containsEntry("instanceType", "m5.large");
        assertThat(item.reserved()).hasSize(12);
        assertThat(item.reserved()).filteredOn(option -> option.offeringClass().equals("standard"))
                .extracting(PurchaseOption::leaseContractLength, PurchaseOption::purchaseOption, PurchaseOption::upfrontUsd, PurchaseOption::hourlyUsd)
                .containsExactly(
                        tuple("1yr", "All Upfront", 494.0, 0.0),
                        tuple("1yr", "No Upfront", 0.0, 0.06),
                        tuple("1yr", "Partial Upfront", 252.0, 0.029),
                        tuple("3yr", "All Upfront", 949.0, 0.0),
                        tuple("3yr", "No Upfront", 0.0, 0.041),
                        tuple("3yr", "Partial Upfront", 505.0, 0.019));
        // 3-year standard All Upfront: 949 / 36 months = 26.36 a month, against 0.096 × 730 = 70.08 on demand
        assertThat(item.bestReserved()).hasValueSatisfying(best -> {
            assertThat(best.describe()).isEqualTo("3-year standard Reserved Instance, All Upfront");
            assertThat(best.effectiveMonthlyUsd()).isCloseTo(26.3611, org.assertj.core.data.Offset.offset(0.0001));
        });
    }

    @Test
    void sendsTheFiltersAndFollowsEveryPage()
            throws Exception
    {
        String windows = PriceListServer.fixtureItem().replace("6C86BEPQVG73ZGGR", "WINDOWSSKU000001");
        try (PriceListServer server = new PriceListServer()) {
            server.enqueue(PriceListServer.page(List.of(PriceListServer.fixtureItem()), "page-2"), PriceListServer.page(List.of(windows), null));

            List<String> items = new PriceListClient(server.client()).products(M5_LINUX);

            assertThat(items).extracting(item -> PriceListItem.parse(item, "test").sku()).containsExactly("6C86BEPQVG73ZGGR", "WINDOWSSKU000001");
            assertThat(server.requests()).hasSize(2);
            assertThat(server.requests().getFirst().path("ServiceCode").asText()).isEqualTo("AmazonEC2");
            assertThat(server.requests().getFirst().path("Filters").findValuesAsText("Field"))
                    .containsExactly("capacitystatus", "instanceType", "operatingSystem", "preInstalledSw", "regionCode", "tenancy");
            assertThat(server.requests().getFirst().path("Filters").get(1).path("Value").asText()).isEqualTo("m5.large");
            assertThat(server.requests().get(1).path("NextToken").asText()).isEqualTo("page-2");
        }
    }

    @Test
    void retriesWhenThrottled()
            throws Exception
    {
        try (PriceListServer server = new PriceListServer()) {
            server.enqueue(PriceListServer.error("ThrottlingException", "Rate exceeded"), PriceListServer.page(List.of(PriceListServer.fixtureItem()), null));

            List<String> items = new PriceListClient(server.client()).products(M5_LINUX);

            assertThat(items).hasSize(1);
            assertThat(server.requests()).hasSize(2);
        }
    }

    @Test
    void namesTheQuestionAndThePermissionWhenAccessIsDenied()
            throws Exception
    {
        try (PriceListServer server = new PriceListServer()) {
            server.enqueue(PriceListServer.error("AccessDeniedException", "User is not authorized to perform pricing:GetProducts"));

            assertThatThrownBy(() -> new PriceListClient(server.client()).products(M5_LINUX))
                    .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(ScoringErrorCode.PRICE_LIST_UNAVAILABLE))
                    .hasMessageContaining("GetProducts AmazonEC2 capacitystatus=Used instanceType=m5.large")
                    .hasMessageContaining("AccessDeniedException")
                    .hasMessageContaining("grant pricing:GetProducts");
        }
    }

    @Test
    void refusesAnAnswerThatIsNotAPriceList()
            throws Exception
    {
        try (PriceListServer server = new PriceListServer()) {
            server.enqueue(PriceListServer.page(List.of("{\"product\":{}}"), null));

            assertThatThrownBy(() -> new PriceListClient(server.client()).products(M5_LINUX))
                    .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(ScoringErrorCode.PRICE_LIST_MALFORMED))
                    .hasMessageContaining("page 1")
                    .hasMessageContaining("/product/sku");
        }
    }

    @Test
    void keepsAnswersOnDiskAndReadsThemBack(@TempDir Path directory)
    {
        PriceListCache cache = new PriceListCache(directory);

        cache.write(M5_LINUX, List.of(PriceListServer.fixtureItem()));

        assertThat(cache.read(M5_LINUX)).hasValueSatisfying(items ->
                assertThat(PriceListItem.parse(items.getFirst(), "cache").onDemandHourlyUsd()).hasValue(0.096));
        assertThat(cache.read(new PriceListQuery("AmazonRDS", new TreeMap<>()))).isEmpty();
    }
}
