package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * What each wave becomes in the target account: one record per generated resource, with the target
 * attributes already decided. Terraform and CloudFormation render the same records, so both tools
 * describe the same target. Public because FreeMarker reads them by reflection.
 */
public final class Targets
{
    private Targets() {}

    /** One wave's targets. Every list is sorted by Terraform name. */
    public record Wave(
            int number,
            String label,
            List<SecurityGroup> securityGroups,
            List<LateRules> lateRules,
            List<Instance> instances,
            List<Database> databases,
            List<DatabaseCluster> databaseClusters,
            List<Cache> caches,
            List<LoadBalancer> loadBalancers,
            List<Function> functions,
            List<Bucket> buckets,
            List<StandaloneVolume> volumes,
            List<EcsCluster> ecsClusters,
            List<EcsService> ecsServices,
            List<Skipped> skipped)
    {
        public Wave
        {
            requireNonNull(label, "label is null");
            securityGroups = List.copyOf(securityGroups);
            lateRules = List.copyOf(lateRules);
            instances = List.copyOf(instances);
            databases = List.copyOf(databases);
            databaseClusters = List.copyOf(databaseClusters);
            caches = List.copyOf(caches);
            loadBalancers = List.copyOf(loadBalancers);
            functions = List.copyOf(functions);
            buckets = List.copyOf(buckets);
            volumes = List.copyOf(volumes);
            ecsClusters = List.copyOf(ecsClusters);
            ecsServices = List.copyOf(ecsServices);
            skipped = List.copyOf(skipped);
        }

        public int generatedCount()
        {
            return instances.size() + databases.size() + databaseClusters.size() + caches.size() + loadBalancers.size() + functions.size()
                    + buckets.size() + volumes.size() + ecsClusters.size() + ecsServices.size();
        }

        /** The source pairs of what the wave creates (resources, security groups, rules), sorted: one provider alias each. */
        public List<Placement> placements()
        {
            SortedSet<Placement> placements = new TreeSet<>();
            securityGroups.forEach(group -> placements.add(group.placement()));
            lateRules.forEach(late -> placements.add(late.placement()));
            names().forEach(name -> placements.add(name.placement()));
            return List.copyOf(placements);
        }

        /** The source pairs of every member, skipped ones included, sorted: one CloudFormation template each. */
        public List<Placement> memberPlacements()
        {
            SortedSet<Placement> placements = new TreeSet<>(placements());
            skipped.forEach(member -> placements.add(member.name().placement()));
            return List.copyOf(placements);
        }

        /** The part of the wave whose sources are in {@code placement}. */
        public Wave in(Placement placement)
        {
            return new Wave(
                    number,
                    label,
                    securityGroups.stream().filter(group -> group.placement().equals(placement)).toList(),
                    lateRules.stream().filter(late -> placement.equals(late.placement())).toList(),
                    named(instances, Instance::name, placement),
                    named(databases, Database::name, placement),
                    named(databaseClusters, DatabaseCluster::name, placement),
                    named(caches, Cache::name, placement),
                    named(loadBalancers, LoadBalancer::name, placement),
                    named(functions, Function::name, placement),
                    named(buckets, Bucket::name, placement),
                    named(volumes, StandaloneVolume::name, placement),
                    named(ecsClusters, EcsCluster::name, placement),
                    named(ecsServices, EcsService::name, placement),
                    named(skipped, Skipped::name, placement));
        }

        private List<Name> names()
        {
            List<Name> names = new ArrayList<>();
            instances.forEach(value -> names.add(value.name()));
            databases.forEach(value -> names.add(value.name()));
            databaseClusters.forEach(value -> names.add(value.name()));
            caches.forEach(value -> names.add(value.name()));
            loadBalancers.forEach(value -> names.add(value.name()));
            functions.forEach(value -> names.add(value.name()));
            buckets.forEach(value -> names.add(value.name()));
            volumes.forEach(value -> names.add(value.name()));
            ecsClusters.forEach(value -> names.add(value.name()));
            ecsServices.forEach(value -> names.add(value.name()));
            return names;
        }

        private static <T> List<T> named(List<T> values, java.util.function.Function<T, Name> name, Placement placement)
        {
            return values.stream().filter(value -> name.apply(value).placement().equals(placement)).toList();
        }
    }

