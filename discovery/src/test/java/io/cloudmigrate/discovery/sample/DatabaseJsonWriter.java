package io.cloudmigrate.discovery.sample;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.sample.SampleCompute.CacheCluster;
import io.cloudmigrate.discovery.sample.SampleCompute.Database;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;

import java.util.Locale;
import java.util.SortedMap;
import java.util.TreeMap;

import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.array;
import static io.cloudmigrate.discovery.sample.AwsCliJsonWriter.object;

/**
 * Writes {@code rds-describe-db-instances.json}, {@code elasticache-describe-cache-clusters.json}
 * (as with {@code --show-cache-node-info}) and {@code elasticache-describe-cache-subnet-groups.json}, and per cache cluster
 * {@code elasticache-list-tags-for-resource/<cluster-arn>}, since the describe call leaves tags out.
 */
final class DatabaseJsonWriter
{
    private final SampleTopology topology;
    private final AwsCliJsonWriter out;

    DatabaseJsonWriter(SampleTopology topology, AwsCliJsonWriter out)
    {
        this.topology = topology;
        this.out = out;
    }

    void write(AccountRegion region)
    {
        ArrayNode databases = array();
        topology.databases().stream().filter(database -> database.where().equals(region)).forEach(database -> databases.add(database(database)));
        ArrayNode clusters = array();
        for (CacheCluster cluster : topology.cacheClusters()) {
            if (cluster.where().equals(region)) {
                clusters.add(cacheCluster(cluster));
                out.write(region.folder() + "/elasticache-list-tags-for-resource/" + SampleIds.fileName(cluster.arn()),
                        NetworkJsonWriter.wrap("TagList", AwsCliJsonWriter.tags(cluster.tags())));
            }
        }
        out.write(region.folder() + "/rds-describe-db-instances.json", NetworkJsonWriter.wrap("DBInstances", databases));
        out.write(region.folder() + "/elasticache-describe-cache-clusters.json", NetworkJsonWriter.wrap("CacheClusters", clusters));
        out.write(region.folder() + "/elasticache-describe-cache-subnet-groups.json", NetworkJsonWriter.wrap("CacheSubnetGroups", subnetGroups(region)));
    }

    /** One cache subnet group per name the region's clusters use, holding the subnets of those clusters, sorted. */
    private ArrayNode subnetGroups(AccountRegion region)
    {
        SortedMap<String, SortedMap<String, Subnet>> subnetsByGroup = new TreeMap<>();
        for (CacheCluster cluster : topology.cacheClusters()) {
            if (cluster.where().equals(region)) {
                subnetsByGroup.computeIfAbsent(cluster.subnetGroupName(), ignored -> new TreeMap<>()).put(cluster.subnet().id(), cluster.subnet());
            }
        }
        ArrayNode groups = array();
        subnetsByGroup.forEach((name, subnets) -> {
            ObjectNode group = groups.addObject();
            group.put("CacheSubnetGroupName", name);
            group.put("CacheSubnetGroupDescription", "Subnets of the " + name + " caches");
            group.put("VpcId", subnets.values().iterator().next().vpc().id());
            ArrayNode entries = group.putArray("Subnets");
            for (Subnet subnet : subnets.values()) {
                entries.addObject().put("SubnetIdentifier", subnet.id()).putObject("SubnetAvailabilityZone").put("Name", subnet.availabilityZone());
            }
            group.put("ARN", "arn:aws:elasticache:" + region.region() + ":" + region.accountId() + ":subnetgroup:" + name);
        });
        return groups;
    }

