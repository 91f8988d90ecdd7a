package io.cloudmigrate.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.cloudmigrate.scoring.Estates.ACCOUNT;
import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.graph;
import static io.cloudmigrate.scoring.Estates.inventory;
import static io.cloudmigrate.scoring.Estates.lambda;
import static io.cloudmigrate.scoring.Estates.metric;
import static io.cloudmigrate.scoring.Estates.utilization;
import static io.cloudmigrate.scoring.internal.PriceListItems.Tier;
import static io.cloudmigrate.scoring.internal.PriceListItems.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compute Savings Plans rates for Fargate vCPU and memory hours and Lambda GB-seconds, through the real SDK
 * clients from a local Price List API and a local Savings Plans API. The answers have the shape the APIs
 * return (usage types with their region prefix, as in the price list); the plan rates are made up for the test.
 * Every amount is worked out by hand below.
 */
class ServerlessSavingsPlansTest
{
    private static final Duration MONTH = Duration.ofHours(730);
    private static final long ONE_YEAR = 31_536_000;
    private static final long THREE_YEARS = 94_608_000;

    /** Two tasks of 0.5 vCPU and 1 GB on the cluster's EC2 instances: its Replatform target is Fargate. */
    private final Resource onInstances = service("cart", "EC2");
    /** Already on Fargate: today's cost is Fargate on demand, and no target is committed. */
    private final Resource onFargate = service("thumbs", "FARGATE");
    private final Resource function = lambda("resize", "python3.12");

