package io.cloudmigrate.scoring.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.scoring.PriceMode;
import io.cloudmigrate.scoring.PriceSource;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.StrategyCost;
import io.cloudmigrate.scoring.UnpricedItem;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.cloudmigrate.scoring.Estates.ACCOUNT;
import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.classicLoadBalancer;
import static io.cloudmigrate.scoring.Estates.ec2;
import static io.cloudmigrate.scoring.Estates.graph;
import static io.cloudmigrate.scoring.Estates.inventory;
import static io.cloudmigrate.scoring.Estates.lambda;
import static io.cloudmigrate.scoring.Estates.metric;
import static io.cloudmigrate.scoring.Estates.observed;
import static io.cloudmigrate.scoring.Estates.utilization;
import static io.cloudmigrate.scoring.internal.PriceListItems.Tier;
import static io.cloudmigrate.scoring.internal.PriceListItems.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An estate of every per-use service priced through the real SDK client from a local Price List API
 * that filters real-shaped products as the API does, each amount worked out by hand from the rates.
 */
class ServicePricesFromTheApiTest
{
    private static final Duration MONTH = Duration.ofHours(730);
    private static final PriceSource API = new PriceSource(PriceListPrices.API_SOURCE, "2025-11-14");

    private final Resource web = ec2("web").publicIp("203.0.113.10").storageGb(0).build();
    private final Resource alb = resource("loadbalancer/app/shop/1", ResourceType.LOAD_BALANCER, "shop",
            new ResourceDetails.LoadBalancer("shop", "application", "internet-facing", "shop.example", List.of(), List.of(), List.of()));
    private final Resource classic = classicLoadBalancer("legacy", "HTTP");
    private final Resource nat = resource("natgateway/nat-1", ResourceType.NAT_GATEWAY, "nat-1", new ResourceDetails.NatGateway("nat-1", "subnet-1", "public"));
    private final Resource function = lambda("resize", "python3.12");
    private final Resource service = fargateService();
    private final Resource bucket = new Resource("arn:aws:s3:::media", ResourceType.S3_BUCKET, ACCOUNT, "us-east-1", "media", Map.of(), null,
            new ResourceDetails.S3Bucket("media", "2024-01-01T00:00:00Z", "Enabled", "AES256", 100L * 1024 * 1024 * 1024, 5000,
                    List.of(new ResourceDetails.StorageTypeSize("StandardStorage", 100L * 1024 * 1024 * 1024))));
    private final Resource api = resource("restapis/a1", ResourceType.API_GATEWAY_REST_API, "orders", new ResourceDetails.ApiGateway("a1", "REST", "REGIONAL", List.of()));
    private final Resource cache = resource("cluster:sessions", ResourceType.ELASTICACHE_CLUSTER, "sessions",
            new ResourceDetails.ElastiCacheCluster("sessions", "cache.m5.large", "redis", "7.1", 2, null, 6379));

