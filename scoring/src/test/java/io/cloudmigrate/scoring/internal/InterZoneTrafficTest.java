package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.ListedPrice;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceSource;
import io.cloudmigrate.scoring.UnpricedItem;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static io.cloudmigrate.scoring.Estates.ACCOUNT;
import static io.cloudmigrate.scoring.Estates.AS_OF;
import static io.cloudmigrate.scoring.Estates.ec2;
import static io.cloudmigrate.scoring.Estates.graph;
import static io.cloudmigrate.scoring.Estates.inventory;
import static io.cloudmigrate.scoring.Estates.observed;
import static org.assertj.core.api.Assertions.assertThat;

/** Traffic between Availability Zones of one region is charged both ways, at the price list's intra-region rate. */
class InterZoneTrafficTest
{
    private static final long GB = 1024L * 1024 * 1024;
    private static final Duration MONTH = Duration.ofHours(730);

    private final Resource client = inSubnet(ec2("client").storageGb(0).build(), "subnet-a");
    private final Resource server = inSubnet(ec2("server").storageGb(0).build(), "subnet-b");
    private final Inventory estate = inventory(client, server, subnet("subnet-a", "us-east-1a"), subnet("subnet-b", "us-east-1b"));

    @Test
    void chargesTheServerTwiceTheIntraRegionRateForBytesCrossingZones()
    {
        PriceCatalog prices = PriceCatalog.bundled().overlay(List.of(
                new ListedPrice("us-east-1", "US East (N. Virginia)", "datatransfer.inter-az.gb", 0.01, new PriceSource("AWS Price List API", "2025-11-14"), List.of())));

        CostEstimate cost = serverCost(prices);

        // 40 GB × 0.01 out of one zone + 40 GB × 0.01 into the other
        assertThat(cost.trafficMonthlyUsd()).isEqualTo(0.8);
        assertThat(cost.basis()).contains("40.0 GB/month across Availability Zones");
    }

    @Test
    void leavesZoneTrafficUnpricedWhenTheSourceHasNoRateForIt()
    {
        CostEstimate cost = serverCost(PriceCatalog.bundled());

        assertThat(cost.trafficMonthlyUsd()).isZero();
        assertThat(cost.unpriced()).extracting(UnpricedItem::item).containsExactly("data transfer between Availability Zones");
    }

    @Test
    void chargesNothingBetweenResourcesOfOneZone()
    {
        Inventory sameZone = inventory(client, server, subnet("subnet-a", "us-east-1a"), subnet("subnet-b", "us-east-1a"));

        CostEstimate cost = CostModel.create().estimate(sameZone, graph(sameZone.resources(), List.of(observed(client.id(), server.id(), 40 * GB)), List.of()), AS_OF, MONTH)
                .stream().filter(estimate -> estimate.resourceId().equals(server.id())).findFirst().orElseThrow();

        assertThat(cost.trafficMonthlyUsd()).isZero();
        assertThat(cost.unpriced()).isEmpty();
    }

    private CostEstimate serverCost(PriceCatalog prices)
    {
        return CostModel.create(prices).estimate(estate, graph(estate.resources(), List.of(observed(client.id(), server.id(), 40 * GB)), List.of()), AS_OF, MONTH)
                .stream().filter(estimate -> estimate.resourceId().equals(server.id())).findFirst().orElseThrow();
    }

    private static Resource inSubnet(Resource resource, String subnet)
    {
        NetworkPlacement network = resource.network();
        return new Resource(resource.id(), resource.type(), resource.accountId(), resource.region(), resource.name(), resource.tags(),
                new NetworkPlacement(network.vpcId(), List.of(subnet), network.securityGroupIds(), network.networkInterfaceIds(), network.privateIpAddresses(), List.of()),
                resource.details());
    }

    private static Resource subnet(String id, String zone)
    {
        return new Resource("arn:aws:ec2:us-east-1:" + ACCOUNT + ":subnet/" + id, ResourceType.SUBNET, ACCOUNT, "us-east-1", id, Map.of(),
                new NetworkPlacement("vpc-1", List.of(id), List.of(), List.of(), List.of(), List.of()),
                new ResourceDetails.Subnet(id, "10.0.0.0/24", zone, false));
    }
}