    /**
     * The estate identity of a generated resource.
     *
     * @param placement the source account and Region, which choose the target's provider alias and stack
     */
    public record Name(String arn, String name, String typeLabel, String strategy, String terraformName, String logicalId, Placement placement)
    {
        public Name
        {
            requireNonNull(placement, "placement is null");
        }
    }

    public record Tag(String key, String value) {}

    /**
     * Tags in key order.
     *
     * @param hclKeyWidth the longest key as an HCL literal, so that {@code =} signs line up as {@code terraform fmt} wants
     */
    public record TagSet(List<Tag> entries, int hclKeyWidth)
    {
        public TagSet
        {
            entries = List.copyOf(entries);
        }
    }

    /**
     * A security group a target uses or a rule names.
     *
     * @param local whether the group is created in the same wave
     * @param earlier whether an earlier wave creates the group: Terraform reads its id from that wave's state, CloudFormation imports
     *         the earlier stack's export; a group neither local nor earlier is one the inventory lacks, an input
     * @param placement the group's source account and Region, or {@code null} when the inventory does not hold the group
     * @param homeWave the number of the wave that creates the group, or 0 when none does
     */
    public record GroupReference(String sourceId, String terraformName, String logicalId, boolean local, boolean earlier, Placement placement, int homeWave) {}

    /**
     * One security-group rule.
     *
     * @param anyProtocol protocol {@code -1}: every protocol and port, so the rule names no ports
     * @param peerKind {@code cidr_ipv4}, {@code cidr_ipv6}, {@code prefix_list_id} or {@code referenced_security_group_id}
     * @param peerGroup the referenced group when the source rule names one, else {@code null}
     * @param peerInOtherPlacement whether {@code peerGroup} lives in another account or Region than the rule's group:
     *         security-group references do not cross Regions (nor accounts without VPC peering), so the rule
     *         admits a CIDR block given as an input ({@code peerKind} is {@code cidr_ipv4}) instead of the group
     * @param description the source rule's description, or one saying what the rule admits and from which source group
     * @param tags the owning group's tags (Terraform tags rules; CloudFormation's rule types take none)
     */
    public record Rule(
            String terraformName,
            String logicalId,
            String protocol,
            boolean anyProtocol,
            int fromPort,
            int toPort,
            String peerKind,
            String peer,
            GroupReference peerGroup,
            boolean peerInOtherPlacement,
            String description,
            TagSet tags) {}

    /**
     * @param egressAllowsAll whether egress is exactly the allow-all rule that AWS gives a new group
     * @param usedBy names of the wave's resources that use the group
     * @param sourceVpcId the source VPC, or {@code null} when the inventory does not name one (the default VPC)
     */
    public record SecurityGroup(
            String sourceId,
            Placement placement,
            String sourceVpcId,
            String terraformName,
            String logicalId,
            String groupName,
            String description,
            TagSet tags,
            List<Rule> ingress,
            List<Rule> egress,
            boolean egressAllowsAll,
            List<String> usedBy) {}

    /**
     * Rules of a group created by an earlier wave that name a group created by this one: they can only
     * exist once both groups do, so they are created here, on the earlier group (an input).
     */
    public record LateRules(GroupReference owner, String groupName, List<Rule> ingress, List<Rule> egress)
    {
        public Placement placement()
        {
            return owner.placement();
        }
    }

    /**
     * @param instanceType the target type; {@code null} when neither assessment nor source names one (see {@link #instanceTypeKnown()})
     * @param rootVolumeGb the root volume size when the source has exactly one EBS volume or a known root volume, else 0
     * @param volumes the EBS volumes recreated with the instance
     */
    public record Instance(
            Name name,
            String instanceType,
            String sourceInstanceType,
            String sourceImageId,
            String imageVariable,
            String imageParameter,
            String sourceSubnetId,
            List<GroupReference> securityGroups,
            String platform,
            int rootVolumeGb,
            int volumeCount,
            int storageGb,
            InstanceVolumes volumes,
            TagSet tags)
    {
        /** Whether the target type is known; when it is not, a template must ask the team for it, never write a guess. */
        public boolean instanceTypeKnown() { return instanceType != null && !instanceType.isBlank(); }
    }