    @Test
    void pricesEveryPerUseServiceFromTheApiByHand(@TempDir Path directory)
            throws Exception
    {
        List<Resource> resources = List.of(web, alb, classic, nat, function, service, bucket, api, cache);
        Inventory inventory = inventory(resources, List.of(), List.of(
                utilization(function, metric(MetricName.INVOCATIONS, 100_000, 150_000), metric(MetricName.DURATION, 200, 400)),
                utilization(api, metric(MetricName.REQUEST_COUNT, 1_000_000, 1_500_000))));
        // 150 GB a month between the internet and the web server
        GraphAnalysis graph = graph(resources, List.of(observed("internet", web.id(), 150L * 1024 * 1024 * 1024)), List.of());

        List<CostEstimate> costs;
        PriceListPrices.Outcome outcome;
        try (PriceListServer server = new PriceListServer()) {
            server.respond(ServicePricesFromTheApiTest::answer);
            outcome = PriceListPrices.create(directory, Optional.of(server.client())).catalogFor(inventory, PriceCatalog.bundled(), PriceMode.AUTO);
            costs = CostModel.create(outcome.catalog()).estimate(inventory, graph, AS_OF, MONTH);
        }

        assertThat(outcome.problems()).isEmpty();
        // m5.large 0.096 (fixture) + one public IPv4 address 0.005, × 730 hours
        assertThat(cost(costs, web).currentMonthlyUsd()).isEqualTo(73.73);
        // 150 GB to the internet at the first charged tier, 0.09 per GB: the account's free 100 GB are not given to one server
        assertThat(cost(costs, web).trafficMonthlyUsd()).isEqualTo(13.5);
        // 0.0225 × 730 = 16.425 for the hours (the trust store's 0.0055 is another product); capacity units are not measured
        assertThat(cost(costs, alb).currentMonthlyUsd()).isEqualTo(16.43);
        assertThat(cost(costs, alb).unpriced()).extracting(UnpricedItem::item).containsExactly("application load balancer capacity units (LCU)");
        // Classic: 0.025 × 730 = 18.25; Application target 16.43 as above
        assertThat(cost(costs, classic).currentMonthlyUsd()).isEqualTo(18.25);
        assertThat(cost(costs, classic).forStrategy(Strategy.REPLATFORM)).map(StrategyCost::targetMonthlyUsd).hasValue(16.43);
        // 0.045 × 730
        assertThat(cost(costs, nat).currentMonthlyUsd()).isEqualTo(32.85);
        // 100,000 requests a day × 30.4167 days × (0.0000002 + 0.2 s × 0.5 GB × 0.0000166667) = 5.68
        assertThat(cost(costs, function).currentMonthlyUsd()).isEqualTo(5.68);
        // on arm64: × (0.0000002 + 0.1 GB-s × 0.0000133334) = 4.66
        assertThat(cost(costs, function).forStrategy(Strategy.REPLATFORM)).map(StrategyCost::targetMonthlyUsd).hasValue(4.66);
        // 2 tasks × 730 × (0.5 vCPU × 0.04048 + 1 GB × 0.004445) = 36.04 (Fargate Spot's 0.01244 is another product)
        assertThat(cost(costs, service).currentMonthlyUsd()).isEqualTo(36.04);
        // 100 GB × 0.023, the first tier of S3 Standard
        assertThat(cost(costs, bucket).currentMonthlyUsd()).isEqualTo(2.3);
        // 1,000,000 requests a day × 30.4167 × 0.0000035
        assertThat(cost(costs, api).currentMonthlyUsd()).isEqualTo(106.46);
        // 2 nodes × 0.156 × 730
        assertThat(cost(costs, cache).currentMonthlyUsd()).isEqualTo(227.76);
        for (Resource resource : List.of(alb, nat, function, service, bucket, api)) {
            assertThat(cost(costs, resource).sources()).as(resource.name()).containsExactly(API);
        }
        // their targets (a Network Load Balancer, Graviton cache nodes) are not in this API's answers, so the snapshot prices those
        assertThat(cost(costs, classic).sources()).contains(API);
        assertThat(cost(costs, cache).sources()).contains(API);
        double today = costs.stream().mapToDouble(CostEstimate::currentMonthlyUsd).sum();
        assertThat(today).isCloseTo(73.73 + 16.43 + 18.25 + 32.85 + 5.68 + 36.04 + 2.3 + 106.46 + 227.76, Offset.offset(0.001));
    }

    @Test
    void leavesAServiceUnpricedWhenNeitherTheApiNorTheSnapshotHasIt(@TempDir Path directory)
            throws Exception
    {
        Resource far = new Resource("arn:aws:lambda:ap-southeast-7:" + ACCOUNT + ":function:far", ResourceType.LAMBDA_FUNCTION, ACCOUNT, "ap-southeast-7", "far",
                Map.of(), null, new ResourceDetails.LambdaFunction("far", "python3.12", "index.handler", 512, 30, 1024, "x86_64", "Zip"));
        Inventory inventory = inventory(List.of(far), List.of(), List.of(utilization(far, metric(MetricName.INVOCATIONS, 10, 20), metric(MetricName.DURATION, 100, 200))));

        try (PriceListServer server = new PriceListServer()) {
            server.respond(ServicePricesFromTheApiTest::answer);
            PriceListPrices.Outcome outcome = PriceListPrices.create(directory, Optional.of(server.client())).catalogFor(inventory, PriceCatalog.bundled(), PriceMode.AUTO);
            CostEstimate cost = CostModel.create(outcome.catalog()).estimate(inventory, graph(far), AS_OF, MONTH).getFirst();

            assertThat(cost.currentMonthlyUsd()).isZero();
            assertThat(cost.unpriced()).extracting(UnpricedItem::item).containsExactly("Lambda requests", "Lambda compute (GB-seconds)");
        }
    }

