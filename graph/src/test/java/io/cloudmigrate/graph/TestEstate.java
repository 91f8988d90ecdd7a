package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkInterface;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.discovery.SecurityGroupRule;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds small inventories by hand: resources with one network interface each, and security groups.
 */
final class TestEstate
{
    static final String ACCOUNT = "111122223333";
    static final String REGION = "us-east-1";
    static final String VPC = "vpc-0a1b2c3d";

    private final List<Resource> resources = new ArrayList<>();
    private final List<NetworkInterface> networkInterfaces = new ArrayList<>();
    private final List<SecurityGroup> securityGroups = new ArrayList<>();

    static String arn(String service, String resource)
    {
        return "arn:aws:" + service + ":" + REGION + ":" + ACCOUNT + ":" + resource;
    }

    static String instanceArn(String name)
    {
        return arn("ec2", "instance/i-" + name);
    }

    static ResourceDetails.Ec2Instance instanceDetails(String name)
    {
        return new ResourceDetails.Ec2Instance("i-" + name, "m5.large", "running", "Linux/UNIX", null, null, "x86_64",
                "ami-0abcdef1234567890", "2025-01-01T00:00:00Z", List.of(), List.of(), 8, "required", List.of());
    }

    /** An EC2 instance {@code i-name} whose address is on its network interface {@code eni-name}. */
    TestEstate instance(String name, String address, String... securityGroupIds)
    {
        return withInterface(ResourceType.EC2_INSTANCE, instanceArn(name), name, instanceDetails(name), address, securityGroupIds);
    }

    /** A resource whose address is on a network interface it owns. */
    TestEstate withInterface(ResourceType type, String id, String name, ResourceDetails details, String address, String... securityGroupIds)
    {
        String interfaceId = "eni-" + name;
        resources.add(new Resource(id, type, ACCOUNT, REGION, name, Map.of(), placement(List.of(interfaceId), List.of(), securityGroupIds), details));
        networkInterfaces.add(new NetworkInterface(interfaceId, ACCOUNT, REGION, VPC, "subnet-1", List.of(address), List.of(), List.of(),
                List.of(securityGroupIds), "interface", "", null, NetworkInterface.OwnerKind.UNKNOWN, id));
        return this;
    }

    /** A resource whose address is known only from its own network placement, not from an interface. */
    TestEstate placed(ResourceType type, String id, String name, ResourceDetails details, String address, String... securityGroupIds)
    {
        resources.add(new Resource(id, type, ACCOUNT, REGION, name, Map.of(), placement(List.of(), List.of(address), securityGroupIds), details));
        return this;
    }

    /** A resource without addresses. */
    TestEstate resource(ResourceType type, String id, String name, ResourceDetails details)
    {
        resources.add(new Resource(id, type, ACCOUNT, REGION, name, Map.of(), NetworkPlacement.NONE, details));
        return this;
    }

    TestEstate securityGroup(String id, SecurityGroupRule... ingress)
    {
        securityGroups.add(new SecurityGroup(id, ACCOUNT, REGION, VPC, id, "", Map.of(), List.of(ingress), List.of()));
        return this;
    }

    static SecurityGroupRule allowGroup(String protocol, int port, String peerGroupId)
    {
        return new SecurityGroupRule(protocol, port, port, SecurityGroupRule.PeerKind.SECURITY_GROUP, peerGroupId, "");
    }

    static SecurityGroupRule allowCidr(String protocol, int port, String cidr)
    {
        return new SecurityGroupRule(protocol, port, port, SecurityGroupRule.PeerKind.CIDR_IPV4, cidr, "");
    }

    Inventory inventory()
    {
        return new Inventory(Inventory.SCHEMA_VERSION, "scan-test", "test estate", "2026-01-01T00:00:00Z",
                new Scope(List.of(ACCOUNT), List.of(REGION)), resources, securityGroups, networkInterfaces, List.of(), List.of());
    }

    private static NetworkPlacement placement(List<String> interfaceIds, List<String> addresses, String... securityGroupIds)
    {
        return new NetworkPlacement(VPC, List.of("subnet-1"), List.of(securityGroupIds), interfaceIds, addresses, List.of());
    }

    /** Accepted TCP traffic from one address to another. */
    static TrafficEdge tcp(String source, String target, int port, long flows, long bytes)
    {
        return new TrafficEdge(source, target, port, 6, flows, 0, flows * 10, bytes, 1_700_000_000L, 1_700_000_600L, null, null);
    }

    static Traffic traffic(TrafficEdge... edges)
    {
        return new Traffic(Traffic.SCHEMA_VERSION, edges.length, 0, List.of(), List.of(edges));
    }
}