    public record Database(
            Name name,
            String identifier,
            String engine,
            String engineVersion,
            String sourceEngineVersion,
            String instanceClass,
            String sourceInstanceClass,
            int allocatedStorageGb,
            String storageType,
            boolean multiAz,
            int port,
            String licenseModel,
            List<String> sourceSubnetIds,
            List<GroupReference> securityGroups,
            TagSet tags,
            ReplicaSource replicaSource)
    {
        /** Whether the target is created as a read replica of {@link #replicaSource()}'s target, which brings its data, engine and master user. */
        public boolean replica() { return replicaSource != null; }
    }

    /**
     * The primary a read replica follows, as the primary's target.
     *
     * @param identifier the primary target's DB instance identifier, without {@code var.name_suffix}
     * @param terraformName the primary when generated in the same wave (a reference), else {@code null} (looked up by identifier for its ARN)
     * @param logicalId the primary when generated in the same stack (same wave, account and Region), else {@code null} (imported or a parameter)
     * @param crossRegion whether the primary is in another Region: RDS then wants its ARN, and a KMS key of the replica's Region
     * @param placement the primary's source account and Region, whose provider looks it up across Regions
     * @param primaryLogicalId the primary's logical id in whichever stack creates it, naming that stack's {@code <id>DatabaseArn} export
     * @param primaryTerraformName the primary's Terraform name in whichever wave creates it, naming that wave's {@code <name>_arn} output
     * @param primaryWave the number of the wave that creates the primary
     */
    public record ReplicaSource(String sourceName, String sourceArn, String identifier, String terraformName, String logicalId, boolean crossRegion, Placement placement,
            String primaryLogicalId, String primaryTerraformName, int primaryWave)
    {
        public ReplicaSource
        {
            requireNonNull(identifier, "identifier is null");
            requireNonNull(placement, "placement is null");
        }

        /** Whether Terraform reads the primary's ARN from the state of the earlier wave that creates it. */
        public boolean lookedUp() { return terraformName == null; }
    }

    /**
     * An RDS DB cluster with its instances: Aurora, whose instances are created here, or a Multi-AZ DB
     * cluster, which creates its own three instances of {@code instanceClass}.
     *
     * @param instanceClass the class of a Multi-AZ DB cluster's instances; {@code null} for Aurora
     * @param allocatedStorageGb a Multi-AZ DB cluster's storage; 0 for Aurora, whose volume grows by itself
     * @param serverlessV2Capacity {@code min-max} ACUs of Aurora Serverless v2, or {@code null}
     * @param instances the Aurora instances, the writer first
     */
    public record DatabaseCluster(
            Name name,
            String identifier,
            String engine,
            String engineVersion,
            String sourceEngineVersion,
            boolean aurora,
            String instanceClass,
            int allocatedStorageGb,
            String storageType,
            int iops,
            String serverlessV2Capacity,
            int port,
            List<String> sourceSubnetIds,
            List<GroupReference> securityGroups,
            TagSet tags,
            List<ClusterInstance> instances)
    {
        public DatabaseCluster
        {
            sourceSubnetIds = List.copyOf(sourceSubnetIds);
            securityGroups = List.copyOf(securityGroups);
            instances = List.copyOf(instances);
        }

        /** The minimum ACUs of Aurora Serverless v2, or {@code null}. */
        public String serverlessMinimum()
        {
            return serverlessV2Capacity == null ? null : serverlessV2Capacity.substring(0, serverlessV2Capacity.indexOf('-'));
        }

        public String serverlessMaximum()
        {
            return serverlessV2Capacity == null ? null : serverlessV2Capacity.substring(serverlessV2Capacity.indexOf('-') + 1);
        }
    }

    /** An instance of an Aurora cluster; {@code promotionTier} 0 for the source's writer, 1 for readers. */
    public record ClusterInstance(Name name, String identifier, String instanceClass, int promotionTier, TagSet tags) {}