    @Test
    void pricesFargateAndLambdaTargetsUnderEveryComputeSavingsPlanOffered(@TempDir Path cache)
            throws Exception
    {
        List<Resource> resources = List.of(onInstances, onFargate, function);
        Inventory inventory = inventory(resources, List.of(), List.of(
                utilization(function, metric(MetricName.INVOCATIONS, 100_000, 150_000), metric(MetricName.DURATION, 200, 400))));
        List<CostEstimate> costs;
        List<JsonNode> asked;
        PriceListPrices.Outcome outcome;
        try (PriceListServer prices = new PriceListServer();
                SavingsPlansServer plans = new SavingsPlansServer(ServerlessSavingsPlansTest::rates)) {
            prices.respond(request -> PriceListServer.page(products().stream().filter(product -> PriceListServer.matches(product, request)).toList(), null));
            outcome = PriceListPrices.create(cache, Optional.of(prices.client()), Optional.of(plans.client())).catalogFor(inventory, PriceCatalog.bundled(), PriceMode.AUTO);
            costs = CostModel.create(outcome.catalog()).estimate(inventory, graph(resources.toArray(Resource[]::new)), AS_OF, MONTH);
            asked = plans.requests();
        }

        assertThat(outcome.problems()).isEmpty();
        // Fargate and Lambda are asked by product and service code in the region, with Compute plans only
        assertThat(asked).anySatisfy(request -> {
            assertThat(request.path("products")).extracting(JsonNode::asText).containsExactly("Fargate");
            assertThat(request.path("serviceCodes")).extracting(JsonNode::asText).containsExactly("AmazonECS");
            assertThat(request.path("savingsPlanTypes")).extracting(JsonNode::asText).containsExactly("Compute");
            assertThat(request.path("filters").get(0).path("values")).extracting(JsonNode::asText).containsExactly("us-east-1");
        });
        assertThat(asked).anySatisfy(request -> assertThat(request.path("serviceCodes")).extracting(JsonNode::asText).containsExactly("AWSLambda"));
        // the ARM, Spot, partial-coverage, provisioned-concurrency and request rates are other products
        assertThat(outcome.catalog().reserved("us-east-1", "fargate.vcpu-hour.x86_64")).extracting(PurchaseOption::hourlyUsd)
                .containsExactlyInAnyOrder(0.0324, 0.0308, 0.0233, 0.0212, 0.0290);
        assertThat(outcome.catalog().reserved("us-east-1", "lambda.gb-second.arm64")).extracting(PurchaseOption::hourlyUsd)
                .containsExactlyInAnyOrder(0.0000114, 0.0000098);

        // 2 tasks × 730 h: 730 vCPU hours and 1,460 GB hours; on demand 730 × 0.04048 + 1,460 × 0.004445 = 36.0401
        StrategyCost fargate = cost(costs, onInstances).forStrategy(Strategy.REPLATFORM).orElseThrow();
        assertThat(fargate.targetMonthlyUsd()).isEqualTo(36.04);
        // best: 3-year All Upfront, 730 × 0.0212 + 1,460 × 0.00233 = 15.476 + 3.4018 = 18.8778
        assertThat(fargate.committed()).extracting(CommittedCost::option, CommittedCost::monthlyUsd)
                .containsExactly("3-year Compute Savings Plan, All Upfront", 18.88);
        // 1-year Partial Upfront is offered for vCPU hours only, so it has no price for the task as a whole
        assertThat(fargate.committed().terms()).containsExactly(
                // 730 × 0.0324 + 1,460 × 0.003556 = 23.652 + 5.19176
                plan("1yr", "No Upfront", 0.0, 28.84, 28.84),
                // 730 × 0.0308 + 1,460 × 0.00338 = 22.484 + 4.9348; all of it paid at the start: 27.4188 × 12
                plan("1yr", "All Upfront", 329.03, 0.0, 27.42),
                // 730 × 0.0233 + 1,460 × 0.00256 = 17.009 + 3.7376
                plan("3yr", "No Upfront", 0.0, 20.75, 20.75),
                // 18.8778 × 36
                plan("3yr", "All Upfront", 679.6, 0.0, 18.88));
        assertThat(cost(costs, onFargate).currentMonthlyUsd()).isEqualTo(36.04);
        assertThat(cost(costs, onFargate).byStrategy()).allSatisfy(strategy -> assertThat(strategy.committed()).isNull());

        // Lambda on arm64: 100,000 calls a day × 30.4167 days × 0.2 s × 0.5 GB = 304,166.67 GB-seconds, and 3,041,667 requests
        // on demand: 3,041,667 × 0.0000002 + 304,166.67 × 0.0000133334 = 0.6083 + 4.0556 = 4.66
        StrategyCost arm = cost(costs, function).forStrategy(Strategy.REPLATFORM).orElseThrow();
        assertThat(arm.targetMonthlyUsd()).isEqualTo(4.66);
        // requests are not covered by a plan: 0.6083 + 304,166.67 × 0.0000098 = 0.6083 + 2.9808 = 3.59
        assertThat(arm.committed()).extracting(CommittedCost::option, CommittedCost::monthlyUsd)
                .containsExactly("3-year Compute Savings Plan, No Upfront", 3.59);
        // 0.6083 + 304,166.67 × 0.0000114 = 0.6083 + 3.4675
        assertThat(arm.committed().terms()).containsExactly(plan("1yr", "No Upfront", 0.0, 4.08, 4.08), plan("3yr", "No Upfront", 0.0, 3.59, 3.59));
    }

    @Test
    void leavesAFargateTargetWithoutACommittedPriceWhenThePlansApiIsNotThere(@TempDir Path cache)
            throws Exception
    {
        Inventory inventory = inventory(onInstances);
        try (PriceListServer prices = new PriceListServer()) {
            prices.respond(request -> PriceListServer.page(products().stream().filter(product -> PriceListServer.matches(product, request)).toList(), null));
            PriceListPrices.Outcome outcome = PriceListPrices.create(cache, Optional.of(prices.client()), Optional.empty())
                    .catalogFor(inventory, PriceCatalog.bundled(), PriceMode.AUTO);
            StrategyCost fargate = CostModel.create(outcome.catalog()).estimate(inventory, graph(onInstances), AS_OF, MONTH).getFirst()
                    .forStrategy(Strategy.REPLATFORM).orElseThrow();

            assertThat(fargate.targetMonthlyUsd()).isEqualTo(36.04);
            assertThat(fargate.committed()).isNull();
        }
    }

