package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.codegen.CodegenErrorCode;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Memberships;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.AllowedPairs;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.MoveGroup;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.RiskScore;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import static java.util.Objects.requireNonNull;

/**
 * An assessment indexed by resource id, with the generated-code names of every resource and security
 * group. Built once per generation; all maps are sorted so nothing here depends on hash order.
 */
public final class EstateIndex
{
    private final Assessment assessment;
    private final SortedMap<String, Resource> resources;
    private final SortedMap<String, SecurityGroup> securityGroups;
    private final SortedMap<String, Integer> waveByResource = new TreeMap<>();
    private final SortedMap<String, MoveGroup> moveGroupByResource = new TreeMap<>();
    private final SortedMap<String, Resource> resourcesByInstanceId = new TreeMap<>();
    private final SortedMap<String, String> groupByMember;
    private final SortedMap<String, List<String>> membersByGroup = new TreeMap<>();
    private final SortedMap<String, String> terraformNames;
    private final SortedMap<String, String> logicalIds;
    private final SortedMap<String, String> securityGroupTerraformNames;
    private final SortedMap<String, String> securityGroupLogicalIds;
    private final AllowedPairs allowed;
    private final Map<String, List<DependencyEdge>> outgoing = new HashMap<>();
    private final Map<String, List<DependencyEdge>> incoming = new HashMap<>();
    private final SortedMap<String, List<String>> userNamesBySecurityGroup = new TreeMap<>();
    private final SortedMap<String, List<String>> loadBalancerNamesByInstanceId = new TreeMap<>();

    public EstateIndex(Assessment assessment)
    {
        this.assessment = requireNonNull(assessment, "assessment is null");
        resources = sortedBy(assessment.inventory().resources(), Resource::id);
        securityGroups = sortedBy(assessment.inventory().securityGroups(), SecurityGroup::id);
        for (MigrationWave wave : assessment.graph().waves()) {
            for (String id : wave.resourceIds()) {
                resource(id);
                waveByResource.putIfAbsent(id, wave.number());
            }
        }
        for (MoveGroup group : assessment.graph().moveGroups()) {
            group.resourceIds().forEach(id -> moveGroupByResource.putIfAbsent(id, group));
        }
        for (Resource resource : resources.values()) {
            if (resource.details() instanceof ResourceDetails.Ec2Instance instance && instance.instanceId() != null) {
                resourcesByInstanceId.putIfAbsent(instance.instanceId(), resource);
            }
        }
        allowed = AllowedPairs.of(assessment.inventory(), assessment.graph());
        // Only looked up, never iterated; the lists keep the graph's edge order.
        for (DependencyEdge edge : assessment.graph().edges()) {
            outgoing.computeIfAbsent(edge.source(), key -> new ArrayList<>()).add(edge);
            incoming.computeIfAbsent(edge.target(), key -> new ArrayList<>()).add(edge);
        }
        for (Resource resource : resources.values()) {
            resource.network().securityGroupIds().stream().distinct()
                    .forEach(groupId -> userNamesBySecurityGroup.computeIfAbsent(groupId, key -> new ArrayList<>()).add(resource.name()));
            if (resource.details() instanceof ResourceDetails.LoadBalancer balancer) {
                balancer.targets().stream().distinct()
                        .forEach(target -> loadBalancerNamesByInstanceId.computeIfAbsent(target, key -> new ArrayList<>()).add(resource.name()));
            }
        }
        userNamesBySecurityGroup.values().forEach(names -> names.sort(null));
        loadBalancerNamesByInstanceId.values().forEach(names -> names.sort(null));
        groupByMember = Memberships.groupsByMember(resources.values());
        groupByMember.forEach((member, group) -> membersByGroup.computeIfAbsent(group, key -> new ArrayList<>()).add(member));
        Map<String, String> resourceNames = resources.values().stream().collect(Collectors.toMap(Resource::id, Resource::name));
        Map<String, String> groupNames = securityGroups.values().stream().collect(Collectors.toMap(SecurityGroup::id, SecurityGroup::groupName));
        terraformNames = Identifiers.terraformNames(resourceNames);
        logicalIds = Identifiers.logicalIds(resourceNames);
        securityGroupTerraformNames = Identifiers.terraformNames(groupNames);
        securityGroupLogicalIds = Identifiers.logicalIds(groupNames);
    }

    private static <T> SortedMap<String, T> sortedBy(List<T> values, Function<T, String> key)
    {
        SortedMap<String, T> map = new TreeMap<>();
        values.forEach(value -> map.putIfAbsent(key.apply(value), value));
        return map;
    }

    public Assessment assessment()
    {
        return assessment;
    }

    /** The resource with this id; a wave or edge naming a resource the inventory lacks is a broken assessment. */
    /** Whether {@code id} is a resource of the inventory rather than an edge end outside the estate. */
    public boolean hasResource(String id)
    {
        return resources.containsKey(id);
    }