    /** Answers as the API does: the products of the service whose attributes equal every filter. */
    private static PriceListServer.Reply answer(JsonNode request)
    {
        List<String> matching = products().stream()
                .filter(product -> PriceListServer.matches(product, request))
                .toList();
        return PriceListServer.page(matching, null);
    }

    private static List<String> products()
    {
        ObjectNode m5 = (ObjectNode) read(PriceListServer.fixtureItem());
        // The fixture predates the regionCode attribute, which products carry today.
        ((ObjectNode) m5.path("product").path("attributes")).put("regionCode", "us-east-1");
        return List.of(
                m5.toString(),
                item("AWSELB", "ALBHOURS", "Load Balancer-Application", Map.of("usagetype", "LoadBalancerUsage", "operation", "LoadBalancing:Application"), "Hrs", "0.0225"),
                item("AWSELB", "ALBLCU", "Load Balancer-Application", Map.of("usagetype", "LCUUsage", "operation", "LoadBalancing:Application"), "LCU-Hrs", "0.008"),
                item("AWSELB", "ALBTRUSTSTORE", "Load Balancer-Application", Map.of("usagetype", "TS-LoadBalancerUsage", "operation", "LoadBalancing:Application"), "Hrs", "0.0055"),
                item("AWSELB", "CLBHOURS", "Load Balancer", Map.of("usagetype", "LoadBalancerUsage", "operation", "LoadBalancing"), "Hrs", "0.025"),
                item("AWSELB", "CLBBYTES", "Load Balancer", Map.of("usagetype", "DataProcessing-Bytes", "operation", "LoadBalancing"), "GB", "0.008"),
                item("AmazonEC2", "NATHOURS", "NAT Gateway", Map.of("usagetype", "NatGateway-Hours", "operation", "NatGateway"), "Hrs", "0.045"),
                item("AmazonEC2", "NATBYTES", "NAT Gateway", Map.of("usagetype", "NatGateway-Bytes", "operation", "NatGateway"), "GB", "0.045"),
                item("AmazonVPC", "IPV4INUSE", null, Map.of("usagetype", "USE1-PublicIPv4:InUseAddress", "group", "VPCPublicIPv4Address"), "Hrs", "0.005"),
                item("AmazonVPC", "IPV4IDLE", null, Map.of("usagetype", "USE1-PublicIPv4:IdleAddress", "group", "VPCPublicIPv4Address"), "Hrs", "0.005"),
                item("AmazonVPC", "ENDPOINTHOURS", "VpcEndpoint", Map.of("usagetype", "USE1-VpcEndpoint-Hours", "group", "VpcEndpoint"), "Hrs", "0.01"),
                item("AWSLambda", "LAMBDAREQUESTS", "Serverless", Map.of("usagetype", "USE1-Request", "group", "AWS-Lambda-Requests"), "Requests", "0.0000002"),
                item("AWSLambda", "LAMBDAGBS", "Serverless", Map.of("usagetype", "USE1-Lambda-GB-Second", "group", "AWS-Lambda-Duration"), "Lambda-GB-Second", List.of(
                        new Tier("0", "6000000000", "0.0000166667"), new Tier("6000000000", "15000000000", "0.0000150000"), new Tier("15000000000", "Inf", "0.0000133334"))),
                item("AWSLambda", "LAMBDAGBSARM", "Serverless", Map.of("usagetype", "USE1-Lambda-GB-Second-ARM", "group", "AWS-Lambda-Duration-ARM"), "Lambda-GB-Second", List.of(
                        new Tier("0", "7500000000", "0.0000133334"), new Tier("7500000000", "18750000000", "0.0000120001"), new Tier("18750000000", "Inf", "0.0000106667"))),
                item("AmazonECS", "FARGATEVCPU", "Compute", Map.of("usagetype", "USE1-Fargate-vCPU-Hours:perCPU", "cputype", "perCPU"), "hours", "0.04048"),
                item("AmazonECS", "FARGATEGB", "Compute", Map.of("usagetype", "USE1-Fargate-GB-Hours", "memorytype", "perGB"), "hours", "0.004445"),
                item("AmazonECS", "FARGATESPOTVCPU", "Compute", Map.of("usagetype", "USE1-SpotUsage-Fargate-vCPU-Hours:perCPU", "cputype", "perCPU"), "hours", "0.01244"),
                item("AmazonS3", "S3STANDARD", "Storage", Map.of("usagetype", "TimedStorage-ByteHrs", "volumeType", "Standard", "storageClass", "General Purpose"), "GB-Mo", List.of(
                        new Tier("0", "51200", "0.0230000000"), new Tier("51200", "512000", "0.0220000000"), new Tier("512000", "Inf", "0.0210000000"))),
                item("AmazonApiGateway", "RESTREQUESTS", "API Calls", Map.of("usagetype", "USE1-ApiGatewayRequest", "operation", "ApiGatewayRequest"), "Requests", List.of(
                        new Tier("0", "333000000", "0.0000035000"), new Tier("333000000", "1000000000", "0.0000028000"), new Tier("1000000000", "Inf", "0.0000023800"))),
                item("AmazonApiGateway", "HTTPREQUESTS", "API Calls", Map.of("usagetype", "USE1-ApiGatewayHttpRequest", "operation", "ApiGatewayHttpApi"), "Requests", List.of(
                        new Tier("0", "300000000", "0.0000010000"), new Tier("300000000", "Inf", "0.0000009000"))),
                item("AmazonElastiCache", "REDISM5LARGE", "Cache Instance", Map.of("usagetype", "USE1-NodeUsage:cache.m5.large", "instanceType", "cache.m5.large", "cacheEngine", "Redis"),
                        "Hrs", "0.156"),
                item("AWSDataTransfer", "INTERNETOUT", "Data Transfer", Map.of("usagetype", "USE1-DataTransfer-Out-Bytes", "fromRegionCode", "us-east-1", "fromLocation", "US East (N. Virginia)",
                        "toLocation", "External", "transferType", "AWS Outbound"), "GB", List.of(
                        new Tier("0", "100", "0.0000000000"), new Tier("100", "10240", "0.0900000000"), new Tier("10240", "51200", "0.0850000000"),
                        new Tier("51200", "153600", "0.0700000000"), new Tier("153600", "Inf", "0.0500000000"))));
    }

