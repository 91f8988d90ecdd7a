package io.cloudmigrate.discovery.internal.awscli;

import io.cloudmigrate.discovery.FlowLogConfiguration;
import io.cloudmigrate.discovery.NetworkInterface;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.discovery.Utilization;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What the readers have found so far, keyed by id. Readers that run later (load balancers, network
 * interfaces, CloudWatch) look up what earlier readers added.
 */
final class EstateBuilder
{
    /** Types that legitimately show up in more than one folder: buckets are global, shared VPCs are seen by every participant. */
    private static final Set<ResourceType> SHARED_TYPES = Set.of(ResourceType.S3_BUCKET, ResourceType.VPC, ResourceType.SUBNET);

    /** An ECS task, kept only to resolve the owners of the network interfaces it uses. */
    record EcsTask(String taskArn, String clusterArn, String serviceArn, List<String> attachmentIds, List<String> networkInterfaceIds)
    {
        EcsTask
        {
            attachmentIds = List.copyOf(attachmentIds);
            networkInterfaceIds = List.copyOf(networkInterfaceIds);
        }
    }

    private final Map<String, Resource> resources = new TreeMap<>();
    private final Map<String, String> sourceFiles = new TreeMap<>();
    private final Map<String, SecurityGroup> securityGroups = new TreeMap<>();
    private final Map<String, NetworkInterface> networkInterfaces = new TreeMap<>();
    private final Map<String, Utilization> utilization = new TreeMap<>();
    private final Map<String, FlowLogConfiguration> flowLogs = new TreeMap<>();
    private final Map<String, SortedSet<String>> linkedInterfaces = new TreeMap<>();
    private final Map<String, String> subnetVpcs = new TreeMap<>();
    private final Set<String> vpcIds = new TreeSet<>();
    private final Set<String> targetGroupArns = new TreeSet<>();
    private final List<EcsTask> ecsTasks = new ArrayList<>();

    /** Adds a resource; a second resource with the same id is dropped, with a warning unless its type is shared. */
    void add(RegionContext context, Resource read, String sourceFile)
    {
        Optional<Resource> checked = ValueChecks.resource(context, ReferenceChecker.service(read.type()), read);
        if (checked.isEmpty()) {
            return;
        }
        Resource resource = checked.get();
        String firstSource = sourceFiles.putIfAbsent(resource.id(), sourceFile);
        if (firstSource == null) {
            resources.put(resource.id(), resource);
        }
        else if (!SHARED_TYPES.contains(resource.type())) {
            context.warn("import", Warnings.DUPLICATE_RESOURCE, sourceFile,
                    resource.id() + " is described both in " + firstSource + " and in " + sourceFile + "; the first was kept");
        }
    }

    void add(SecurityGroup securityGroup)
    {
        securityGroups.putIfAbsent(securityGroup.id(), securityGroup);
    }

    void add(NetworkInterface networkInterface)
    {
        networkInterfaces.putIfAbsent(networkInterface.id(), networkInterface);
    }

    void add(Utilization summary)
    {
        utilization.putIfAbsent(summary.resourceId(), summary);
    }

    void add(FlowLogConfiguration flowLog)
    {
        flowLogs.putIfAbsent(flowLog.flowLogId(), flowLog);
    }

    void add(EcsTask task)
    {
        ecsTasks.add(task);
    }

    void addVpc(String vpcId)
    {
        vpcIds.add(vpcId);
    }

    void addSubnet(String subnetId, String vpcId)
    {
        if (vpcId != null) {
            subnetVpcs.putIfAbsent(subnetId, vpcId);
        }
    }

    void addTargetGroup(String targetGroupArn)
    {
        targetGroupArns.add(targetGroupArn);
    }

    /**
     * Adds tags read from a tag call to a resource. A key the resource already has keeps its value,
     * since the describe output is the resource's own record. A {@code Name} tag found this way names
     * the resource unless its own tags already did. Returns whether the estate holds the resource.
     */
    boolean mergeTags(String resourceId, Map<String, String> tags)
    {
        Resource resource = resources.get(resourceId);
        if (resource == null) {
            return false;
        }
        Map<String, String> merged = new TreeMap<>(tags);
        merged.putAll(resource.tags());
        String name = resource.tags().containsKey("Name") ? resource.name() : Json.name(merged, resource.name());
        resources.put(resourceId, new Resource(resource.id(), resource.type(), resource.accountId(), resource.region(), name, merged,
                resource.network(), resource.details()));
        return true;
    }

    /** Records that a network interface, found by its description, belongs to a resource. */
    void linkNetworkInterface(String resourceId, String networkInterfaceId)
    {
        linkedInterfaces.computeIfAbsent(resourceId, id -> new TreeSet<>()).add(networkInterfaceId);
    }

    boolean contains(String resourceId)
    {
        return resourceId != null && resources.containsKey(resourceId);
    }

    Optional<Resource> resource(String resourceId)
    {
        return Optional.ofNullable(resourceId == null ? null : resources.get(resourceId));
    }

    Stream<Resource> resources(ResourceType type, RegionScope scope)
    {
        return resources.values().stream()
                .filter(resource -> resource.type() == type)
                .filter(resource -> resource.accountId().equals(scope.accountId()) && resource.region().equals(scope.region()));
    }

    boolean hasSecurityGroup(String securityGroupId)
    {
        return securityGroups.containsKey(securityGroupId);
    }

    Optional<SecurityGroup> securityGroup(String securityGroupId)
    {
        return Optional.ofNullable(securityGroups.get(securityGroupId));
    }

    boolean hasVpc(String vpcId)
    {
        return vpcIds.contains(vpcId);
    }

    boolean hasSubnet(String subnetId)
    {
        return subnetVpcs.containsKey(subnetId);
    }

    Optional<String> vpcOfSubnet(String subnetId)
    {
        return Optional.ofNullable(subnetVpcs.get(subnetId));
    }

    boolean hasTargetGroup(String targetGroupArn)
    {
        return targetGroupArns.contains(targetGroupArn);
    }

    List<EcsTask> ecsTasks()
    {
        return List.copyOf(ecsTasks);
    }

    /** The resources, each with the network interfaces linked to it added to its placement. */
    List<Resource> resources()
    {
        return resources.values().stream().map(this::withLinkedInterfaces).toList();
    }

    List<SecurityGroup> securityGroups()
    {
        return List.copyOf(securityGroups.values());
    }

    List<NetworkInterface> networkInterfaces()
    {
        return List.copyOf(networkInterfaces.values());
    }

    List<Utilization> utilization()
    {
        return List.copyOf(utilization.values());
    }

    List<FlowLogConfiguration> flowLogs()
    {
        return List.copyOf(flowLogs.values());
    }

    private Resource withLinkedInterfaces(Resource resource)
    {
        SortedSet<String> linked = linkedInterfaces.get(resource.id());
        if (linked == null) {
            return resource;
        }
        NetworkPlacement network = resource.network();
        List<String> interfaceIds = new ArrayList<>(network.networkInterfaceIds());
        linked.stream().filter(id -> !interfaceIds.contains(id)).forEach(interfaceIds::add);
        NetworkPlacement placement = new NetworkPlacement(network.vpcId(), network.subnetIds(), network.securityGroupIds(),
                interfaceIds, network.privateIpAddresses(), network.publicIpAddresses());
        return new Resource(resource.id(), resource.type(), resource.accountId(), resource.region(), resource.name(),
                resource.tags(), placement, resource.details());
    }
}
