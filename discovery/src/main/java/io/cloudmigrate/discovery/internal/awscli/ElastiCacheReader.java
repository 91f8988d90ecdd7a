package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.SecurityGroup;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * ElastiCache clusters of one region. {@code describe-cache-clusters} names the security groups and the
 * cache subnet group, not the VPC or subnets: those come from the subnet group
 * ({@code describe-cache-subnet-groups}) when it was read, else the VPC from the first security group
 * that is known.
 */
final class ElastiCacheReader
{
    private static final String OPERATION = "elasticache-describe-cache-clusters";
    private static final String SUBNET_GROUPS = "elasticache-describe-cache-subnet-groups";

    private ElastiCacheReader() {}

    static void read(RegionContext context)
    {
        Map<String, JsonNode> subnetGroups = new HashMap<>();
        context.items(SUBNET_GROUPS, "CacheSubnetGroups").forEach(group -> {
            String name = Json.text(group, "CacheSubnetGroupName");
            if (name != null) {
                subnetGroups.putIfAbsent(name, group);
            }
        });
        for (JsonNode cluster : context.items(OPERATION, "CacheClusters")) {
            String clusterId = Json.text(cluster, "CacheClusterId");
            if (clusterId == null) {
                continue;
            }
            List<String> securityGroupIds = Json.texts(cluster, "SecurityGroups", "SecurityGroupId");
            String vpcId = securityGroupIds.stream()
                    .flatMap(id -> context.estate().securityGroup(id).stream())
                    .map(SecurityGroup::vpcId)
                    .filter(Objects::nonNull)
                    .findFirst()
                    .orElse(null);
            JsonNode subnetGroup = subnetGroups.get(String.valueOf(Json.text(cluster, "CacheSubnetGroupName")));
            List<String> subnetIds = subnetGroup == null ? List.of() : Json.texts(subnetGroup, "Subnets", "SubnetIdentifier");
            if (subnetGroup != null && Json.text(subnetGroup, "VpcId") != null) {
                vpcId = Json.text(subnetGroup, "VpcId");
            }
            NetworkPlacement placement = new NetworkPlacement(vpcId, subnetIds, securityGroupIds, List.of(), List.of(), List.of());
            ResourceDetails details = new ResourceDetails.ElastiCacheCluster(
                    clusterId,
                    Json.text(cluster, "CacheNodeType"),
                    Json.text(cluster, "Engine"),
                    Json.text(cluster, "EngineVersion"),
                    Json.integer(cluster, "NumCacheNodes", 0),
                    Json.text(cluster, "ReplicationGroupId"),
                    port(cluster));
            String arn = Json.text(cluster, "ARN");
            Map<String, String> tags = Json.tags(cluster);
            context.estate().add(context, new Resource(arn == null ? context.scope().elastiCacheCluster(clusterId) : arn,
                    ResourceType.ELASTICACHE_CLUSTER, context.accountId(), context.region(), Json.name(tags, clusterId), tags, placement, details),
                    context.files().documentPath(OPERATION));
        }
    }

    /** Memcached clusters have a configuration endpoint; Redis nodes each have their own. */
    private static int port(JsonNode cluster)
    {
        int configurationPort = Json.integer(cluster.path("ConfigurationEndpoint"), "Port", 0);
        if (configurationPort > 0) {
            return configurationPort;
        }
        return Json.array(cluster, "CacheNodes").stream()
                .mapToInt(node -> Json.integer(node.path("Endpoint"), "Port", 0))
                .filter(port -> port > 0)
                .findFirst()
                .orElse(0);
    }
}
