package io.cloudmigrate.discovery;

import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The details of data stores: RDS DB clusters, ElastiCache clusters and replication groups, S3
 * buckets, EBS volumes attached to no instance, EBS snapshots. Only {@link ResourceDetails} extends this interface, which
 * holds these records to keep that file to one concern; name them {@code ResourceDetails.X}, the name
 * every module uses (a single-type import needs the declaring interface: {@code import …}{@code StorageDetails.X}).
 */
public interface StorageDetails
{
    /**
     * An RDS DB cluster: Aurora ({@code aurora-mysql}, {@code aurora-postgresql}) or a Multi-AZ DB cluster
     * ({@code mysql}, {@code postgres}). Its instances are {@link ResourceDetails.RdsDbInstance} resources naming it.
     *
     * @param engineMode {@code provisioned}, {@code serverless} (Aurora Serverless v1), {@code parallelquery}, {@code global} …
     * @param members the member instances, the writer first, then the readers by identifier
     * @param allocatedStorageGb fixed storage of a Multi-AZ DB cluster; Aurora reports 1, since its volume grows with the data
     * @param iops provisioned IOPS, 0 when none
     * @param dbClusterInstanceClass the class of every instance of a Multi-AZ DB cluster; {@code null} for Aurora, whose members each have one
     * @param serverlessV2Capacity Aurora Serverless v2 capacity as {@code min-max} ACUs, or {@code null}
     * @param replicationSourceIdentifier the ARN of the cluster this one replicates from another Region, or {@code null}
     * @param globalClusterIdentifier the Aurora global database it belongs to, or {@code null}
     */
    record RdsDbCluster(
            String dbClusterIdentifier,
            String engine,
            String engineVersion,
            String engineMode,
            List<ClusterMember> members,
            boolean multiAz,
            int allocatedStorageGb,
            String storageType,
            int iops,
            boolean storageEncrypted,
            String dbClusterInstanceClass,
            String serverlessV2Capacity,
            String endpointAddress,
            String readerEndpointAddress,
            int port,
            int backupRetentionPeriod,
            boolean deletionProtection,
            String replicationSourceIdentifier,
            String globalClusterIdentifier)
            implements ResourceDetails
    {
        public RdsDbCluster
        {
            members = List.copyOf(members == null ? List.of() : members);
        }

        /** Whether the engine is Aurora, which keeps the data in a cluster volume rather than on the instances. */
        public boolean aurora()
        {
            return engine != null && engine.startsWith("aurora");
        }
    }

    record ElastiCacheCluster(
            String cacheClusterId,
            String cacheNodeType,
            String engine,
            String engineVersion,
            int numCacheNodes,
            String replicationGroupId,
            int port)
            implements ResourceDetails
    {
        /** Whether it is a node of a replication group, which then moves it. */
        public boolean groupMember()
        {
            return replicationGroupId != null;
        }
    }

    /**
     * A Redis OSS or Valkey replication group. Its nodes are {@link ElastiCacheCluster} resources naming
     * it; AWS reports the engine version and security groups on them, not on the group.
     *
     * @param memberClusters the cache clusters (nodes) of the group, as AWS lists them
     * @param nodeGroups the shards: 1 unless cluster mode is enabled
     * @param automaticFailover {@code enabled}, {@code disabled}, {@code enabling} or {@code disabling}
     */
    record ElastiCacheReplicationGroup(
            String replicationGroupId,
            String description,
            String engine,
            String engineVersion,
            String cacheNodeType,
            List<String> memberClusters,
            int nodeGroups,
            boolean clusterEnabled,
            String automaticFailover,
            boolean multiAz,
            boolean atRestEncryptionEnabled,
            boolean transitEncryptionEnabled,
            int port,
            int snapshotRetentionLimit)
            implements ResourceDetails
    {
        public ElastiCacheReplicationGroup
        {
            memberClusters = List.copyOf(memberClusters == null ? List.of() : memberClusters);
        }
    }

    /**
     * An S3 bucket and what it stores.
     *
     * @param sizeBytes from CloudWatch {@code BucketSizeBytes}, summed over the storage types measured; -1 when unknown
     * @param storageTypes the bytes of each {@code StorageType} measured, sorted by storage type; empty when the
     *        measurement did not say which type it was (a size alone does not say which storage class to price)
     */
    record S3Bucket(String bucketName, String creationDate, String versioning, String encryption, long sizeBytes, long objectCount,
            List<StorageTypeSize> storageTypes)
            implements ResourceDetails
    {
        public S3Bucket
        {
            storageTypes = storageTypes == null ? List.of()
                    : storageTypes.stream().sorted(Comparator.comparing(StorageTypeSize::storageType)).toList();
        }

        /** The bytes {@link #storageTypes} does not account for: a size measured without its storage type. */
        public long sizeBytesOfUnknownType()
        {
            return sizeBytes < 0 ? 0 : Math.max(0, sizeBytes - storageTypes.stream().mapToLong(StorageTypeSize::sizeBytes).sum());
        }
    }

