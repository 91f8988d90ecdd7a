package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * RDS DB clusters (Aurora and Multi-AZ DB clusters) of one region, read after the DB instances.
 * {@code describe-db-clusters} names its subnet group but not its VPC or subnets; they are taken
 * from a member instance, whose output carries the subnet group in full.
 */
final class RdsClusterReader
{
    private static final String OPERATION = "rds-describe-db-clusters";

    private RdsClusterReader() {}

    static void read(RegionContext context)
    {
        Optional<JsonNode> document = context.files().document(OPERATION);
        if (document.isEmpty()) {
            return;
        }
        Set<String> clusterIds = new TreeSet<>();
        for (JsonNode cluster : context.items(OPERATION, "DBClusters")) {
            String identifier = Json.text(cluster, "DBClusterIdentifier");
            if (identifier == null) {
                continue;
            }
            clusterIds.add(identifier);
            add(context, cluster, identifier);
        }
        // a member naming a cluster the saved output lacks: the collector saved the clusters at another time, or lost some
        context.estate().resources(ResourceType.RDS_DB_INSTANCE, context.scope())
                .filter(instance -> instance.details() instanceof ResourceDetails.RdsDbInstance database && database.dbClusterIdentifier() != null
                        && !clusterIds.contains(database.dbClusterIdentifier()))
                .toList()
                .forEach(instance -> context.dangling("rds", instance.id(),
                        "DB cluster " + ((ResourceDetails.RdsDbInstance) instance.details()).dbClusterIdentifier(), context.files().documentPath(OPERATION)));
    }

    private static void add(RegionContext context, JsonNode cluster, String identifier)
    {
        String arn = Json.text(cluster, "DBClusterArn") != null ? Json.text(cluster, "DBClusterArn") : context.scope().rdsDbCluster(identifier);
        List<ResourceDetails.ClusterMember> members = new ArrayList<>();
        for (JsonNode member : Json.array(cluster, "DBClusterMembers")) {
            String instanceId = Json.text(member, "DBInstanceIdentifier");
            if (instanceId != null) {
                members.add(new ResourceDetails.ClusterMember(instanceId, Json.bool(member, "IsClusterWriter")));
            }
        }
        members.sort(Comparator.comparing((ResourceDetails.ClusterMember member) -> !member.writer())
                .thenComparing(ResourceDetails.ClusterMember::dbInstanceIdentifier));
        List<Resource> memberInstances = new ArrayList<>();
        for (ResourceDetails.ClusterMember member : members) {
            Optional<Resource> instance = memberInstance(context, member.dbInstanceIdentifier());
            instance.ifPresentOrElse(memberInstances::add,
                    () -> context.dangling("rds", arn, "DB instance " + member.dbInstanceIdentifier(), context.files().documentPath("rds-describe-db-instances")));
        }
        NetworkPlacement memberPlacement = memberInstances.stream().map(Resource::network).findFirst().orElse(NetworkPlacement.NONE);
        NetworkPlacement placement = new NetworkPlacement(memberPlacement.vpcId(), memberPlacement.subnetIds(),
                Json.texts(cluster, "VpcSecurityGroups", "VpcSecurityGroupId"), List.of(), List.of(), List.of());
        ResourceDetails details = new ResourceDetails.RdsDbCluster(
                identifier,
                Json.text(cluster, "Engine"),
                Json.text(cluster, "EngineVersion"),
                Json.text(cluster, "EngineMode"),
                members,
                Json.bool(cluster, "MultiAZ"),
                Json.integer(cluster, "AllocatedStorage", 0),
                Json.text(cluster, "StorageType"),
                Json.integer(cluster, "Iops", 0),
                Json.bool(cluster, "StorageEncrypted"),
                Json.text(cluster, "DBClusterInstanceClass"),
                serverlessV2Capacity(cluster.path("ServerlessV2ScalingConfiguration")),
                Json.text(cluster, "Endpoint"),
                Json.text(cluster, "ReaderEndpoint"),
                Json.integer(cluster, "Port", 0),
                Json.integer(cluster, "BackupRetentionPeriod", 0),
                Json.bool(cluster, "DeletionProtection"),
                Json.text(cluster, "ReplicationSourceIdentifier"),
                Json.text(cluster, "GlobalClusterIdentifier"));
        Map<String, String> tags = Json.tags(cluster);
        context.estate().add(context, new Resource(arn, ResourceType.RDS_DB_CLUSTER, context.accountId(), context.region(), Json.name(tags, identifier),
                tags, placement, details), context.files().documentPath(OPERATION));
    }

    private static Optional<Resource> memberInstance(RegionContext context, String instanceId)
    {
        return context.estate().resources(ResourceType.RDS_DB_INSTANCE, context.scope())
                .filter(resource -> resource.details() instanceof ResourceDetails.RdsDbInstance database && instanceId.equals(database.dbInstanceIdentifier()))
                .findFirst();
    }

    /** {@code 0.5-16} from {@code {"MinCapacity": 0.5, "MaxCapacity": 16.0}}; trailing {@code .0} dropped so the text reads as AWS writes capacities. */
    private static String serverlessV2Capacity(JsonNode configuration)
    {
        if (!configuration.has("MinCapacity") || !configuration.has("MaxCapacity")) {
            return null;
        }
        return capacity(configuration.get("MinCapacity")) + "-" + capacity(configuration.get("MaxCapacity"));
    }

    private static String capacity(JsonNode value)
    {
        double number = value.asDouble();
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