    @Test
    void asksForFargateAndLambdaDurationButNotForRequests()
    {
        assertThat(SavingsPlansRates.query("eu-west-2", "fargate.gb-hour.x86_64")).hasValueSatisfying(query -> assertThat(query.describe())
                .isEqualTo("SavingsPlans product=Fargate region=eu-west-2 serviceCode=AmazonECS unit=Hrs usageType=Fargate-GB-Hours"));
        assertThat(SavingsPlansRates.query("eu-west-2", "lambda.gb-second.arm64")).hasValueSatisfying(query -> assertThat(query.describe())
                .isEqualTo("SavingsPlans product=Lambda region=eu-west-2 serviceCode=AWSLambda unit=Lambda-GB-Second usageType=Lambda-GB-Second-ARM"));
        assertThat(SavingsPlansRates.query("eu-west-2", "lambda.request")).isEmpty();
    }

    private static CommittedTerm plan(String term, String payment, Double upfront, Double monthly, double effective)
    {
        return new CommittedTerm(PurchaseOption.Program.COMPUTE_SAVINGS_PLAN, term, "compute", payment, upfront, monthly, effective);
    }

    private static String rates(JsonNode request)
    {
        String product = request.path("products").get(0).asText();
        List<String> rates = new ArrayList<>();
        if (product.equals("Fargate")) {
            rates.add(rate("f1", "No Upfront", ONE_YEAR, "0.0324", "Hrs", "Fargate", "AmazonECS", "USE1-Fargate-vCPU-Hours:perCPU"));
            rates.add(rate("f2", "All Upfront", ONE_YEAR, "0.0308", "Hrs", "Fargate", "AmazonECS", "USE1-Fargate-vCPU-Hours:perCPU"));
            rates.add(rate("f3", "No Upfront", THREE_YEARS, "0.0233", "Hrs", "Fargate", "AmazonECS", "USE1-Fargate-vCPU-Hours:perCPU"));
            rates.add(rate("f4", "All Upfront", THREE_YEARS, "0.0212", "Hrs", "Fargate", "AmazonECS", "USE1-Fargate-vCPU-Hours:perCPU"));
            rates.add(rate("f5", "Partial Upfront", ONE_YEAR, "0.0290", "Hrs", "Fargate", "AmazonECS", "USE1-Fargate-vCPU-Hours:perCPU"));
            rates.add(rate("f1", "No Upfront", ONE_YEAR, "0.003556", "Hrs", "Fargate", "AmazonECS", "USE1-Fargate-GB-Hours"));
            rates.add(rate("f2", "All Upfront", ONE_YEAR, "0.00338", "Hrs", "Fargate", "AmazonECS", "USE1-Fargate-GB-Hours"));
            rates.add(rate("f3", "No Upfront", THREE_YEARS, "0.00256", "Hrs", "Fargate", "AmazonECS", "USE1-Fargate-GB-Hours"));
            rates.add(rate("f4", "All Upfront", THREE_YEARS, "0.00233", "Hrs", "Fargate", "AmazonECS", "USE1-Fargate-GB-Hours"));
            // Graviton tasks are another usage type
            rates.add(rate("f1", "No Upfront", ONE_YEAR, "0.0259", "Hrs", "Fargate", "AmazonECS", "USE1-Fargate-ARM-vCPU-Hours:perCPU"));
            rates.add(rate("f1", "No Upfront", ONE_YEAR, "0.002845", "Hrs", "Fargate", "AmazonECS", "USE1-Fargate-ARM-GB-Hours"));
        }
        else {
            rates.add(rate("l1", "No Upfront", ONE_YEAR, "0.0000140", "Lambda-GB-Second", "Lambda", "AWSLambda", "USE1-Lambda-GB-Second"));
            rates.add(rate("l2", "No Upfront", THREE_YEARS, "0.0000122", "Lambda-GB-Second", "Lambda", "AWSLambda", "USE1-Lambda-GB-Second"));
            rates.add(rate("l1", "No Upfront", ONE_YEAR, "0.0000114", "Lambda-GB-Second", "Lambda", "AWSLambda", "USE1-Lambda-GB-Second-ARM"));
            rates.add(rate("l2", "No Upfront", THREE_YEARS, "0.0000098", "Lambda-GB-Second", "Lambda", "AWSLambda", "USE1-Lambda-GB-Second-ARM"));
            rates.add(rate("l1", "No Upfront", ONE_YEAR, "0.0000031", "Hrs", "Lambda", "AWSLambda", "USE1-Lambda-Provisioned-Concurrency-ARM"));
            rates.add(rate("l1", "No Upfront", ONE_YEAR, "0.0000002", "Request", "Lambda", "AWSLambda", "USE1-Request-ARM"));
        }
        return "{\"searchResults\": [" + String.join(", ", rates) + "]}";
    }

