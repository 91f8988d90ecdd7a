package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.UnpricedItem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.cloudmigrate.scoring.Estates.ACCOUNT;
import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.graph;
import static io.cloudmigrate.scoring.Estates.inventory;
import static org.assertj.core.api.Assertions.assertThat;

/** The resources that used to count as $0: each now names what is missing. */
class UnpricedResourcesTest
{
    private final CostModel model = CostModel.create();

    @Test
    void listsANatGatewaysHoursAndDataAsUnpriced()
    {
        CostEstimate cost = estimate(resource("natgateway/nat-1", ResourceType.NAT_GATEWAY, new ResourceDetails.NatGateway("nat-1", "subnet-1", "public")));

        assertThat(cost.currentMonthlyUsd()).isZero();
        assertThat(cost.unpriced()).containsExactly(
                new UnpricedItem("NAT gateway hours", "no vpc.nat-gateway.hour price for us-east-1 in the prices published 2025-06"),
                new UnpricedItem("NAT gateway data processed", "no flow logs cover its VPC, so the GB it processes are unknown"));
    }

    @Test
    void listsTheStorageOfABucketOfUnknownSizeAsUnpriced()
    {
        CostEstimate cost = estimate(resource("logs", ResourceType.S3_BUCKET, new ResourceDetails.S3Bucket("logs", "2024-01-01T00:00:00Z", "Enabled", "AES256", -1, -1, List.of())));

        assertThat(cost.currentMonthlyUsd()).isZero();
        assertThat(cost.unpriced()).extracting(UnpricedItem::item).containsExactly("S3 storage");
    }

    @Test
    void pricesABucketOfKnownSizeAtTheStandardRate()
    {
        long tenGib = 10L * 1024 * 1024 * 1024;
        CostEstimate cost = estimate(resource("data", ResourceType.S3_BUCKET, new ResourceDetails.S3Bucket("data", "2024-01-01T00:00:00Z", "Enabled", "AES256", tenGib, 5,
                List.of(new ResourceDetails.StorageTypeSize("StandardStorage", tenGib)))));

        // 10 GB × 0.023 USD per GB-month
        assertThat(cost.currentMonthlyUsd()).isEqualTo(0.23);
        assertThat(cost.unpriced()).isEmpty();
    }

    @Test
    void listsTheRequestsOfAnApiWithoutMetricsAsUnpriced()
    {
        CostEstimate cost = estimate(resource("restapis/a1", ResourceType.API_GATEWAY_REST_API, new ResourceDetails.ApiGateway("a1", "REST", "REGIONAL", List.of())));

        assertThat(cost.currentMonthlyUsd()).isZero();
        assertThat(cost.unpriced()).containsExactly(new UnpricedItem("API Gateway requests", "the API has no request metrics"));
    }

    private CostEstimate estimate(Resource resource)
    {
        return model.estimate(inventory(resource), graph(resource), AS_OF, Duration.ofHours(730)).getFirst();
    }

    private static Resource resource(String name, ResourceType type, ResourceDetails details)
    {
        return new Resource("arn:aws:test:us-east-1:" + ACCOUNT + ":" + name, type, ACCOUNT, "us-east-1", name, Map.of(), null, details);
    }
}
