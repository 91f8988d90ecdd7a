package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleCompute.Function;
import io.cloudmigrate.discovery.sample.SampleCompute.UsageProfile;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;
import io.cloudmigrate.discovery.sample.SampleNetwork.Tag;
import io.cloudmigrate.discovery.sample.SampleServices.EventSourceMapping;
import io.cloudmigrate.discovery.sample.SampleServices.HttpApi;
import io.cloudmigrate.discovery.sample.SampleServices.HttpRoute;
import io.cloudmigrate.discovery.sample.SampleServices.RestApi;
import io.cloudmigrate.discovery.sample.SampleServices.RestMethod;

import java.util.List;

/**
 * The storefront's serverless side in us-east-1: a REST API and an HTTP API in front of Lambda
 * functions, most of them in the storefront VPC so they can reach PostgreSQL. One still runs on
 * python3.9, a runtime Lambda has deprecated. The partner webhook function was deployed by hand
 * and never tagged: nobody has claimed it, like the API in front of it.
 */
final class NorthwindServerless
{
    private NorthwindServerless() {}

    /**
     * Usage profiles of functions: the level is the average duration in milliseconds and the volume
     * the invocations per day.
     */
    static void build(EstateBuilder estate, AccountRegion where, List<Subnet> subnets)
    {
        List<SecurityGroup> groups = List.of(estate.securityGroup("storefront-lambda"));
        Function getOrder = estate.function("orders-api-get-order", where, "python3.9", "app.handler", 512, 15, 4_218_334, "x86_64",
                "Returns one order by id", subnets, groups, UsageProfile.steady(48, 0, 152_000), "2023-08-09T14:02:51.000+0000",
                functionTags(NorthwindStorefront.ORDERS_TEAM, "orders-api"));
        Function createOrder = estate.function("orders-api-create-order", where, "python3.12", "app.handler", 1024, 29, 6_902_113, "arm64",
                "Creates an order and publishes OrderCreated", subnets, groups, UsageProfile.steady(182, 0, 41_000), "2026-09-30T08:41:12.000+0000",
                functionTags(NorthwindStorefront.ORDERS_TEAM, "orders-api"));
        Function search = estate.function("catalog-api-search", where, "nodejs22.x", "index.handler", 1024, 10, 2_811_774, "arm64",
                "Full-text catalog search", subnets, groups, UsageProfile.steady(95, 0, 415_000), "2026-10-14T16:05:33.000+0000",
                functionTags(NorthwindStorefront.TEAM, "catalog"));
        Function consumer = estate.function("order-events-consumer", where, "java21", "com.northwind.orders.OrderEventsHandler::handleRequest", 2048, 60,
                18_402_661, "x86_64", "Consumes order events from SQS", subnets, groups, UsageProfile.steady(310, 0, 36_000), "2026-06-02T11:27:45.000+0000",
                functionTags(NorthwindStorefront.ORDERS_TEAM, "orders"));
        Function webhook = estate.function("notifications-webhook", where, "python3.12", "webhook.handler", 256, 10, 1_204_551, "arm64",
                "Partner payment and shipping webhooks", List.of(), List.of(), UsageProfile.bursty(140, 0, 8_200), "2026-02-17T09:51:08.000+0000",
                List.of());

        estate.eventSourceMapping(new EventSourceMapping(SampleIds.uuid("esm:order-events"), consumer,
                "arn:aws:sqs:" + where.region() + ":" + where.accountId() + ":order-events", 10, "2026-06-02T11:30:00.000000+00:00"));

        estate.restApi(new RestApi(SampleIds.alphanumeric("rest:storefront-public-api", 10), "storefront-public-api", where,
                "Public storefront API: orders and catalog",
                List.of(
                        new RestMethod("/orders", "POST", createOrder),
                        new RestMethod("/orders", "OPTIONS", null),
                        new RestMethod("/orders/{orderId}", "GET", getOrder),
                        new RestMethod("/catalog/search", "GET", search)),
                apiTags(NorthwindStorefront.TEAM, "storefront-api"), "2021-04-12T10:15:31+00:00"));
        estate.httpApi(new HttpApi(SampleIds.alphanumeric("http:partner-webhooks", 10), "partner-webhooks", where,
                List.of(new HttpRoute("POST /webhooks/payment", webhook), new HttpRoute("POST /webhooks/shipping", webhook)),
                apiTags(null, "partner-webhooks"), "2024-02-05T13:40:02+00:00"));
    }

    private static List<Tag> apiTags(String owner, String application)
    {
        // API Gateway has no Name tag by convention: the API name is the name
        return SampleTags.unnamed("production", owner, application, NorthwindStorefront.COST_CENTER);
    }

    private static List<Tag> functionTags(String owner, String application)
    {
        return SampleTags.unnamed("production", owner, application, NorthwindStorefront.COST_CENTER);
    }
}