    private static JsonNode read(String json)
    {
        try {
            return JsonDocuments.mapper().readTree(json);
        }
        catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Resource resource(String path, ResourceType type, String name, ResourceDetails details)
    {
        String service = switch (type) {
            case LOAD_BALANCER -> "elasticloadbalancing";
            case NAT_GATEWAY -> "ec2";
            case API_GATEWAY_REST_API -> "apigateway";
            default -> "elasticache";
        };
        return new Resource("arn:aws:" + service + ":us-east-1:" + ACCOUNT + ":" + path, type, ACCOUNT, "us-east-1", name, Map.of(), null, details);
    }

    private static Resource fargateService()
    {
        ResourceDetails.TaskDefinition definition = new ResourceDetails.TaskDefinition("arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/thumbs:3", "thumbs", 3,
                List.of("FARGATE"), List.of("EC2", "FARGATE"), "awsvpc", 512, 1024, null, null, null, null, List.of(),
                List.of(new ResourceDetails.Container("app", "thumbs:2", 0, 0, false, true)));
        return new Resource("arn:aws:ecs:us-east-1:" + ACCOUNT + ":service/media/thumbs", ResourceType.ECS_SERVICE, ACCOUNT, "us-east-1", "thumbs", Map.of(), null,
                new ResourceDetails.EcsService("arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/media", "thumbs", "FARGATE", 2, 2, definition.taskDefinitionArn(),
                        List.of(), "REPLICA", definition));
    }

    private static CostEstimate cost(List<CostEstimate> costs, Resource resource)
    {
        return costs.stream().filter(cost -> cost.resourceId().equals(resource.id())).findFirst().orElseThrow();
    }
}