    /**
     * An ElastiCache cluster, or a Redis/Valkey replication group when the source belongs to one.
     *
     * @param nodes the cache clusters of a replication group without cluster mode, or the nodes of a cluster
     * @param nodeGroups the shards of a replication group with cluster mode enabled, else 0
     * @param replicasPerNodeGroup the replicas of each shard in cluster mode, else 0
     * @param clusterModeParameterGroup in cluster mode, the default parameter group that enables it
     *         ({@code default.redis7.cluster.on}); {@code null} without cluster mode or when the engine version is unknown
     * @param transitEncryption whether the target encrypts in transit (TLS), wherever its engine and version allow
     */
    public record Cache(
            Name name,
            String clusterId,
            boolean replicationGroup,
            String engine,
            String engineVersion,
            String nodeType,
            int nodes,
            int nodeGroups,
            int replicasPerNodeGroup,
            String clusterModeParameterGroup,
            boolean transitEncryption,
            int port,
            List<String> sourceSubnetIds,
            List<GroupReference> securityGroups,
            TagSet tags)
    {
        /** Whether clients present an AUTH token, generated into Secrets Manager: see {@link CacheEncryption}. */
        public boolean authToken() { return CacheEncryption.authToken(engine, replicationGroup, transitEncryption); }
    }

    /**
     * @param type {@code application} or {@code network}
     * @param fromClassic whether this replatforms a Classic Load Balancer
     * @param remoteTargets source target ids that are not generated in this wave, to register by hand
     * @param sourceVpcId the source VPC, where the target groups are created, or {@code null} for the default VPC
     */
    public record LoadBalancer(
            Name name,
            String loadBalancerName,
            String type,
            boolean internal,
            boolean fromClassic,
            List<Listener> listeners,
            List<Attachment> attachments,
            List<String> remoteTargets,
            String sourceVpcId,
            List<String> sourceSubnetIds,
            List<GroupReference> securityGroups,
            TagSet tags) {}

    /** A listener with its target group. */
    public record Listener(String terraformName, String logicalId, String protocol, int port, String targetProtocol, int targetPort, boolean needsCertificate) {}

    /**
     * An instance registered in a listener's target group.
     *
     * @param local whether the instance is created in the same wave (a reference); else an earlier wave of the same account and
     *         Region creates it, and Terraform reads its id from that wave's state, CloudFormation imports it
     * @param instanceWave the number of the wave that creates the instance
     */
    public record Attachment(
            String terraformName,
            String listenerTerraformName,
            String listenerLogicalId,
            String instanceTerraformName,
            String instanceLogicalId,
            String instanceArn,
            boolean local,
            int instanceWave,
            int port) {}

    /**
     * @param image whether the function is a container image; else a zip package
     */
    public record Function(
            Name name,
            String functionName,
            String runtime,
            String sourceRuntime,
            String handler,
            int memorySizeMb,
            int timeoutSeconds,
            String architecture,
            boolean image,
            String packageVariable,
            String roleVariable,
            List<String> sourceSubnetIds,
            List<GroupReference> securityGroups,
            TagSet tags) {}

    /**
     * @param versioning {@code Enabled}, {@code Suspended}, or {@code null} when the source never had versioning
     * @param sseAlgorithm {@code aws:kms} or {@code AES256}
     */
    public record Bucket(Name name, String bucketName, String versioning, String sseAlgorithm, TagSet tags) {}

    public record EcsCluster(Name name, String clusterName, TagSet tags) {}

    /**
     * @param clusterTerraformName the cluster when generated in the same wave, else {@code null} (it comes in as a variable)
     */
    public record EcsService(
            Name name,
            String serviceName,
            String launchType,
            int desiredCount,
            String clusterArn,
            String clusterTerraformName,
            String sourceTaskDefinition,
            String taskDefinitionVariable,
            List<String> sourceSubnetIds,
            List<GroupReference> securityGroups,
            TagSet tags) {}

    /**
     * A wave member that gets no generated code, with the reason.
     *
     * @param deliberate true for Retire and Retain, which provision nothing by design; false when the tool does not generate the type or strategy
     */
    public record Skipped(Name name, String reason, boolean deliberate) {}
}
