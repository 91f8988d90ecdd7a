package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkInterface;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * The workload resources of an inventory (the nodes of the dependency graph), indexed by id,
 * security group and EC2 instance id, with the private addresses and security groups each holds
 * directly or through its network interfaces.
 */
public final class Workloads
{
    private final Map<String, Resource> resources = new TreeMap<>();
    private final Map<String, SortedSet<String>> securityGroups = new HashMap<>();
    private final Map<String, List<byte[]>> addresses = new HashMap<>();
    private final Map<String, SortedSet<String>> carriers = new HashMap<>();
    private final Map<String, List<String>> byInstanceId = new HashMap<>();
    private final Map<String, String> byNetworkInterfaceId = new HashMap<>();

    public Workloads(Inventory inventory)
    {
        requireNonNull(inventory, "inventory is null");
        for (Resource resource : inventory.resources()) {
            if (isWorkload(resource.type())) {
                resources.put(resource.id(), resource);
                securityGroups.put(resource.id(), new TreeSet<>(resource.network().securityGroupIds()));
                addresses.put(resource.id(), new ArrayList<>());
                addAddresses(resource.id(), resource.network().privateIpAddresses());
                resource.network().networkInterfaceIds().forEach(interfaceId -> byNetworkInterfaceId.putIfAbsent(interfaceId, resource.id()));
                if (resource.details() instanceof ResourceDetails.Ec2Instance instance && instance.instanceId() != null) {
                    byInstanceId.computeIfAbsent(instance.instanceId(), ignored -> new ArrayList<>()).add(resource.id());
                }
            }
        }
        for (NetworkInterface networkInterface : inventory.networkInterfaces()) {
            String owner = owner(networkInterface);
            if (owner != null) {
                byNetworkInterfaceId.putIfAbsent(networkInterface.id(), owner);
                securityGroups.get(owner).addAll(networkInterface.securityGroupIds());
                addAddresses(owner, networkInterface.privateIpAddresses());
                addAddresses(owner, networkInterface.ipv6Addresses());
            }
        }
        securityGroups.forEach((resourceId, groupIds) -> groupIds.forEach(
                groupId -> carriers.computeIfAbsent(groupId, ignored -> new TreeSet<>()).add(resourceId)));
    }

    /** Whether a resource of this type moves in a wave; the network it sits on is a prerequisite of every wave instead. */
    public static boolean isWorkload(ResourceType type)
    {
        return switch (type) {
            case VPC, SUBNET, ROUTE_TABLE, NAT_GATEWAY, VPC_ENDPOINT -> false;
            case EC2_INSTANCE, RDS_DB_INSTANCE, RDS_DB_CLUSTER, ELASTICACHE_CLUSTER, ELASTICACHE_REPLICATION_GROUP, LOAD_BALANCER, LOAD_BALANCER_V2, LAMBDA_FUNCTION,
                 ECS_CLUSTER, ECS_SERVICE, S3_BUCKET, API_GATEWAY_REST_API, API_GATEWAY_HTTP_API, EBS_VOLUME -> true;
        };
    }

    /** The workload resource ids, sorted. */
    public List<String> ids()
    {
        return List.copyOf(resources.keySet());
    }

    /** The workload resources, sorted by id. */
    public List<Resource> resources()
    {
        return List.copyOf(resources.values());
    }

    public boolean contains(String resourceId)
    {
        return resources.containsKey(resourceId);
    }

    public Optional<Resource> resource(String resourceId)
    {
        return Optional.ofNullable(resources.get(resourceId));
    }

    /** The security groups of a workload, sorted. */
    public SortedSet<String> securityGroups(String resourceId)
    {
        return securityGroups.getOrDefault(resourceId, new TreeSet<>());
    }

    /** The workloads carrying a security group, sorted. */
    public SortedSet<String> carriersOf(String securityGroupId)
    {
        return carriers.getOrDefault(securityGroupId, new TreeSet<>());
    }

    /** The private (and IPv6) addresses of a workload, as bytes. */
    public List<byte[]> addresses(String resourceId)
    {
        return addresses.getOrDefault(resourceId, List.of());
    }

    /** The EC2 instance with this id, preferring one in the given account and region (instance ids are unique only per region). */
    public Optional<String> instance(String instanceId, String accountId, String region)
    {
        List<String> candidates = byInstanceId.getOrDefault(instanceId, List.of());
        return candidates.stream()
                .filter(id -> resources.get(id).accountId().equals(accountId) && resources.get(id).region().equals(region))
                .findFirst()
                .or(() -> candidates.stream().findFirst());
    }

    /** The workload a network interface belongs to, by the interface's owner or by a workload's placement naming it. */
    public Optional<String> networkInterfaceOwner(String networkInterfaceId)
    {
        return Optional.ofNullable(byNetworkInterfaceId.get(networkInterfaceId));
    }

    private String owner(NetworkInterface networkInterface)
    {
        if (networkInterface.ownerResourceId() != null && resources.containsKey(networkInterface.ownerResourceId())) {
            return networkInterface.ownerResourceId();
        }
        return byNetworkInterfaceId.get(networkInterface.id());
    }

    private void addAddresses(String resourceId, List<String> texts)
    {
        for (String text : texts) {
            byte[] address = IpAddresses.parse(text);
            if (address != null) {
                addresses.get(resourceId).add(address);
            }
        }
    }
}
