package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleCompute.Instance;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.NatGateway;
import io.cloudmigrate.discovery.sample.SampleNetwork.PeerKind;
import io.cloudmigrate.discovery.sample.SampleNetwork.Rule;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;
import io.cloudmigrate.discovery.sample.SampleNetwork.Tag;
import io.cloudmigrate.discovery.sample.SampleNetwork.Vpc;
import io.cloudmigrate.discovery.sample.SampleNetwork.VpcEndpoint;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.array;
import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.object;

/**
 * Writes {@code ec2-describe-route-tables.json}. Every VPC has its main table (the default VPC's
 * routes to its internet gateway); a VPC with public subnets has a public table to its internet
 * gateway; one with private subnets a private table to its NAT gateway, its gateway endpoints and the
 * VPCs it is peered with (a security group naming a group in another VPC means a peering). The
 * forgotten VPN test instance in eu-west-1 still has a route to the old office range through it.
 */
final class RouteTableJsonWriter
{
    /** The old office range the VPN test reached. */
    static final String VPN_RANGE = "172.16.0.0/12";
    private static final String VPN_INSTANCE = "old-vpn-test";

    private final SampleTopology topology;
    private final AwsCliJsonWriter out;

    RouteTableJsonWriter(SampleTopology topology, AwsCliJsonWriter out)
    {
        this.topology = topology;
        this.out = out;
    }

    void write(AccountRegion region)
    {
        ArrayNode tables = array();
        topology.vpcs().stream().filter(vpc -> vpc.where().equals(region)).forEach(vpc -> {
            List<Subnet> subnets = topology.subnets().stream().filter(subnet -> subnet.vpc().equals(vpc)).toList();
            List<Subnet> publicSubnets = subnets.stream().filter(Subnet::isPublic).toList();
            List<Subnet> privateSubnets = subnets.stream().filter(subnet -> !subnet.isPublic()).toList();
            ObjectNode main = table(vpc, "main", List.of(), List.of());
            ArrayNode mainRoutes = (ArrayNode) main.get("Routes");
            if (vpc.isDefault()) {
                mainRoutes.add(route("0.0.0.0/0", "GatewayId", internetGateway(vpc)));
                vpnInstance(vpc).ifPresent(instance -> mainRoutes.add(route(VPN_RANGE, "InstanceId", instance.id())
                        .put("InstanceOwnerId", vpc.where().accountId()).put("NetworkInterfaceId", instance.networkInterface().id())));
            }
            tables.add(main);
            if (!vpc.isDefault() && !publicSubnets.isEmpty()) {
                ObjectNode publicTable = table(vpc, "public", publicSubnets, SampleTags.name(vpc.name() + "-public"));
                ((ArrayNode) publicTable.get("Routes")).add(route("0.0.0.0/0", "GatewayId", internetGateway(vpc)));
                tables.add(publicTable);
            }
            if (!privateSubnets.isEmpty()) {
                ObjectNode privateTable = table(vpc, "private", privateSubnets, SampleTags.name(vpc.name() + "-private"));
                ArrayNode routes = (ArrayNode) privateTable.get("Routes");
                topology.natGateways().stream().filter(gateway -> gateway.subnet().vpc().equals(vpc)).findFirst()
                        .map(NatGateway::id).ifPresent(natGatewayId -> routes.add(route("0.0.0.0/0", "NatGatewayId", natGatewayId)));
                peerings(vpc).values().forEach(peering -> routes.add(route(peering.vpc().cidr(), "VpcPeeringConnectionId", peering.connectionId())));
                topology.vpcEndpoints().stream().filter(endpoint -> endpoint.vpc().equals(vpc) && endpoint.type().equals("Gateway"))
                        .forEach(endpoint -> routes.add(prefixListRoute(endpoint)));
                tables.add(privateTable);
            }
        });
        out.write(region.folder() + "/ec2-describe-route-tables.json", NetworkJsonWriter.wrap("RouteTables", tables));
    }

    private static ObjectNode table(Vpc vpc, String role, List<Subnet> subnets, List<Tag> tags)
    {
        String routeTableId = SampleIds.awsId("rtb", vpc.name() + ":" + role);
        ObjectNode node = object();
        ArrayNode associations = node.putArray("Associations");
        if (role.equals("main")) {
            association(associations, routeTableId, vpc.name() + ":main").put("Main", true);
        }
        for (Subnet subnet : subnets) {
            association(associations, routeTableId, subnet.name()).put("SubnetId", subnet.id());
        }
        node.set("PropagatingVgws", array());
        node.put("RouteTableId", routeTableId);
        node.putArray("Routes").add(route(vpc.cidr(), "GatewayId", "local").put("Origin", "CreateRouteTable"));
        node.set("Tags", AwsCliJsonWriter.tags(tags));
        node.put("VpcId", vpc.id());
        node.put("OwnerId", vpc.where().accountId());
        return node;
    }

    private static ObjectNode association(ArrayNode associations, String routeTableId, String seed)
    {
        ObjectNode association = associations.addObject();
        association.put("Main", false);
        association.put("RouteTableAssociationId", SampleIds.awsId("rtbassoc", seed));
        association.put("RouteTableId", routeTableId);
        association.putObject("AssociationState").put("State", "associated");
        return association;
    }

    private static ObjectNode route(String destination, String targetField, String targetId)
    {
        ObjectNode route = object();
        route.put(destination.startsWith("pl-") ? "DestinationPrefixListId" : "DestinationCidrBlock", destination);
        route.put(targetField, targetId);
        route.put("Origin", "CreateRoute");
        route.put("State", "active");
        return route;
    }

    /** The S3 and DynamoDB prefix lists differ per region; the sample's gateway endpoints are all for S3. */
    private static ObjectNode prefixListRoute(VpcEndpoint endpoint)
    {
        String prefixList = endpoint.vpc().where().region().equals("us-east-1") ? "pl-63a5400a" : "pl-6da54004";
        return route(prefixList, "GatewayId", endpoint.id());
    }

    private static String internetGateway(Vpc vpc)
    {
        return SampleIds.awsId("igw", vpc.name());
    }

    private Optional<Instance> vpnInstance(Vpc vpc)
    {
        return topology.instances().stream().filter(instance -> instance.name().equals(VPN_INSTANCE) && instance.subnet().vpc().equals(vpc)).findFirst();
    }

    /** The VPCs peered with this one (a security-group rule names a group across them), by name, with the connection id the interfaces writer gives the pair. */
    private Map<String, Peering> peerings(Vpc vpc)
    {
        Map<String, Peering> peerings = new TreeMap<>();
        for (SecurityGroup group : topology.securityGroups()) {
            for (Rule rule : group.ingress()) {
                if (rule.kind() != PeerKind.GROUP) {
                    continue;
                }
                Vpc referenced = topology.securityGroup(rule.peer()).vpc();
                if (referenced.equals(group.vpc()) || !(referenced.equals(vpc) || group.vpc().equals(vpc))) {
                    continue;
                }
                Vpc other = referenced.equals(vpc) ? group.vpc() : referenced;
                String pair = Stream.of(referenced.name(), group.vpc().name()).sorted().toList().toString();
                peerings.put(other.name(), new Peering(other, SampleIds.awsId("pcx", pair)));
            }
        }
        return peerings;
    }

    private record Peering(Vpc vpc, String connectionId) {}
}
