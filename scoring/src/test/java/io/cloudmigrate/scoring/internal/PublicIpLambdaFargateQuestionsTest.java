package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.scoring.PriceMode;
import io.cloudmigrate.scoring.PriceSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static io.cloudmigrate.scoring.Estates.ACCOUNT;
import static io.cloudmigrate.scoring.Estates.ec2;
import static io.cloudmigrate.scoring.Estates.inventory;
import static io.cloudmigrate.scoring.Estates.lambda;
import static io.cloudmigrate.scoring.internal.PriceListItems.Tier;
import static io.cloudmigrate.scoring.internal.PriceListItems.item;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact {@code GetProducts} filters sent for public IPv4 addresses, Lambda and Fargate, and the product each
 * answer's rate is taken from, against a local Price List API holding products in the real shape, with
 * neighbours that share the filters (idle addresses, provisioned concurrency, Fargate Spot).
 */
class PublicIpLambdaFargateQuestionsTest
{
    private static final PriceSource API = new PriceSource(PriceListPrices.API_SOURCE, "2025-11-14");
    private static final Set<String> SERVICES = Set.of("AmazonVPC", "AWSLambda", "AmazonECS");

    @Test
    void sendsTheExactFiltersAndTakesTheRateOfTheRightProduct(@TempDir Path cache)
            throws Exception
    {
        Resource web = ec2("web").publicIp("203.0.113.10").build();
        Resource function = lambda("resize", "python3.12");
        Resource service = fargateService();
        Inventory inventory = inventory(web, function, service);

        PriceCatalog catalog;
        try (PriceListServer server = new PriceListServer()) {
            server.respond(request -> PriceListServer.page(products().stream().filter(product -> PriceListServer.matches(product, request)).toList(), null));
            catalog = PriceListPrices.create(cache, Optional.of(server.client())).catalogFor(inventory, PriceCatalog.bundled(), PriceMode.AUTO).catalog();

            assertThat(server.requests()).extracting(S3StorageClassPricesTest::question)
                    .filteredOn(question -> SERVICES.contains(question.substring(0, question.indexOf(' '))))
                    .containsExactlyInAnyOrder(
                            "AmazonVPC {regionCode=us-east-1}",
                            "AWSLambda {group=AWS-Lambda-Requests, regionCode=us-east-1}",
                            "AWSLambda {group=AWS-Lambda-Duration, regionCode=us-east-1}",
                            "AWSLambda {group=AWS-Lambda-Duration-ARM, regionCode=us-east-1}",
                            "AmazonECS {productFamily=Compute, regionCode=us-east-1}");
        }

        Map<String, Double> expected = Map.of(
                "vpc.public-ipv4.hour", 0.005,
                "lambda.request", 0.0000002,
                "lambda.gb-second.x86_64", 0.0000166667,
                "lambda.gb-second.arm64", 0.0000133334,
                "fargate.vcpu-hour.x86_64", 0.04048,
                "fargate.gb-hour.x86_64", 0.004445);
        expected.forEach((dimension, rate) -> {
            assertThat(catalog.price("us-east-1", dimension)).as(dimension).hasValue(rate);
            assertThat(catalog.sourceOf("us-east-1", dimension)).as(dimension).isEqualTo(API);
        });
    }

    /** Products as the AWS Price List answers them for us-east-1 (attributes of the published price list, November 2025). */
    private static List<String> products()
    {
        return List.of(
                item("AmazonVPC", "IPV4INUSE", null, Map.of("usagetype", "USE1-PublicIPv4:InUseAddress", "group", "VPCPublicIPv4Address",
                        "groupDescription", "Hourly charge for In-use Public IPv4 Addresses", "operation", "", "servicename", "Amazon Virtual Private Cloud"), "Hrs", "0.005"),
                item("AmazonVPC", "IPV4IDLE", null, Map.of("usagetype", "USE1-PublicIPv4:IdleAddress", "group", "VPCPublicIPv4Address",
                        "groupDescription", "Hourly charge for Idle Public IPv4 Addresses", "operation", "", "servicename", "Amazon Virtual Private Cloud"), "Hrs", "0.0051"),
                item("AWSLambda", "LAMBDAREQUESTS", "Serverless", Map.of("usagetype", "USE1-Request", "group", "AWS-Lambda-Requests",
                        "groupDescription", "Invocation call for a Lambda function", "operation", "Invoke", "servicename", "AWS Lambda"), "Requests", "0.0000002"),
                item("AWSLambda", "LAMBDAGBS", "Serverless", Map.of("usagetype", "USE1-Lambda-GB-Second", "group", "AWS-Lambda-Duration",
                        "groupDescription", "Invocation duration weighted by memory assigned to function", "operation", "Invoke"), "Lambda-GB-Second", List.of(
                        new Tier("0", "6000000000", "0.0000166667"), new Tier("6000000000", "15000000000", "0.0000150000"), new Tier("15000000000", "Inf", "0.0000133334"))),
                item("AWSLambda", "LAMBDAGBSARM", "Serverless", Map.of("usagetype", "USE1-Lambda-GB-Second-ARM", "group", "AWS-Lambda-Duration-ARM",
                        "operation", "Invoke"), "Lambda-GB-Second", List.of(
                        new Tier("0", "7500000000", "0.0000133334"), new Tier("7500000000", "18750000000", "0.0000120001"), new Tier("18750000000", "Inf", "0.0000106667"))),
                // same unit as the duration products, another group: a filter on the unit alone would take it
                item("AWSLambda", "LAMBDAPROVISIONED", "Serverless", Map.of("usagetype", "USE1-Lambda-Provisioned-GB-Second", "group", "AWS-Lambda-Duration-Provisioned",
                        "operation", "Invoke"), "Lambda-GB-Second", "0.0000097222"),
                item("AmazonECS", "FARGATEVCPU", "Compute", Map.of("usagetype", "USE1-Fargate-vCPU-Hours:perCPU", "cputype", "perCPU", "operation", ""), "hours", "0.04048"),
                item("AmazonECS", "FARGATEGB", "Compute", Map.of("usagetype", "USE1-Fargate-GB-Hours", "memorytype", "perGB", "operation", ""), "hours", "0.004445"),
                item("AmazonECS", "FARGATESPOTVCPU", "Compute", Map.of("usagetype", "USE1-SpotUsage-Fargate-vCPU-Hours:perCPU", "cputype", "perCPU", "operation", ""), "hours", "0.01244"),
                item("AmazonECS", "FARGATESPOTGB", "Compute", Map.of("usagetype", "USE1-SpotUsage-Fargate-GB-Hours", "memorytype", "perGB", "operation", ""), "hours", "0.00137"));
    }

    private static Resource fargateService()
    {
        return new Resource("arn:aws:ecs:us-east-1:" + ACCOUNT + ":service/media/thumbs", ResourceType.ECS_SERVICE, ACCOUNT, "us-east-1", "thumbs", Map.of(), null,
                new ResourceDetails.EcsService("arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/media", "thumbs", "FARGATE", 2, 2, null, List.of()));
    }
}
