package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.ResourceDetails;

import java.util.List;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;

/**
 * Routes in words for runbooks: {@code 0.0.0.0/0} to NAT gateway {@code nat-0a1}, and so on.
 */
final class RouteDescriptions
{
    private RouteDescriptions() {}

    /** The routes of a table, propagated ones left out (the gateway brings them back), as one Markdown line. */
    static String routes(ResourceDetails.RouteTable routeTable)
    {
        List<String> routes = routeTable.routes().stream()
                .filter(route -> !"EnableVgwRoutePropagation".equals(route.origin()))
                .map(route -> code(String.valueOf(route.destination())) + " to " + target(route)
                        + ("blackhole".equals(route.state()) ? " (blackhole: its target is gone)" : ""))
                .toList();
        return routes.isEmpty() ? "no routes" : String.join(", ", routes);
    }

    private static String target(ResourceDetails.Route route)
    {
        String id = code(String.valueOf(route.targetId()));
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
