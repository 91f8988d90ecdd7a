package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * ElastiCache replication groups of one region, read after the cache clusters. AWS reports the
 * engine version, security groups and (through them) the VPC on the member clusters, not on the
 * group, so they are taken from the members; the engine too when an older CLI left it out.
 */
final class ElastiCacheReplicationGroupReader
{
    private static final String OPERATION = "elasticache-describe-replication-groups";

    private ElastiCacheReplicationGroupReader() {}

    static void read(RegionContext context)
    {
        Optional<JsonNode> document = context.files().document(OPERATION);
        if (document.isEmpty()) {
            return;
        }
        Set<String> groupIds = new TreeSet<>();
        for (JsonNode group : context.items(OPERATION, "ReplicationGroups")) {
            String groupId = Json.text(group, "ReplicationGroupId");
            if (groupId != null) {
                groupIds.add(groupId);
                add(context, group, groupId);
            }
        }
        context.estate().resources(ResourceType.ELASTICACHE_CLUSTER, context.scope())
                .filter(cluster -> cluster.details() instanceof ResourceDetails.ElastiCacheCluster cache && cache.replicationGroupId() != null
                        && !groupIds.contains(cache.replicationGroupId()))
                .toList()
                .forEach(cluster -> context.dangling("elasticache", cluster.id(),
                        "replication group " + ((ResourceDetails.ElastiCacheCluster) cluster.details()).replicationGroupId(), context.files().documentPath(OPERATION)));
    }

    private static void add(RegionContext context, JsonNode group, String groupId)
    {
        String arn = Json.text(group, "ARN") != null ? Json.text(group, "ARN") : context.scope().elastiCacheReplicationGroup(groupId);
        List<String> memberIds = Json.strings(group, "MemberClusters");
        List<ResourceDetails.ElastiCacheCluster> members = new ArrayList<>();
        List<String> securityGroupIds = new ArrayList<>();
        List<String> subnetIds = new ArrayList<>();
        String vpcId = null;
        for (String memberId : memberIds) {
            Optional<Resource> member = context.estate().resources(ResourceType.ELASTICACHE_CLUSTER, context.scope())
                    .filter(resource -> resource.details() instanceof ResourceDetails.ElastiCacheCluster cache && memberId.equals(cache.cacheClusterId()))
                    .findFirst();
            if (member.isEmpty()) {
                context.dangling("elasticache", arn, "cache cluster " + memberId, context.files().documentPath("elasticache-describe-cache-clusters"));
                continue;
            }
            members.add((ResourceDetails.ElastiCacheCluster) member.get().details());
            Json.addNew(securityGroupIds, member.get().network().securityGroupIds());
            Json.addNew(subnetIds, member.get().network().subnetIds());
            vpcId = vpcId != null ? vpcId : member.get().network().vpcId();
        }
        List<JsonNode> nodeGroups = Json.array(group, "NodeGroups");
        String engine = Json.text(group, "Engine") != null ? Json.text(group, "Engine")
                : members.stream().map(ResourceDetails.ElastiCacheCluster::engine).filter(Objects::nonNull).findFirst().orElse(null);
        ResourceDetails details = new ResourceDetails.ElastiCacheReplicationGroup(
                groupId,
                Json.text(group, "Description"),
                engine,
                members.stream().map(ResourceDetails.ElastiCacheCluster::engineVersion).filter(Objects::nonNull).findFirst().orElse(null),
                Json.text(group, "CacheNodeType"),
                memberIds,
                Math.max(nodeGroups.size(), memberIds.isEmpty() ? 0 : 1),
                Json.bool(group, "ClusterEnabled"),
                Json.text(group, "AutomaticFailover"),
                "enabled".equals(Json.text(group, "MultiAZ")),
                Json.bool(group, "AtRestEncryptionEnabled"),
                Json.bool(group, "TransitEncryptionEnabled"),
                port(group, nodeGroups, members),
                Json.integer(group, "SnapshotRetentionLimit", 0));
        NetworkPlacement placement = new NetworkPlacement(vpcId, subnetIds, securityGroupIds, List.of(), List.of(), List.of());
        Map<String, String> tags = Json.tags(group);
        context.estate().add(context, new Resource(arn, ResourceType.ELASTICACHE_REPLICATION_GROUP, context.accountId(), context.region(),
                Json.name(tags, groupId), tags, placement, details), context.files().documentPath(OPERATION));
    }

    /** Cluster mode has a configuration endpoint; otherwise the primary endpoint of the one shard; failing both, a member's port. */
    private static int port(JsonNode group, List<JsonNode> nodeGroups, List<ResourceDetails.ElastiCacheCluster> members)
    {
        int configurationPort = Json.integer(group.path("ConfigurationEndpoint"), "Port", 0);
        if (configurationPort > 0) {
            return configurationPort;
        }
        return nodeGroups.stream()
                .mapToInt(nodeGroup -> Json.integer(nodeGroup.path("PrimaryEndpoint"), "Port", 0))
                .filter(port -> port > 0)
                .findFirst()
                .orElseGet(() -> members.stream().mapToInt(ResourceDetails.ElastiCacheCluster::port).filter(port -> port > 0).findFirst().orElse(0));
    }
}