    /**
     * The bytes of one storage type of a bucket.
     *
     * @param storageType the {@code StorageType} dimension of {@code BucketSizeBytes}: {@code StandardStorage},
     *        {@code StandardIAStorage}, {@code GlacierStorage}, {@code IntelligentTieringFAStorage} …
     */
    record StorageTypeSize(String storageType, long sizeBytes)
    {
        public StorageTypeSize
        {
            requireNonNull(storageType, "storageType is null");
        }
    }

    /**
     * An EBS volume attached to no instance, as {@code DescribeVolumes} reports it: it is paid for every month whether or not
     * anything reads it. An attribute is {@code null} when {@code DescribeVolumes} did not report it.
     *
     * @param volumeType {@code gp2}, {@code gp3}, {@code io1}, {@code io2}, {@code st1}, {@code sc1} or {@code standard}
     * @param iops the provisioned IOPS of gp3, io1 and io2, and the baseline EBS reports for gp2
     * @param throughputMibps the provisioned throughput of gp3, in MiB/s
     * @param state {@code available} for a volume attached to nothing
     * @param snapshotId the snapshot it was created from, or {@code null}
     * @param createTime when it was created, as AWS writes it (ISO 8601)
     */
    record UnattachedVolume(
            String volumeId,
            String volumeType,
            Integer sizeGb,
            Integer iops,
            Integer throughputMibps,
            Boolean encrypted,
            String availabilityZone,
            String state,
            String snapshotId,
            String createTime,
            List<EbsSnapshot> snapshots)
            implements ResourceDetails
    {
        public UnattachedVolume
        {
            requireNonNull(volumeId, "volumeId is null");
            snapshots = EbsSnapshot.sorted(snapshots);
        }

        /** A volume whose snapshots are not known: the sources that read no {@code DescribeSnapshots}, and older callers. */
        public UnattachedVolume(String volumeId, String volumeType, Integer sizeGb, Integer iops, Integer throughputMibps, Boolean encrypted,
                String availabilityZone, String state, String snapshotId, String createTime)
        {
            this(volumeId, volumeType, sizeGb, iops, throughputMibps, encrypted, availabilityZone, state, snapshotId, createTime, List.of());
        }

        /** The volume as the EBS prices of an instance's volumes see it: attached to nothing, on no device. */
        public ResourceDetails.EbsVolume asEbsVolume()
        {
            return new ResourceDetails.EbsVolume(volumeId, null, volumeType, sizeGb, iops, throughputMibps, encrypted, null, List.of(), snapshots);
        }
    }

    /**
     * One of the account's own EBS snapshots, as {@code DescribeSnapshots} reports it; an attribute is {@code null} when it did not
     * report it. What EBS bills a snapshot in the standard tier is the blocks no other snapshot of its lineage holds, which
     * {@code DescribeSnapshots} does not report: neither size here is that.
     *
     * @param volumeId the volume it was taken of; AWS writes {@code vol-ffffffff} for a copied snapshot
     * @param volumeSizeGb the size of the source volume ({@code VolumeSize}), not of the snapshot
     * @param fullSnapshotSizeBytes every block written to the volume when the snapshot was taken ({@code FullSnapshotSizeInBytes});
     *        what an archive-tier snapshot is billed for, since archiving makes it a full snapshot
     * @param storageTier {@code standard} or {@code archive}
     * @param state {@code pending}, {@code completed}, {@code error}, {@code recoverable}, {@code recovering}
     * @param startTime when it was taken, as AWS writes it (ISO 8601)
     */
    record EbsSnapshot(String snapshotId, String volumeId, Integer volumeSizeGb, Long fullSnapshotSizeBytes, String storageTier, String state, String startTime)
    {
        public static final String ARCHIVE_TIER = "archive";
        public static final String STANDARD_TIER = "standard";

        public EbsSnapshot
        {
            requireNonNull(snapshotId, "snapshotId is null");
        }

        /** A list of snapshots in snapshot id order, so that a document holding them is the same whatever order AWS listed them in. */
        static List<EbsSnapshot> sorted(List<EbsSnapshot> snapshots)
        {
            return snapshots == null ? List.of() : snapshots.stream().sorted(Comparator.comparing(EbsSnapshot::snapshotId)).toList();
        }
    }
}
