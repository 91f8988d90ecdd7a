package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceDetails.RouteTargetKind;
import io.cloudmigrate.discovery.ResourceType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Route tables of one region, with their routes and subnet associations. The placement names the VPC
 * and the explicitly associated subnets; the main route table serves the VPC's other subnets.
 */
final class RouteTableReader
{
    private static final String OPERATION = "ec2-describe-route-tables";

    /**
     * The route fields that name a target, in the order they are tried. An instance route also names
     * the instance's network interface, so the instance comes first; {@code GatewayId} names several
     * kinds and comes last.
     */
    private static final List<Map.Entry<String, RouteTargetKind>> TARGET_FIELDS = List.of(
            Map.entry("NatGatewayId", RouteTargetKind.NAT_GATEWAY),
            Map.entry("TransitGatewayId", RouteTargetKind.TRANSIT_GATEWAY),
            Map.entry("VpcPeeringConnectionId", RouteTargetKind.VPC_PEERING_CONNECTION),
            Map.entry("EgressOnlyInternetGatewayId", RouteTargetKind.EGRESS_ONLY_INTERNET_GATEWAY),
            Map.entry("InstanceId", RouteTargetKind.INSTANCE),
            Map.entry("NetworkInterfaceId", RouteTargetKind.NETWORK_INTERFACE),
            Map.entry("CarrierGatewayId", RouteTargetKind.CARRIER_GATEWAY),
            Map.entry("LocalGatewayId", RouteTargetKind.LOCAL_GATEWAY),
            Map.entry("CoreNetworkArn", RouteTargetKind.CORE_NETWORK));

    private RouteTableReader() {}

    static void read(RegionContext context)
    {
        for (JsonNode table : context.items(OPERATION, "RouteTables")) {
            String routeTableId = Json.text(table, "RouteTableId");
            if (routeTableId == null) {
                continue;
            }
            boolean main = false;
            Set<String> subnetIds = new TreeSet<>();
            for (JsonNode association : Json.array(table, "Associations")) {
                if ("disassociated".equals(Json.textAt(association, "AssociationState", "State"))) {
                    continue;
                }
                main |= Json.bool(association, "Main");
                subnetIds.addAll(Json.present(Json.text(association, "SubnetId")));
            }
            List<ResourceDetails.Route> routes = new ArrayList<>();
            for (JsonNode route : Json.array(table, "Routes")) {
                route(route).ifPresent(routes::add);
            }
            Set<String> gateways = new TreeSet<>(Json.texts(table, "PropagatingVgws", "GatewayId"));
            String vpcId = Json.text(table, "VpcId");
            NetworkPlacement placement = new NetworkPlacement(vpcId, List.copyOf(subnetIds), List.of(), List.of(), List.of(), List.of());
            ResourceDetails details = new ResourceDetails.RouteTable(routeTableId, main, List.copyOf(subnetIds), routes, List.copyOf(gateways));
            Map<String, String> tags = Json.tags(table);
            context.estate().add(context, new Resource(context.scope().ec2("route-table", routeTableId), ResourceType.ROUTE_TABLE, context.accountId(),
                    context.region(), Json.name(tags, routeTableId), tags, placement, details), context.files().documentPath(OPERATION));
        }
    }

    private static Optional<ResourceDetails.Route> route(JsonNode route)
    {
        String destination = Json.text(route, "DestinationCidrBlock");
        destination = destination != null ? destination : Json.text(route, "DestinationIpv6CidrBlock");
        destination = destination != null ? destination : Json.text(route, "DestinationPrefixListId");
        if (destination == null) {
            return Optional.empty();
        }
        RouteTargetKind kind = RouteTargetKind.OTHER;
        String targetId = null;
        for (Map.Entry<String, RouteTargetKind> field : TARGET_FIELDS) {
            targetId = Json.text(route, field.getKey());
            if (targetId != null) {
                kind = field.getValue();
                break;
            }
        }
        if (targetId == null) {
            targetId = Json.text(route, "GatewayId");
            kind = gatewayKind(targetId);
        }
        return Optional.of(new ResourceDetails.Route(destination, kind, targetId, Json.text(route, "State"), Json.text(route, "Origin")));
    }

    /** {@code GatewayId} holds {@code local}, an internet gateway, a virtual private gateway or a gateway endpoint. */
    private static RouteTargetKind gatewayKind(String gatewayId)
    {
        if (gatewayId == null) {
            return RouteTargetKind.OTHER;
        }
        if (gatewayId.equals("local")) {
            return RouteTargetKind.LOCAL;
        }
        if (gatewayId.startsWith("igw-")) {
            return RouteTargetKind.INTERNET_GATEWAY;
        }
        if (gatewayId.startsWith("vgw-")) {
            return RouteTargetKind.VPN_GATEWAY;
        }
        if (gatewayId.startsWith("vpce-")) {
            return RouteTargetKind.VPC_ENDPOINT;
        }
        return RouteTargetKind.OTHER;
    }
}