    private ObjectNode database(Database database)
    {
        AccountRegion where = database.where();
        String major = database.engineVersion().substring(0, database.engineVersion().indexOf('.'));
        boolean replica = database.source() != null;
        ObjectNode node = object();
        node.put("DBInstanceIdentifier", database.identifier());
        node.put("DBInstanceClass", database.instanceClass());
        node.put("Engine", database.engine());
        node.put("DBInstanceStatus", "available");
        node.put("MasterUsername", "northwind_admin");
        if (!replica) {
            node.put("DBName", "storefront");
        }
        node.putObject("Endpoint")
                .put("Address", database.identifier() + "." + SampleIds.alphanumeric("rds:" + where.folder(), 12) + "." + where.region() + ".rds.amazonaws.com")
                .put("Port", 5432)
                .put("HostedZoneId", where.region().equals("us-east-1") ? "Z2R2ITUGPM61AM" : "Z29XKXDKYMONMX");
        node.put("AllocatedStorage", database.storageGb());
        node.put("InstanceCreateTime", database.createTime());
        node.put("PreferredBackupWindow", "03:00-03:30");
        node.put("BackupRetentionPeriod", replica ? 0 : 7);
        node.set("DBSecurityGroups", array());
        ArrayNode vpcGroups = node.putArray("VpcSecurityGroups");
        for (SecurityGroup group : database.groups()) {
            vpcGroups.addObject().put("VpcSecurityGroupId", group.id()).put("Status", "active");
        }
        node.putArray("DBParameterGroups").addObject().put("DBParameterGroupName", "default." + database.engine() + major).put("ParameterApplyStatus", "in-sync");
        node.put("AvailabilityZone", database.subnet().availabilityZone());
        ObjectNode subnetGroup = node.putObject("DBSubnetGroup");
        subnetGroup.put("DBSubnetGroupName", database.subnetGroupName());
        subnetGroup.put("DBSubnetGroupDescription", "Subnets of " + database.identifier());
        subnetGroup.put("VpcId", database.subnet().vpc().id());
        subnetGroup.put("SubnetGroupStatus", "Complete");
        ArrayNode subnets = subnetGroup.putArray("Subnets");
        for (Subnet subnet : database.subnetGroup()) {
            ObjectNode entry = subnets.addObject().put("SubnetIdentifier", subnet.id());
            entry.putObject("SubnetAvailabilityZone").put("Name", subnet.availabilityZone());
            entry.set("SubnetOutpost", object());
            entry.put("SubnetStatus", "Active");
        }
        node.put("PreferredMaintenanceWindow", "sun:05:00-sun:05:30");
        node.set("PendingModifiedValues", object());
        node.put("LatestRestorableTime", "2026-10-31T23:55:00+00:00");
        node.put("MultiAZ", database.multiAz());
        node.put("EngineVersion", database.engineVersion());
        node.put("AutoMinorVersionUpgrade", !database.engineVersion().startsWith("13."));
        if (replica) {
            node.put("ReadReplicaSourceDBInstanceIdentifier", database.source());
        }
        node.set("ReadReplicaDBInstanceIdentifiers", AwsCliJsonWriter.strings(topology.databases().stream()
                .filter(other -> database.identifier().equals(other.source()) || database.arn().equals(other.source()))
                .map(other -> other.where().equals(where) ? other.identifier() : other.arn())
                .toList()));
        node.set("ReadReplicaDBClusterIdentifiers", array());
        node.put("LicenseModel", "postgresql-license");
        node.putArray("OptionGroupMemberships").addObject().put("OptionGroupName", "default:" + database.engine() + "-" + major).put("Status", "in-sync");
        if (database.multiAz()) {
            node.put("SecondaryAvailabilityZone", database.subnetGroup().getLast().availabilityZone());
        }
        node.put("PubliclyAccessible", false);
        if (replica) {
            node.putArray("StatusInfos").addObject().put("StatusType", "read replication").put("Normal", true).put("Status", "replicating");
        }
        if (database.aurora()) {
            // an Aurora instance keeps no storage of its own: its cluster's volume holds the data
            node.put("StorageType", "aurora");
            node.put("DBClusterIdentifier", database.cluster());
            node.put("PromotionTier", 1);
        }
        else {
            node.put("StorageType", "gp3");
            node.put("Iops", database.storageGb() >= 400 ? 12000 : 3000);
            node.put("StorageThroughput", database.storageGb() >= 400 ? 500 : 125);
        }
        node.put("DbInstancePort", 0);
        node.put("StorageEncrypted", true);
        node.put("KmsKeyId", "arn:aws:kms:" + where.region() + ":" + where.accountId() + ":key/" + SampleIds.uuid("kms:rds:" + where.folder()));
        node.put("DbiResourceId", "db-" + SampleIds.alphanumeric("dbi:" + database.identifier(), 26).toUpperCase(Locale.ROOT));
        node.put("CACertificateIdentifier", "rds-ca-rsa2048-g1");
        node.set("DomainMemberships", array());
        node.put("CopyTagsToSnapshot", true);
        node.put("MonitoringInterval", replica ? 0 : 60);
        node.put("DBInstanceArn", database.arn());
        node.put("IAMDatabaseAuthenticationEnabled", false);
        node.put("PerformanceInsightsEnabled", !replica);
        node.put("DeletionProtection", database.where().accountId().equals(NorthwindAccounts.PRODUCTION_ACCOUNT_ID) && !replica);
        node.set("AssociatedRoles", array());
        node.set("TagList", AwsCliJsonWriter.tags(database.tags()));
        node.put("CustomerOwnedIpEnabled", false);
        node.put("BackupTarget", "region");
        node.put("NetworkType", "IPV4");
        node.putObject("CertificateDetails").put("CAIdentifier", "rds-ca-rsa2048-g1").put("ValidTill", "2027-10-05T12:39:09+00:00");
        node.put("DedicatedLogVolume", false);
        node.put("IsStorageConfigUpgradeAvailable", false);
        // the default enrolment; PostgreSQL 13 left standard support in February 2026, so it is billed on the 13.x instances
        node.put("EngineLifecycleSupport", "open-source-rds-extended-support");
        return node;
    }