    /** One {@code SavingsPlanOfferingRate} as the API sends it. */
    private static String rate(String offeringId, String paymentOption, long durationSeconds, String rate, String unit, String productType, String serviceCode, String usageType)
    {
        return """
                {"savingsPlanOffering": {"offeringId": "%s", "paymentOption": "%s", "planType": "Compute", "durationSeconds": %d, "currency": "USD",
                  "planDescription": "Compute Savings Plans"},
                 "rate": "%s", "unit": "%s", "productType": "%s", "serviceCode": "%s", "usageType": "%s", "operation": "",
                 "properties": [{"name": "region", "value": "us-east-1"}]}
                """.formatted(offeringId, paymentOption, durationSeconds, rate, unit, productType, serviceCode, usageType);
    }

    private static List<String> products()
    {
        return List.of(
                item("AWSLambda", "LAMBDAREQUESTS", "Serverless", Map.of("usagetype", "USE1-Request", "group", "AWS-Lambda-Requests"), "Requests", "0.0000002"),
                item("AWSLambda", "LAMBDAGBS", "Serverless", Map.of("usagetype", "USE1-Lambda-GB-Second", "group", "AWS-Lambda-Duration"), "Lambda-GB-Second", List.of(
                        new Tier("0", "6000000000", "0.0000166667"), new Tier("6000000000", "15000000000", "0.0000150000"), new Tier("15000000000", "Inf", "0.0000133334"))),
                item("AWSLambda", "LAMBDAGBSARM", "Serverless", Map.of("usagetype", "USE1-Lambda-GB-Second-ARM", "group", "AWS-Lambda-Duration-ARM"), "Lambda-GB-Second", List.of(
                        new Tier("0", "7500000000", "0.0000133334"), new Tier("7500000000", "18750000000", "0.0000120001"), new Tier("18750000000", "Inf", "0.0000106667"))),
                item("AmazonECS", "FARGATEVCPU", "Compute", Map.of("usagetype", "USE1-Fargate-vCPU-Hours:perCPU", "cputype", "perCPU"), "hours", "0.04048"),
                item("AmazonECS", "FARGATEGB", "Compute", Map.of("usagetype", "USE1-Fargate-GB-Hours", "memorytype", "perGB"), "hours", "0.004445"),
                item("AmazonECS", "FARGATESPOTVCPU", "Compute", Map.of("usagetype", "USE1-SpotUsage-Fargate-vCPU-Hours:perCPU", "cputype", "perCPU"), "hours", "0.01244"));
    }

    private static Resource service(String name, String launchType)
    {
        ResourceDetails.TaskDefinition definition = new ResourceDetails.TaskDefinition("arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/" + name + ":3", name, 3,
                List.of(launchType), List.of("EC2", "FARGATE"), "awsvpc", 512, 1024, null, null, null, null, List.of(),
                List.of(new ResourceDetails.Container("app", name + ":2", 0, 0, false, true)));
        return new Resource("arn:aws:ecs:us-east-1:" + ACCOUNT + ":service/shop/" + name, ResourceType.ECS_SERVICE, ACCOUNT, "us-east-1", name, Map.of(), null,
                new ResourceDetails.EcsService("arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/shop", name, launchType, 2, 2, definition.taskDefinitionArn(),
                        List.of(), "REPLICA", definition));
    }

    private static CostEstimate cost(List<CostEstimate> costs, Resource resource)
    {
        return costs.stream().filter(cost -> cost.resourceId().equals(resource.id())).findFirst().orElseThrow();
    }
}