    public Resource resource(String id)
    {
        Resource resource = resources.get(id);
        if (resource == null) {
            throw new CloudMigrateException(CodegenErrorCode.INVALID_ASSESSMENT,
                    "assessment '" + assessment.name() + "' refers to resource " + id + ", which is not in its inventory; "
                            + "re-run the assessment from the inventory it was made from");
        }
        return resource;
    }

    public List<Resource> resources()
    {
        return List.copyOf(resources.values());
    }

    public List<Resource> waveResources(MigrationWave wave)
    {
        return wave.resourceIds().stream().map(this::resource).toList();
    }

    public Optional<Resource> instanceByInstanceId(String instanceId)
    {
        return Optional.ofNullable(resourcesByInstanceId.get(instanceId));
    }

    /** What security groups allow, derived per resource from the assessment's group reachability. */
    public AllowedPairs allowed()
    {
        return allowed;
    }

    /** The observed and configured edges leaving a resource (or an end outside the estate), in the graph's order. */
    public List<DependencyEdge> edgesFrom(String id)
    {
        return outgoing.getOrDefault(id, List.of());
    }

    /** The observed and configured edges entering a resource (or an end outside the estate), in the graph's order. */
    public List<DependencyEdge> edgesTo(String id)
    {
        return incoming.getOrDefault(id, List.of());
    }

    /** The names of the resources that carry a security group, sorted. */
    public List<String> securityGroupUserNames(String groupId)
    {
        return List.copyOf(userNamesBySecurityGroup.getOrDefault(groupId, List.of()));
    }

    /** The names of the load balancers that list an EC2 instance id among their targets, sorted. */
    public List<String> loadBalancerNamesOf(String instanceId)
    {
        return List.copyOf(loadBalancerNamesByInstanceId.getOrDefault(instanceId, List.of()));
    }

    public Optional<SecurityGroup> securityGroup(String id)
    {
        return Optional.ofNullable(securityGroups.get(id));
    }

    public List<SecurityGroup> securityGroups()
    {
        return List.copyOf(securityGroups.values());
    }

    public Optional<Recommendation> recommendation(String id)
    {
        return assessment.recommendation(id);
    }

    public Optional<RiskScore> risk(String id)
    {
        return assessment.risk(id);
    }

    public Optional<CostEstimate> cost(String id)
    {
        return assessment.cost(id);
    }

    public OptionalInt wave(String id)
    {
        Integer wave = waveByResource.get(id);
        return wave == null ? OptionalInt.empty() : OptionalInt.of(wave);
    }

    public Optional<MoveGroup> moveGroup(String id)
    {
        return Optional.ofNullable(moveGroupByResource.get(id));
    }

    /** The DB cluster or replication group this resource is a member of. */
    public Optional<String> groupOf(String resourceId)
    {
        return Optional.ofNullable(groupByMember.get(resourceId));
    }

    /** The members of a DB cluster or replication group, by id. */
    public List<String> membersOf(String groupId)
    {
        return List.copyOf(membersByGroup.getOrDefault(groupId, List.of()));
    }

    /** Whether the two are a member and its own cluster or group, in either order: their edges say they move together. */
    public boolean memberAndGroup(String first, String second)
    {
        return second.equals(groupByMember.get(first)) || first.equals(groupByMember.get(second));
    }

    public String terraformName(String resourceId)
    {
        return requireNonNull(terraformNames.get(resourceId), () -> "no Terraform name for " + resourceId);
    }

    public String logicalId(String resourceId)
    {
        return requireNonNull(logicalIds.get(resourceId), () -> "no logical id for " + resourceId);
    }

    /** The Terraform name of a security group, or a name derived from its id when the inventory lacks it. */
    public String securityGroupTerraformName(String groupId)
    {
        return securityGroupTerraformNames.getOrDefault(groupId, Identifiers.terraformName(groupId));
    }

    public String securityGroupLogicalId(String groupId)
    {
        return securityGroupLogicalIds.getOrDefault(groupId, Identifiers.logicalId(groupId));
    }

    /** A resource's display name, or its id when the inventory lacks it. */
    public String displayName(String resourceId)
    {
        Resource resource = resources.get(resourceId);
        if (resource != null) {
            return resource.name();
        }
        // Edge ends outside the estate, named so that they read in a sentence of a runbook.
        if (resourceId.startsWith(AddressAttribution.AWS_SERVICE_PREFIX)) {
            return "AWS service " + resourceId.substring(AddressAttribution.AWS_SERVICE_PREFIX.length());
        }
        return switch (resourceId) {
            case AddressAttribution.INTERNET -> "the internet";
            case AddressAttribution.ON_PREMISES -> "on-premises systems";
            case AddressAttribution.UNATTRIBUTED_PRIVATE -> "private addresses outside the scanned estate";
            default -> resourceId;
        };
    }
}
