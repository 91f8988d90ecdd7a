package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.StrategyCost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The targets of an RDS DB cluster (with its Aurora instances) and of an ElastiCache replication group,
 * from the cluster or group and the recommendations of it and its members.
 */
final class ClusterTargets
{
    /** The class Aurora Serverless v2 instances take. */
    static final String SERVERLESS_CLASS = "db.serverless";

    private ClusterTargets() {}

    static Targets.DatabaseCluster databaseCluster(EstateIndex index, Resource resource, ResourceDetails.RdsDbCluster cluster, List<Resource> members,
            Targets.Name name, List<Targets.GroupReference> securityGroups, Targets.TagSet tags, Function<Resource, Targets.Name> memberName,
            Function<Resource, Targets.TagSet> memberTags)
    {
        Recommendation recommendation = index.recommendation(resource.id()).orElseThrow();
        List<String> writers = cluster.members().stream().filter(ResourceDetails.ClusterMember::writer).map(ResourceDetails.ClusterMember::dbInstanceIdentifier).toList();
        List<Targets.ClusterInstance> instances = new ArrayList<>();
        members.stream()
                .sorted(Comparator.comparing((Resource member) -> !writers.contains(identifier(member))).thenComparing(member -> index.terraformName(member.id())))
                .forEach(member -> {
                    ResourceDetails.RdsDbInstance database = (ResourceDetails.RdsDbInstance) member.details();
                    Optional<StrategyCost> cost = index.assessment().chosenCost(member.id());
                    String instanceClass = cluster.serverlessV2Capacity() != null && SERVERLESS_CLASS.equals(database.dbInstanceClass())
                            ? SERVERLESS_CLASS
                            : TargetAttributes.databaseClass(database, cost);
                    instances.add(new Targets.ClusterInstance(memberName.apply(member), AwsNames.hyphenated(identifier(member), 50), instanceClass,
                            writers.contains(identifier(member)) ? 0 : 1, memberTags.apply(member)));
                });
        String storageType = cluster.storageType() == null || cluster.storageType().isBlank() ? (cluster.aurora() ? null : "gp3") : cluster.storageType();
        return new Targets.DatabaseCluster(
                name,
                AwsNames.hyphenated(orName(cluster.dbClusterIdentifier(), resource), 50),
                cluster.engine(),
                TargetAttributes.engineVersion(cluster.engineVersion(), cluster.engine(), recommendation),
                cluster.engineVersion(),
                cluster.aurora(),
                cluster.aurora() ? null : cluster.dbClusterInstanceClass(),
                cluster.aurora() ? 0 : Math.max(cluster.allocatedStorageGb(), 100),
                // Aurora's "aurora" (standard) storage is the default and needs no setting; "aurora-iopt1" is I/O-Optimized
                cluster.aurora() && "aurora".equals(storageType) ? null : storageType,
                cluster.iops(),
                cluster.serverlessV2Capacity(),
                cluster.port(),
                resource.network().subnetIds(),
                securityGroups,
                tags,
                instances);
    }

    static Targets.Cache replicationGroup(EstateIndex index, Resource resource, ResourceDetails.ElastiCacheReplicationGroup group, Targets.Name name,
            List<Targets.GroupReference> securityGroups, Targets.TagSet tags)
    {
        Recommendation recommendation = index.recommendation(resource.id()).orElseThrow();
        int members = Math.max(group.memberClusters().size(), 1);
        int shards = Math.max(group.nodeGroups(), 1);
        boolean clusterMode = group.clusterEnabled() || shards > 1;
        String engine = group.engine() == null ? "redis" : group.engine();
        String engineVersion = TargetAttributes.cacheEngineVersion(engine, TargetAttributes.engineVersion(group.engineVersion(), engine, recommendation));
        return new Targets.Cache(
                name,
                AwsNames.hyphenated(orName(group.replicationGroupId(), resource), 36),
                true,
                engine,
                engineVersion,
                group.cacheNodeType(),
                clusterMode ? 0 : members,
                clusterMode ? shards : 0,
                clusterMode ? Math.max(members / shards - 1, 0) : 0,
                clusterMode ? TargetAttributes.clusterModeParameterGroup(engine, engineVersion) : null,
                group.transitEncryptionEnabled() || CacheEncryption.inTransit(engine, engineVersion, true),
                group.port(),
                resource.network().subnetIds(),
                securityGroups,
                tags);
    }

    private static String identifier(Resource member)
    {
        return orName(((ResourceDetails.RdsDbInstance) member.details()).dbInstanceIdentifier(), member);
    }

    private static String orName(String value, Resource resource)
    {
        return value == null || value.isBlank() ? resource.name() : value;
    }
}
