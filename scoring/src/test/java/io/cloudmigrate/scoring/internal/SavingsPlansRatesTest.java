package io.cloudmigrate.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.scoring.CommittedCost;
import io.cloudmigrate.scoring.CommittedTerm;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.scoring.PriceMode;
import io.cloudmigrate.scoring.PurchaseOption;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.StrategyCost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.ec2;
import static io.cloudmigrate.scoring.Estates.graph;
import static io.cloudmigrate.scoring.Estates.inventory;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compute Savings Plans rates through the real SDK client from a local Savings Plans API, beside the
 * Reserved offers of the recorded m5.large price list item. The answers have the shape
 * {@code DescribeSavingsPlansOfferingRates} returns; the rates are made up for the test (none was
 * recorded from AWS), and chosen so that the 3-year plan paid all upfront beats the best Reserved offer.
 */
class SavingsPlansRatesTest
{
    private static final Duration MONTH = Duration.ofHours(730);
    private static final String LINUX = "Linux/UNIX";

    private final Resource web = ec2("web").storageGb(0).build();

    @Test
    void takesAComputeSavingsPlanAsTheBestCommittedOptionWhenItBeatsEveryReservedOffer(@TempDir Path cache)
            throws Exception
    {
        try (PriceListServer prices = new PriceListServer();
                SavingsPlansServer plans = new SavingsPlansServer(SavingsPlansRatesTest::answer)) {
            prices.respond(request -> PriceListServer.filter(request, "instanceType").equals("m5.large") && PriceListServer.filter(request, "operatingSystem").equals("Linux")
                    ? PriceListServer.page(List.of(PriceListServer.fixtureItem()), null) : PriceListServer.page(List.of(), null));
            Inventory inventory = inventory(web);

            PriceListPrices.Outcome outcome = PriceListPrices.create(cache, Optional.of(prices.client()), Optional.of(plans.client()))
                    .catalogFor(inventory, PriceCatalog.bundled(), PriceMode.AUTO);
            CostEstimate cost = CostModel.create(outcome.catalog()).estimate(inventory, graph(web), AS_OF, MONTH).getFirst();

            assertThat(outcome.problems()).isEmpty();
            assertThat(plans.paths()).allMatch(path -> path.equals("/DescribeSavingsPlansOfferingRates"));
            // the second page was asked for with the first page's token
            assertThat(plans.requests()).extracting(request -> request.path("nextToken").asText()).contains("", "page-2");
            assertThat(plans.requests().getFirst().path("savingsPlanTypes")).extracting(JsonNode::asText).containsExactly("Compute");
            // every term and payment option of the plan stands beside the twelve Reserved offers of the fixture
            assertThat(outcome.catalog().reserved("us-east-1", "ec2.linux.m5.large"))
                    .filteredOn(option -> option.program() == PurchaseOption.Program.COMPUTE_SAVINGS_PLAN)
                    .extracting(PurchaseOption::describe)
                    .containsExactly("1-year Compute Savings Plan, All Upfront", "1-year Compute Savings Plan, No Upfront", "1-year Compute Savings Plan, Partial Upfront",
                            "3-year Compute Savings Plan, All Upfront", "3-year Compute Savings Plan, No Upfront", "3-year Compute Savings Plan, Partial Upfront");
            assertThat(outcome.catalog().reserved("us-east-1", "ec2.linux.m5.large")).hasSize(18);
            // 0.035 × 730 = 25.55 a month, below the 3-year standard Reserved Instance All Upfront (949 / 36 = 26.36)
            assertThat(cost.forStrategy(Strategy.RETAIN).orElseThrow().committed()).extracting(CommittedCost::option, CommittedCost::monthlyUsd)
                    .containsExactly("3-year Compute Savings Plan, All Upfront", 25.55);
            // every term stays beside the best: the Reserved Instance paid all upfront is 949 once and nothing a month, 949 / 36 = 26.36;
            // the plan paid all upfront commits 25.55 a month for 36 months at the start
            assertThat(cost.forStrategy(Strategy.RETAIN).orElseThrow().committed().terms()).hasSize(18)
                    .contains(new CommittedTerm(PurchaseOption.Program.RESERVED_INSTANCE, "3yr", "standard", "All Upfront", 949.0, 0.0, 26.36),
                            new CommittedTerm(PurchaseOption.Program.COMPUTE_SAVINGS_PLAN, "3yr", "compute", "All Upfront", 919.8, 0.0, 25.55),
                            // a plan paid partly upfront splits its commitment as the buyer chooses: only its effective cost is known (0.058 × 730)
                            new CommittedTerm(PurchaseOption.Program.COMPUTE_SAVINGS_PLAN, "1yr", "compute", "Partial Upfront", null, null, 42.34));
        }
    }