    private static ObjectNode cacheCluster(CacheCluster cluster)
    {
        AccountRegion where = cluster.where();
        String regionCode = where.region().equals("us-east-1") ? "use1" : "euw1";
        String endpointId = SampleIds.alphanumeric("cache:" + cluster.replicationGroupId(), 6);
        ObjectNode node = object();
        node.put("CacheClusterId", cluster.id());
        node.put("ClientDownloadLandingPage", "https://console.aws.amazon.com/elasticache/home#client-download:");
        node.put("CacheNodeType", cluster.nodeType());
        node.put("Engine", "redis");
        node.put("EngineVersion", cluster.engineVersion());
        node.put("CacheClusterStatus", "available");
        node.put("NumCacheNodes", 1);
        node.put("PreferredAvailabilityZone", cluster.subnet().availabilityZone());
        node.put("CacheClusterCreateTime", cluster.createTime());
        node.put("PreferredMaintenanceWindow", "sat:06:00-sat:07:00");
        node.set("PendingModifiedValues", object());
        node.set("CacheSecurityGroups", array());
        String family = cluster.engineVersion().startsWith("5.") ? "default.redis5.0" : "default.redis7";
        node.putObject("CacheParameterGroup")
                .put("CacheParameterGroupName", family)
                .put("ParameterApplyStatus", "in-sync")
                .set("CacheNodeIdsToReboot", array());
        node.put("CacheSubnetGroupName", cluster.subnetGroupName());
        ObjectNode cacheNode = node.putArray("CacheNodes").addObject();
        cacheNode.put("CacheNodeId", "0001");
        cacheNode.put("CacheNodeStatus", "available");
        cacheNode.put("CacheNodeCreateTime", cluster.createTime());
        cacheNode.putObject("Endpoint")
                .put("Address", cluster.id() + "." + endpointId + ".0001." + regionCode + ".cache.amazonaws.com")
                .put("Port", 6379);
        cacheNode.put("ParameterGroupStatus", "in-sync");
        cacheNode.put("CustomerAvailabilityZone", cluster.subnet().availabilityZone());
        node.put("AutoMinorVersionUpgrade", true);
        ArrayNode groups = node.putArray("SecurityGroups");
        for (SecurityGroup group : cluster.groups()) {
            groups.addObject().put("SecurityGroupId", group.id()).put("Status", "active");
        }
        node.put("ReplicationGroupId", cluster.replicationGroupId());
        node.put("SnapshotRetentionLimit", 1);
        node.put("SnapshotWindow", "04:00-05:00");
        node.put("AuthTokenEnabled", false);
        node.put("TransitEncryptionEnabled", !cluster.engineVersion().startsWith("5."));
        node.put("AtRestEncryptionEnabled", !cluster.engineVersion().startsWith("5."));
        node.put("ARN", cluster.arn());
        node.put("ReplicationGroupLogDeliveryEnabled", false);
        node.set("LogDeliveryConfigurations", array());
        node.put("NetworkType", "ipv4");
        node.put("IpDiscovery", "ipv4");
        return node;
    }
}
