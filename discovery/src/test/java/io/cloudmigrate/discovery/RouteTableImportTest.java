package io.cloudmigrate.discovery;

import io.cloudmigrate.discovery.ResourceDetails.Route;
import io.cloudmigrate.discovery.ResourceDetails.RouteTargetKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.cloudmigrate.discovery.EstateFixture.details;
import static org.assertj.core.api.Assertions.assertThat;

class RouteTableImportTest
{
    private static final String ACCOUNT = "111111111111";

    @TempDir
    Path directory;

    @Test
    void readsEveryKindOfRouteTargetAndTheSubnetAssociations()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("us-east-1", ACCOUNT)
                .file("us-east-1/ec2-describe-route-tables.json", """
                        {"RouteTables": [
                          {"RouteTableId": "rtb-private", "VpcId": "vpc-1", "OwnerId": "111111111111",
                           "Associations": [
                             {"Main": false, "RouteTableAssociationId": "rtbassoc-1", "RouteTableId": "rtb-private", "SubnetId": "subnet-b", "AssociationState": {"State": "associated"}},
                             {"Main": false, "RouteTableAssociationId": "rtbassoc-2", "RouteTableId": "rtb-private", "SubnetId": "subnet-a", "AssociationState": {"State": "associated"}},
                             {"Main": false, "RouteTableAssociationId": "rtbassoc-3", "RouteTableId": "rtb-private", "SubnetId": "subnet-old", "AssociationState": {"State": "disassociated"}}],
                           "PropagatingVgws": [{"GatewayId": "vgw-1"}],
                           "Routes": [
                             {"DestinationCidrBlock": "10.0.0.0/16", "GatewayId": "local", "Origin": "CreateRouteTable", "State": "active"},
                             {"DestinationCidrBlock": "0.0.0.0/0", "NatGatewayId": "nat-1", "Origin": "CreateRoute", "State": "active"},
                             {"DestinationCidrBlock": "10.8.0.0/16", "TransitGatewayId": "tgw-1", "Origin": "CreateRoute", "State": "active"},
                             {"DestinationCidrBlock": "10.9.0.0/16", "VpcPeeringConnectionId": "pcx-1", "Origin": "CreateRoute", "State": "blackhole"},
                             {"DestinationPrefixListId": "pl-63a5400a", "GatewayId": "vpce-s3", "Origin": "CreateRoute", "State": "active"},
                             {"DestinationCidrBlock": "192.168.0.0/16", "InstanceId": "i-firewall", "InstanceOwnerId": "111111111111",
                              "NetworkInterfaceId": "eni-firewall", "Origin": "CreateRoute", "State": "active"},
                             {"DestinationCidrBlock": "172.16.0.0/12", "NetworkInterfaceId": "eni-proxy", "Origin": "CreateRoute", "State": "active"},
                             {"DestinationCidrBlock": "10.100.0.0/16", "GatewayId": "vgw-1", "Origin": "EnableVgwRoutePropagation", "State": "active"},
                             {"DestinationIpv6CidrBlock": "::/0", "EgressOnlyInternetGatewayId": "eigw-1", "Origin": "CreateRoute", "State": "active"}],
                           "Tags": [{"Key": "Name", "Value": "private"}]},
                          {"RouteTableId": "rtb-main", "VpcId": "vpc-1",
                           "Associations": [{"Main": true, "RouteTableAssociationId": "rtbassoc-main", "RouteTableId": "rtb-main"}],
                           "Routes": [{"DestinationCidrBlock": "0.0.0.0/0", "GatewayId": "igw-1", "Origin": "CreateRoute", "State": "active"}]}]}
                        """)
                .importEstate();

        Resource privateTable = inventory.resource("arn:aws:ec2:us-east-1:" + ACCOUNT + ":route-table/rtb-private").orElseThrow();
        assertThat(privateTable.type()).isEqualTo(ResourceType.ROUTE_TABLE);
        assertThat(privateTable.name()).isEqualTo("private");
        assertThat(privateTable.network().vpcId()).isEqualTo("vpc-1");
        assertThat(privateTable.network().subnetIds()).containsExactly("subnet-a", "subnet-b");
        ResourceDetails.RouteTable routes = (ResourceDetails.RouteTable) privateTable.details();
        assertThat(routes.main()).isFalse();
        assertThat(routes.associatedSubnetIds()).containsExactly("subnet-a", "subnet-b");
        assertThat(routes.propagatingVpnGateways()).containsExactly("vgw-1");
        assertThat(routes.routes()).containsExactly(
                new Route("10.0.0.0/16", RouteTargetKind.LOCAL, "local", "active", "CreateRouteTable"),
                new Route("0.0.0.0/0", RouteTargetKind.NAT_GATEWAY, "nat-1", "active", "CreateRoute"),
                new Route("10.8.0.0/16", RouteTargetKind.TRANSIT_GATEWAY, "tgw-1", "active", "CreateRoute"),
                new Route("10.9.0.0/16", RouteTargetKind.VPC_PEERING_CONNECTION, "pcx-1", "blackhole", "CreateRoute"),
                new Route("pl-63a5400a", RouteTargetKind.VPC_ENDPOINT, "vpce-s3", "active", "CreateRoute"),
                new Route("192.168.0.0/16", RouteTargetKind.INSTANCE, "i-firewall", "active", "CreateRoute"),
                new Route("172.16.0.0/12", RouteTargetKind.NETWORK_INTERFACE, "eni-proxy", "active", "CreateRoute"),
                new Route("10.100.0.0/16", RouteTargetKind.VPN_GATEWAY, "vgw-1", "active", "EnableVgwRoutePropagation"),
                new Route("::/0", RouteTargetKind.EGRESS_ONLY_INTERNET_GATEWAY, "eigw-1", "active", "CreateRoute"));

        ResourceDetails.RouteTable main = details(inventory, "arn:aws:ec2:us-east-1:" + ACCOUNT + ":route-table/rtb-main", ResourceDetails.RouteTable.class);
        assertThat(main.main()).isTrue();
        assertThat(main.associatedSubnetIds()).isEmpty();
        assertThat(main.routes()).containsExactly(new Route("0.0.0.0/0", RouteTargetKind.INTERNET_GATEWAY, "igw-1", "active", "CreateRoute"));
    }
}
