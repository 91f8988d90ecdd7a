package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The bytes each NAT gateway processes, from flow-log bytes: traffic between a resource and the internet
 * or an AWS service's public addresses goes through the NAT gateway its subnet's route table sends
 * {@code 0.0.0.0/0} to (the explicitly associated table, else the VPC's main table).
 *
 * <p>A NAT gateway in a VPC whose resources appear in no observed edge has no measurement: its bytes are
 * unknown, not zero.
 */
final class NatTraffic
{
    private final Map<String, Long> bytesByNatGateway;
    private final Set<String> observedVpcs;

    private NatTraffic(Map<String, Long> bytesByNatGateway, Set<String> observedVpcs)
    {
        this.bytesByNatGateway = bytesByNatGateway;
        this.observedVpcs = observedVpcs;
    }

    static NatTraffic of(Inventory inventory, GraphAnalysis graph)
    {
        Map<String, Resource> resources = new TreeMap<>();
        Map<String, String> mainTables = new TreeMap<>();
        Map<String, String> subnetTables = new TreeMap<>();
        Map<String, ResourceDetails.RouteTable> tables = new TreeMap<>();
        for (Resource resource : inventory.resources()) {
            resources.put(resource.id(), resource);
            if (resource.details() instanceof ResourceDetails.RouteTable table && table.routeTableId() != null) {
                tables.put(table.routeTableId(), table);
                table.associatedSubnetIds().stream().filter(Objects::nonNull).forEach(subnet -> subnetTables.put(subnet, table.routeTableId()));
                if (table.main() && resource.network() != null && resource.network().vpcId() != null) {
                    mainTables.put(resource.network().vpcId(), table.routeTableId());
                }
            }
        }
        Map<String, Long> bytes = new TreeMap<>();
        Set<String> observedVpcs = new TreeSet<>();
        for (DependencyEdge edge : graph.edges()) {
            if (edge.kind() != EdgeKind.OBSERVED || edge.bytes() <= 0) {
                continue;
            }
            for (String end : new String[] {edge.source(), edge.target()}) {
                Resource resource = resources.get(end);
                if (resource != null && resource.network() != null && resource.network().vpcId() != null) {
                    observedVpcs.add(resource.network().vpcId());
                }
            }
            Resource inside = outside(edge.target()) ? resources.get(edge.source()) : outside(edge.source()) ? resources.get(edge.target()) : null;
            if (inside == null || inside.network() == null || inside.network().subnetIds().isEmpty()) {
                continue;
            }
            String subnet = inside.network().subnetIds().getFirst();
            String table = subnet != null && subnetTables.containsKey(subnet) ? subnetTables.get(subnet)
                    : inside.network().vpcId() == null ? null : mainTables.get(inside.network().vpcId());
            natGatewayOf(table == null ? null : tables.get(table)).ifPresent(nat -> bytes.merge(nat, edge.bytes(), Long::sum));
        }
        return new NatTraffic(bytes, observedVpcs);
    }

    /** The bytes the gateway processed over the flow logs' window, or empty when its VPC was not observed. */
    OptionalLong bytes(Resource natGateway, ResourceDetails.NatGateway details)
    {
        Long processed = details.natGatewayId() == null ? null : bytesByNatGateway.get(details.natGatewayId());
        if (processed != null) {
            return OptionalLong.of(processed);
        }
        boolean observed = natGateway.network() != null && natGateway.network().vpcId() != null && observedVpcs.contains(natGateway.network().vpcId());
        return observed ? OptionalLong.of(0) : OptionalLong.empty();
    }

    private static boolean outside(String end)
    {
        return end.equals(AddressAttribution.INTERNET) || end.startsWith(AddressAttribution.AWS_SERVICE_PREFIX);
    }

    private static Optional<String> natGatewayOf(ResourceDetails.RouteTable table)
    {
        if (table == null) {
            return Optional.empty();
        }
        return table.routes().stream()
                .filter(route -> "0.0.0.0/0".equals(route.destination()) && route.targetKind() == ResourceDetails.RouteTargetKind.NAT_GATEWAY)
                .filter(route -> !"blackhole".equals(route.state()))
                .map(ResourceDetails.Route::targetId)
                .filter(Objects::nonNull)
                .findFirst();
    }
}
