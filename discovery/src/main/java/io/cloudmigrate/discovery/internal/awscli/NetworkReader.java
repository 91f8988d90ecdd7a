package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.SecurityGroup;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * VPCs, subnets, security groups, NAT gateways and VPC endpoints of one region.
 */
final class NetworkReader
{
    /** NAT gateways and endpoints linger in describe output for a while after deletion. */
    private static final Set<String> GONE_STATES = Set.of("deleted", "deleting", "failed", "rejected", "expired");

    private NetworkReader() {}

    static void read(RegionContext context)
    {
        readVpcs(context);
        readSubnets(context);
        readSecurityGroups(context);
        readNatGateways(context);
        readVpcEndpoints(context);
    }

    private static void readVpcs(RegionContext context)
    {
        String operation = "ec2-describe-vpcs";
        for (JsonNode vpc : context.items(operation, "Vpcs")) {
            String vpcId = Json.text(vpc, "VpcId");
            if (vpcId == null) {
                continue;
            }
            Map<String, String> tags = Json.tags(vpc);
            context.estate().addVpc(vpcId);
            NetworkPlacement placement = new NetworkPlacement(vpcId, List.of(), List.of(), List.of(), List.of(), List.of());
            ResourceDetails details = new ResourceDetails.Vpc(vpcId, ValueChecks.ipv4Block(context, vpcId, "CidrBlock", Json.text(vpc, "CidrBlock")),
                    Json.bool(vpc, "IsDefault"));
            context.estate().add(context, new Resource(context.scope().ec2("vpc", vpcId), ResourceType.VPC, context.accountId(),
                    context.region(), Json.name(tags, vpcId), tags, placement, details), context.files().documentPath(operation));
        }
    }

    private static void readSubnets(RegionContext context)
    {
        String operation = "ec2-describe-subnets";
        for (JsonNode subnet : context.items(operation, "Subnets")) {
            String subnetId = Json.text(subnet, "SubnetId");
            if (subnetId == null) {
                continue;
            }
            String vpcId = Json.text(subnet, "VpcId");
            Map<String, String> tags = Json.tags(subnet);
            context.estate().addSubnet(subnetId, vpcId);
            NetworkPlacement placement = new NetworkPlacement(vpcId, List.of(subnetId), List.of(), List.of(), List.of(), List.of());
            ResourceDetails details = new ResourceDetails.Subnet(subnetId, ValueChecks.ipv4Block(context, subnetId, "CidrBlock", Json.text(subnet, "CidrBlock")),
                    Json.text(subnet, "AvailabilityZone"), Json.bool(subnet, "MapPublicIpOnLaunch"));
            context.estate().add(context, new Resource(context.scope().ec2("subnet", subnetId), ResourceType.SUBNET, context.accountId(),
                    context.region(), Json.name(tags, subnetId), tags, placement, details), context.files().documentPath(operation));
        }
    }

    private static void readSecurityGroups(RegionContext context)
    {
        for (JsonNode group : context.items("ec2-describe-security-groups", "SecurityGroups")) {
            String groupId = Json.text(group, "GroupId");
            if (groupId == null) {
                continue;
            }
            String groupName = Json.text(group, "GroupName");
            String described = groupName == null ? groupId : groupId + " (" + groupName + ")";
            SecurityGroupRules.Problems problems = (code, message) -> context.warn("ec2", code, groupId, message);
            context.estate().add(new SecurityGroup(groupId, context.accountId(), context.region(), Json.text(group, "VpcId"),
                    groupName == null ? groupId : groupName, Json.text(group, "Description"), Json.tags(group),
                    SecurityGroupRules.normalise(Json.array(group, "IpPermissions"), described + " ingress", problems),
                    SecurityGroupRules.normalise(Json.array(group, "IpPermissionsEgress"), described + " egress", problems)));
        }
    }

    private static void readNatGateways(RegionContext context)
    {
        String operation = "ec2-describe-nat-gateways";
        for (JsonNode gateway : context.items(operation, "NatGateways")) {
            String natGatewayId = Json.text(gateway, "NatGatewayId");
            if (natGatewayId == null || GONE_STATES.contains(String.valueOf(Json.text(gateway, "State")))) {
                continue;
            }
            String subnetId = Json.text(gateway, "SubnetId");
            NetworkPlacement placement = new NetworkPlacement(Json.text(gateway, "VpcId"), Json.present(subnetId), List.of(),
                    Json.texts(gateway, "NatGatewayAddresses", "NetworkInterfaceId"),
                    Json.texts(gateway, "NatGatewayAddresses", "PrivateIp"),
                    Json.texts(gateway, "NatGatewayAddresses", "PublicIp"));
            String connectivityType = Json.text(gateway, "ConnectivityType");
            ResourceDetails details = new ResourceDetails.NatGateway(natGatewayId, subnetId, connectivityType == null ? "public" : connectivityType);
            Map<String, String> tags = Json.tags(gateway);
            context.estate().add(context, new Resource(context.scope().ec2("natgateway", natGatewayId), ResourceType.NAT_GATEWAY,
                    context.accountId(), context.region(), Json.name(tags, natGatewayId), tags, placement, details),
                    context.files().documentPath(operation));
        }
    }

    private static void readVpcEndpoints(RegionContext context)
    {
        String operation = "ec2-describe-vpc-endpoints";
        for (JsonNode endpoint : context.items(operation, "VpcEndpoints")) {
            String endpointId = Json.text(endpoint, "VpcEndpointId");
            if (endpointId == null || GONE_STATES.contains(String.valueOf(Json.text(endpoint, "State")).toLowerCase(Locale.ROOT))) {
                continue;
            }
            NetworkPlacement placement = new NetworkPlacement(Json.text(endpoint, "VpcId"), Json.strings(endpoint, "SubnetIds"),
                    Json.texts(endpoint, "Groups", "GroupId"), Json.strings(endpoint, "NetworkInterfaceIds"), List.of(), List.of());
            ResourceDetails details = new ResourceDetails.VpcEndpoint(endpointId, Json.text(endpoint, "ServiceName"),
                    Json.text(endpoint, "VpcEndpointType"));
            Map<String, String> tags = Json.tags(endpoint);
            context.estate().add(context, new Resource(context.scope().ec2("vpc-endpoint", endpointId), ResourceType.VPC_ENDPOINT,
                    context.accountId(), context.region(), Json.name(tags, endpointId), tags, placement, details),
                    context.files().documentPath(operation));
        }
    }
}
