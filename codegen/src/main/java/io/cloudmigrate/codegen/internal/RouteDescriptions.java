package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.RouteTables;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;
import static io.cloudmigrate.codegen.internal.MarkdownText.orUnknown;

/**
 * Routes in words for runbooks: {@code 0.0.0.0/0} to NAT gateway {@code nat-0a1}, and so on.
 */
final class RouteDescriptions
{
    private RouteDescriptions() {}

    /**
     * The routes of a table as one Markdown line, without the VPC's own range (every VPC has it) and
     * propagated routes (the gateway brings them back).
     */
    static String routes(ResourceDetails.RouteTable routeTable)
    {
        return routes(routeTable, true);
    }

    /** As {@link #routes(ResourceDetails.RouteTable)}, in plain text when {@code markdown} is false (for lines the runbook escapes). */
    private static String routes(ResourceDetails.RouteTable routeTable, boolean markdown)
    {
        List<String> routes = routeTable.routes().stream()
                .filter(route -> route.targetKind() != ResourceDetails.RouteTargetKind.LOCAL && !"EnableVgwRoutePropagation".equals(route.origin()))
                .map(route -> format(orUnknown(route.destination()), markdown) + " to " + target(route, markdown)
                        + ("blackhole".equals(route.state()) ? " (blackhole: its target is gone)" : ""))
                .toList();
        return routes.isEmpty() ? "no routes" : String.join(", ", routes);
    }

    /**
     * The estate's route tables and the subnets each serves, found once for all the runbooks of a
     * generation: finding them per runbook walked the whole estate for each of them.
     */
    record Served(List<Resource> tables, Map<String, SortedSet<String>> servedByTable)
    {
        Served
        {
            tables = List.copyOf(tables);
            servedByTable = Map.copyOf(servedByTable);
        }

        static Served of(List<Resource> estate)
        {
            return new Served(estate.stream().filter(resource -> resource.details() instanceof ResourceDetails.RouteTable).toList(), RouteTables.servedSubnets(estate));
        }

        /**
         * One line per route table that serves one of {@code subnetIds} (subnets the targets are placed in) and has
         * routes beyond the VPC's own range: the target network needs the same routes (to its own gateways and
         * appliances) before the wave. Which subnets a table serves is {@link RouteTables#servedSubnets}.
         */
        List<String> prerequisites(Collection<String> subnetIds)
        {
            return RouteDescriptions.prerequisites(subnetIds, tables, servedByTable);
        }
    }

    private static List<String> prerequisites(Collection<String> subnetIds, List<Resource> tables, Map<String, SortedSet<String>> servedByTable)
    {
        SortedMap<String, String> lines = new TreeMap<>();
        for (Resource table : tables) {
            ResourceDetails.RouteTable routeTable = (ResourceDetails.RouteTable) table.details();
            SortedSet<String> served = new TreeSet<>(subnetIds);
            served.retainAll(servedByTable.get(table.id()));
            boolean beyondVpc = routeTable.routes().stream()
                    .anyMatch(route -> route.targetKind() != ResourceDetails.RouteTargetKind.LOCAL && !"EnableVgwRoutePropagation".equals(route.origin()));
            if (!served.isEmpty() && beyondVpc) {
                String name = table.name().equals(routeTable.routeTableId()) ? routeTable.routeTableId() : table.name() + " (" + routeTable.routeTableId() + ")";
                lines.put(table.id(), "Routes for the target subnets replacing " + String.join(", ", served) + ", as route table " + name
                        + (routeTable.main() ? " (the VPC's main table)" : "") + " has them: " + routes(routeTable, false) + ".");
            }
        }
        return List.copyOf(lines.values());
    }

    private static String format(String value, boolean markdown)
    {
        return markdown ? code(value) : value;
    }

    private static String target(ResourceDetails.Route route, boolean markdown)
    {
        String id = format(orUnknown(route.targetId()), markdown);
        return switch (route.targetKind()) {
            case LOCAL -> "the VPC itself";
            case INTERNET_GATEWAY -> "internet gateway " + id;
            case EGRESS_ONLY_INTERNET_GATEWAY -> "egress-only internet gateway " + id;
            case NAT_GATEWAY -> "NAT gateway " + id;
            case TRANSIT_GATEWAY -> "transit gateway " + id;
            case VPC_PEERING_CONNECTION -> "peering connection " + id;
            case VPC_ENDPOINT -> "VPC endpoint " + id;
            case VPN_GATEWAY -> "virtual private gateway " + id;
            case INSTANCE -> "instance " + id;
            case NETWORK_INTERFACE -> "network interface " + id;
            case CARRIER_GATEWAY -> "carrier gateway " + id;
            case LOCAL_GATEWAY -> "local gateway " + id;
            case CORE_NETWORK -> "Cloud WAN core network " + id;
            case OTHER -> id;
        };
    }
}
