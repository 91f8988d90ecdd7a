package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.graph.DependencyEdge;
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

/** NAT gateways are charged for the flow-log bytes of the subnets whose default route goes through them. */
class NatTrafficTest
{
    private static final long GB = 1024L * 1024 * 1024;
    private static final PriceSource API = new PriceSource("AWS Price List API", "2025-11-14");
    private static final PriceCatalog PRICES = PriceCatalog.bundled().overlay(List.of(
            new ListedPrice("us-east-1", "US East (N. Virginia)", "vpc.nat-gateway.hour", 0.045, API, List.of()),
            new ListedPrice("us-east-1", "US East (N. Virginia)", "vpc.nat-gateway.gb", 0.045, API, List.of())));

    private final Resource app = ec2("app").storageGb(0).build();
    private final Resource nat = new Resource("arn:aws:ec2:us-east-1:" + ACCOUNT + ":natgateway/nat-1", ResourceType.NAT_GATEWAY, ACCOUNT, "us-east-1", "nat-1", Map.of(),
            new NetworkPlacement("vpc-1", List.of("subnet-public"), List.of(), List.of(), List.of("10.0.9.9"), List.of()),
            new ResourceDetails.NatGateway("nat-1", "subnet-public", "public"));

    @Test
    void chargesTheBytesOfASubnetRoutedThroughTheGatewayByItsMainRouteTable()
    {
        Inventory inventory = inventory(app, nat, routeTable("rtb-main", true, List.of(), "nat-1"));
        // 20 GB a week to the internet: 20 × 730 / 168 GB a month
        List<DependencyEdge> edges = List.of(observed(app.id(), "internet", 20 * GB));

        CostEstimate cost = natCost(inventory, edges, Duration.ofDays(7));

        // 0.045 × 730 + 86.905 GB × 0.045 = 32.85 + 3.91
        assertThat(cost.currentMonthlyUsd()).isEqualTo(36.76);
        assertThat(cost.unpriced()).isEmpty();
        assertThat(cost.basis()).contains("NAT gateway: 86.9 GB/month processed");
    }

    @Test
    void chargesNothingProcessedWhenTheSubnetHasItsOwnTableToAnInternetGateway()
    {
        Inventory inventory = inventory(app, nat, routeTable("rtb-main", true, List.of(), "nat-1"), routeTable("rtb-public", false, List.of("subnet-1"), null));
        List<DependencyEdge> edges = List.of(observed(app.id(), "internet", 20 * GB));

        CostEstimate cost = natCost(inventory, edges, Duration.ofDays(7));

        // the VPC is in the flow logs and none of its traffic went through the gateway: 0 GB is measured
        assertThat(cost.currentMonthlyUsd()).isEqualTo(32.85);
        assertThat(cost.unpriced()).isEmpty();
    }

    @Test
    void leavesDataProcessedUnpricedWhenNoFlowLogsCoverTheVpc()
    {
        Inventory inventory = inventory(app, nat, routeTable("rtb-main", true, List.of(), "nat-1"));

        CostEstimate cost = natCost(inventory, List.of(), Duration.ofDays(7));

        assertThat(cost.currentMonthlyUsd()).isEqualTo(32.85);
        assertThat(cost.unpriced()).extracting(UnpricedItem::describe)
                .containsExactly("NAT gateway data processed: no flow logs cover its VPC, so the GB it processes are unknown");
    }

    private CostEstimate natCost(Inventory inventory, List<DependencyEdge> edges, Duration window)
    {
        return CostModel.create(PRICES).estimate(inventory, graph(inventory.resources(), edges, List.of()), AS_OF, window).stream()
                .filter(cost -> cost.resourceId().equals(nat.id()))
                .findFirst()
                .orElseThrow();
    }

    private static Resource routeTable(String id, boolean main, List<String> subnets, String natGateway)
    {
        List<ResourceDetails.Route> routes = natGateway == null
                ? List.of(new ResourceDetails.Route("0.0.0.0/0", ResourceDetails.RouteTargetKind.INTERNET_GATEWAY, "igw-1", "active", "CreateRoute"))
                : List.of(new ResourceDetails.Route("0.0.0.0/0", ResourceDetails.RouteTargetKind.NAT_GATEWAY, natGateway, "active", "CreateRoute"));
        return new Resource("arn:aws:ec2:us-east-1:" + ACCOUNT + ":route-table/" + id, ResourceType.ROUTE_TABLE, ACCOUNT, "us-east-1", id, Map.of(),
                new NetworkPlacement("vpc-1", List.of(), List.of(), List.of(), List.of(), List.of()),
                new ResourceDetails.RouteTable(id, main, subnets, routes, List.of()));
    }
}