    @Test
    void leavesOutARateThatIsNotExactlyTheProduct()
    {
        PriceListQuery query = SavingsPlansRates.query("us-east-1", "ec2.linux.m5.large").orElseThrow();

        List<PurchaseOption> options = SavingsPlansRates.options(query, List.of(
                rate("1yr-no", "No Upfront", 31_536_000, "0.061", "BoxUsage:m5.large", "m5.large", LINUX, "shared"),
                // dedicated tenancy, another instance type, another operating system: other products
                rate("1yr-no", "No Upfront", 31_536_000, "0.070", "DedicatedUsage:m5.large", "m5.large", LINUX, "dedicated"),
                rate("1yr-no", "No Upfront", 31_536_000, "0.122", "BoxUsage:m5.xlarge", "m5.xlarge", LINUX, "shared"),
                rate("1yr-no", "No Upfront", 31_536_000, "0.150", "BoxUsage:m5.large", "m5.large", "Windows", "shared"),
                // two different rates for one option: ambiguous, so no option rather than a guess
                rate("3yr-no", "No Upfront", 94_608_000, "0.042", "BoxUsage:m5.large", "m5.large", LINUX, "shared"),
                rate("3yr-no-2", "No Upfront", 94_608_000, "0.044", "BoxUsage:m5.large", "m5.large", LINUX, "shared")));

        assertThat(options).containsExactly(PurchaseOption.computeSavingsPlan("1yr", "No Upfront", 0.061));
    }

    @Test
    void asksOnlyForEc2InstanceHours()
    {
        assertThat(SavingsPlansRates.query("eu-west-1", "ec2.windows.m5.large")).hasValueSatisfying(query ->
                assertThat(query.describe()).isEqualTo("SavingsPlans instanceType=m5.large operation=RunInstances:0002 productDescription=Windows region=eu-west-1 tenancy=shared"));
        assertThat(SavingsPlansRates.query("eu-west-1", "rds.postgres.single-az.db.m5.large")).isEmpty();
        assertThat(SavingsPlansRates.query("eu-west-1", "ebs.gp3.gb-month")).isEmpty();
    }

    /** Two pages: the 1-year rates and a rate of another type, then the 3-year rates. */
    private static String answer(JsonNode request)
    {
        boolean second = request.path("nextToken").asText().equals("page-2");
        List<String> rates = second
                ? List.of(rate("3yr-no", "No Upfront", 94_608_000, "0.042", "BoxUsage:m5.large", "m5.large", LINUX, "shared"),
                        rate("3yr-partial", "Partial Upfront", 94_608_000, "0.038", "BoxUsage:m5.large", "m5.large", LINUX, "shared"),
                        rate("3yr-all", "All Upfront", 94_608_000, "0.035", "BoxUsage:m5.large", "m5.large", LINUX, "shared"))
                : List.of(rate("1yr-no", "No Upfront", 31_536_000, "0.061", "BoxUsage:m5.large", "m5.large", LINUX, "shared"),
                        rate("1yr-partial", "Partial Upfront", 31_536_000, "0.058", "BoxUsage:m5.large", "m5.large", LINUX, "shared"),
                        rate("1yr-all", "All Upfront", 31_536_000, "0.057", "BoxUsage:m5.large", "m5.large", LINUX, "shared"),
                        rate("1yr-no", "No Upfront", 31_536_000, "0.122", "BoxUsage:m5.xlarge", "m5.xlarge", LINUX, "shared"));
        return "{\"searchResults\": [" + String.join(", ", rates) + "]" + (second ? "" : ", \"nextToken\": \"page-2\"") + "}";
    }

    /** One {@code SavingsPlanOfferingRate} as the API sends it. */
    private static String rate(String offeringId, String paymentOption, long durationSeconds, String rate, String usageType, String instanceType,
            String productDescription, String tenancy)
    {
        String operation = productDescription.equals("Windows") ? "RunInstances:0002" : "RunInstances";
        return """
                {"savingsPlanOffering": {"offeringId": "%s", "paymentOption": "%s", "planType": "Compute", "durationSeconds": %d, "currency": "USD",
                  "planDescription": "Compute Savings Plans"},
                 "rate": "%s", "unit": "Hrs", "productType": "EC2", "serviceCode": "AmazonEC2", "usageType": "%s", "operation": "%s",
                 "properties": [{"name": "region", "value": "us-east-1"}, {"name": "instanceType", "value": "%s"}, {"name": "instanceFamily", "value": "m5"},
                                {"name": "productDescription", "value": "%s"}, {"name": "tenancy", "value": "%s"}]}
                """.formatted(offeringId, paymentOption, durationSeconds, rate, usageType, operation, instanceType, productDescription, tenancy);
    }
}
