package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleCompute.CacheCluster;
import io.cloudmigrate.discovery.sample.SampleCompute.Database;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;
import io.cloudmigrate.discovery.sample.SampleNetwork.Tag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.array;
import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.object;

/**
 * Writes {@code rds-describe-db-clusters.json}, {@code elasticache-describe-replication-groups.json}
 * and per replication group {@code elasticache-list-tags-for-resource/<group-arn>}. Clusters and
 * groups are derived from their members: the Aurora instances that name a cluster (the first is the
 * writer) and the cache clusters that name a replication group (the first is the primary).
 */
final class ClusterJsonWriter
{
    private final SampleTopology topology;
    private final AwsCliJsonWriter out;

    ClusterJsonWriter(SampleTopology topology, AwsCliJsonWriter out)
    {
        this.topology = topology;
        this.out = out;
    }

    void write(AccountRegion region)
    {
        Map<String, List<Database>> clusters = new LinkedHashMap<>();
        topology.databases().stream().filter(database -> database.where().equals(region) && database.aurora())
                .forEach(database -> clusters.computeIfAbsent(database.cluster(), ignored -> new ArrayList<>()).add(database));
        ArrayNode databaseClusters = array();
        clusters.values().forEach(members -> databaseClusters.add(databaseCluster(members)));
        out.write(region.folder() + "/rds-describe-db-clusters.json", NetworkJsonWriter.wrap("DBClusters", databaseClusters));

        Map<String, List<CacheCluster>> groups = new LinkedHashMap<>();
        topology.cacheClusters().stream().filter(cluster -> cluster.where().equals(region) && cluster.replicationGroupId() != null)
                .forEach(cluster -> groups.computeIfAbsent(cluster.replicationGroupId(), ignored -> new ArrayList<>()).add(cluster));
        ArrayNode replicationGroups = array();
        groups.forEach((groupId, members) -> {
            replicationGroups.add(replicationGroup(groupId, members));
            out.write(region.folder() + "/elasticache-list-tags-for-resource/" + SampleIds.fileName(groupArn(region, groupId)),
                    NetworkJsonWriter.wrap("TagList", AwsCliJsonWriter.tags(members.getFirst().tags())));
        });
        out.write(region.folder() + "/elasticache-describe-replication-groups.json", NetworkJsonWriter.wrap("ReplicationGroups", replicationGroups));
    }

    private static ObjectNode databaseCluster(List<Database> members)
    {
        Database writer = members.getFirst();
        AccountRegion where = writer.where();
        String identifier = writer.cluster();
        String major = writer.engineVersion().substring(0, writer.engineVersion().indexOf('.'));
        String host = SampleIds.alphanumeric("aurora:" + where.folder(), 12) + "." + where.region() + ".rds.amazonaws.com";
        ObjectNode node = object();
        node.put("AllocatedStorage", 1);
        node.set("AvailabilityZones", AwsCliJsonWriter.strings(writer.subnetGroup().stream().map(subnet -> subnet.availabilityZone()).toList()));
        node.put("BackupRetentionPeriod", 7);
        node.put("DatabaseName", identifier.replace("-", "_"));
        node.put("DBClusterIdentifier", identifier);
        node.put("DBClusterParameterGroup", "default." + writer.engine() + major);
        node.put("DBSubnetGroup", writer.subnetGroupName());
        node.put("Status", "available");
        node.put("EarliestRestorableTime", "2026-10-24T03:12:40.118000+00:00");
        node.put("Endpoint", identifier + ".cluster-" + host);
        node.put("ReaderEndpoint", identifier + ".cluster-ro-" + host);
        node.put("MultiAZ", members.size() > 1);
        node.put("Engine", writer.engine());
        node.put("EngineVersion", writer.engineVersion());
        node.put("LatestRestorableTime", "2026-10-31T23:55:00+00:00");
        node.put("Port", 5432);
        node.put("MasterUsername", "northwind_admin");
        node.put("PreferredBackupWindow", "03:00-03:30");
        node.put("PreferredMaintenanceWindow", "sun:05:00-sun:05:30");
        node.set("ReadReplicaIdentifiers", array());
        ArrayNode clusterMembers = node.putArray("DBClusterMembers");
        for (Database member : members) {
            clusterMembers.addObject()
                    .put("DBInstanceIdentifier", member.identifier())
                    .put("IsClusterWriter", member == writer)
                    .put("DBClusterParameterGroupStatus", "in-sync")
                    .put("PromotionTier", 1);
        }
        ArrayNode vpcGroups = node.putArray("VpcSecurityGroups");
        for (SecurityGroup group : writer.groups()) {
            vpcGroups.addObject().put("VpcSecurityGroupId", group.id()).put("Status", "active");
        }
        node.put("HostedZoneId", where.region().equals("us-east-1") ? "Z2R2ITUGPM61AM" : "Z29XKXDKYMONMX");
        node.put("StorageEncrypted", true);
        node.put("KmsKeyId", "arn:aws:kms:" + where.region() + ":" + where.accountId() + ":key/" + SampleIds.uuid("kms:rds:" + where.folder()));
        node.put("DbClusterResourceId", "cluster-" + SampleIds.alphanumeric("cluster:" + identifier, 26).toUpperCase(Locale.ROOT));
        node.put("DBClusterArn", "arn:aws:rds:" + where.region() + ":" + where.accountId() + ":cluster:" + identifier);
        node.set("AssociatedRoles", array());
        node.put("IAMDatabaseAuthenticationEnabled", false);
        node.put("ClusterCreateTime", writer.createTime());
        node.put("EngineMode", "provisioned");
        node.put("DeletionProtection", true);
        node.put("HttpEndpointEnabled", false);
        node.put("CopyTagsToSnapshot", true);
        node.put("CrossAccountClone", false);
        node.set("DomainMemberships", array());
        // the cluster carries its members' tags under its own name
        node.set("TagList", AwsCliJsonWriter.tags(writer.tags().stream()
                .map(tag -> tag.key().equals("Name") ? new Tag("Name", identifier) : tag)
                .toList()));
        node.put("StorageType", "aurora");
        node.put("AutoMinorVersionUpgrade", true);
        node.put("NetworkType", "IPV4");
        node.put("EngineLifecycleSupport", "open-source-rds-extended-support");
        return node;
    }

