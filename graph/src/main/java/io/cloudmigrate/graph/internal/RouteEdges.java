package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceDetails.RouteTable;
import io.cloudmigrate.discovery.RouteTables;
import io.cloudmigrate.graph.EdgeKind;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;

/**
 * Configured edges from routes. A route through an EC2 instance or a network interface (a NAT
 * instance, a firewall, a proxy appliance) makes every workload in a subnet that uses the route table
 * depend on the workload holding that instance or interface: its traffic to the destination passes
 * through it, so the appliance has to be in place first (or move with them). Routes to gateways,
 * NAT gateways, peering connections, transit gateways and endpoints give no edge: those are the
 * network foundation, which the target VPC provides before any wave, not workloads that move in one.
 *
 * <p>Which subnets a table serves is {@link RouteTables#servedSubnets}. Blackhole routes (their target is gone) are
 * ignored. Runs in O(route tables × workloads).
 */
final class RouteEdges
{
    private static final String BLACKHOLE = "blackhole";

    private RouteEdges() {}

    static void collect(Inventory inventory, Workloads workloads, EdgeCollector edges)
    {
        Map<String, SortedSet<String>> servedByTable = RouteTables.servedSubnets(inventory.resources());
        List<Resource> tables = inventory.resources().stream().filter(resource -> resource.details() instanceof RouteTable).toList();
        for (Resource table : tables) {
            RouteTable routeTable = (RouteTable) table.details();
            Set<String> served = servedByTable.get(table.id());
            if (served.isEmpty()) {
                continue;
            }
            for (ResourceDetails.Route route : routeTable.routes()) {
                if (BLACKHOLE.equals(route.state()) || route.targetId() == null) {
                    continue;
                }
                appliance(workloads, table, route).ifPresent(applianceId -> {
                    String appliance = workloads.resource(applianceId).map(Resource::name).orElse(applianceId);
                    String evidence = "route table " + table.name() + " sends " + route.destination() + " through " + appliance + " (" + route.targetId() + ")";
                    for (Resource workload : workloads.resources()) {
                        if (workload.network().subnetIds().stream().anyMatch(served::contains)) {
                            edges.add(workload.id(), applianceId, EdgeKind.CONFIGURED, -1, null, 0, 0, evidence);
                        }
                    }
                });
            }
        }
    }

    private static Optional<String> appliance(Workloads workloads, Resource table, ResourceDetails.Route route)
    {
        return switch (route.targetKind()) {
            case INSTANCE -> workloads.instance(route.targetId(), table.accountId(), table.region());
            case NETWORK_INTERFACE -> workloads.networkInterfaceOwner(route.targetId());
            case LOCAL, INTERNET_GATEWAY, EGRESS_ONLY_INTERNET_GATEWAY, NAT_GATEWAY, TRANSIT_GATEWAY, VPC_PEERING_CONNECTION, VPC_ENDPOINT,
                 VPN_GATEWAY, CARRIER_GATEWAY, LOCAL_GATEWAY, CORE_NETWORK, OTHER -> Optional.empty();
        };
    }
}