    private static ObjectNode replicationGroup(String groupId, List<CacheCluster> members)
    {
        CacheCluster primary = members.getFirst();
        AccountRegion where = primary.where();
        String regionCode = where.region().equals("us-east-1") ? "use1" : "euw1";
        String endpointId = SampleIds.alphanumeric("cache:" + groupId, 6);
        boolean encrypted = !primary.engineVersion().startsWith("5.");
        ObjectNode node = object();
        node.put("ReplicationGroupId", groupId);
        node.put("Description", groupId + " (Redis OSS " + primary.engineVersion() + ")");
        node.set("GlobalReplicationGroupInfo", object());
        node.put("Status", "available");
        node.set("PendingModifiedValues", object());
        node.set("MemberClusters", AwsCliJsonWriter.strings(members.stream().map(CacheCluster::id).toList()));
        ObjectNode nodeGroup = node.putArray("NodeGroups").addObject();
        nodeGroup.put("NodeGroupId", "0001");
        nodeGroup.put("Status", "available");
        nodeGroup.putObject("PrimaryEndpoint").put("Address", groupId + "." + endpointId + ".ng.0001." + regionCode + ".cache.amazonaws.com").put("Port", 6379);
        nodeGroup.putObject("ReaderEndpoint").put("Address", groupId + "-ro." + endpointId + ".ng.0001." + regionCode + ".cache.amazonaws.com").put("Port", 6379);
        ArrayNode groupMembers = nodeGroup.putArray("NodeGroupMembers");
        for (CacheCluster member : members) {
            groupMembers.addObject()
                    .put("CacheClusterId", member.id())
                    .put("CacheNodeId", "0001")
                    .put("PreferredAvailabilityZone", member.subnet().availabilityZone())
                    .put("CurrentRole", member == primary ? "primary" : "replica");
        }
        node.put("SnapshottingClusterId", members.getLast().id());
        node.put("AutomaticFailover", members.size() > 1 ? "enabled" : "disabled");
        node.put("MultiAZ", members.size() > 1 ? "enabled" : "disabled");
        node.put("SnapshotRetentionLimit", 1);
        node.put("SnapshotWindow", "04:00-05:00");
        node.put("ClusterEnabled", false);
        node.put("CacheNodeType", primary.nodeType());
        node.put("AuthTokenEnabled", false);
        node.put("TransitEncryptionEnabled", encrypted);
        node.put("AtRestEncryptionEnabled", encrypted);
        node.put("ARN", groupArn(where, groupId));
        node.set("UserGroupIds", array());
        node.set("LogDeliveryConfigurations", array());
        node.put("ReplicationGroupCreateTime", primary.createTime());
        node.put("DataTiering", "disabled");
        node.put("AutoMinorVersionUpgrade", true);
        node.put("NetworkType", "ipv4");
        node.put("IpDiscovery", "ipv4");
        node.put("ClusterMode", "disabled");
        node.put("Engine", "redis");
        return node;
    }

    private static String groupArn(AccountRegion where, String groupId)
    {
        return "arn:aws:elasticache:" + where.region() + ":" + where.accountId() + ":replicationgroup:" + groupId;
    }
}
