package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.NetworkInterface;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;
import io.cloudmigrate.discovery.sample.SampleNetwork.Tag;

import java.util.List;

/**
 * The compute part of the sample estate: EC2 instances, RDS and ElastiCache, Lambda and ECS, each
 * with the usage profile its CloudWatch series are drawn from.
 */
final class SampleCompute
{
    private SampleCompute() {}

    /** The shape of a resource's daily utilisation. */
    enum UsageKind
    {
        /** A busy service: level with a weekly rhythm. */
        STEADY,
        /** Quiet most days, busy on irregular ones. */
        BURSTY,
        /** Nothing runs: CPU and memory in the low single digits. */
        IDLE,
        /** Near zero by day, a job for an hour or so each night and long runs at month end. */
        BATCH
    }

    /**
     * @param level the typical CPU percent (for {@link UsageKind#BATCH}, the percent while a job runs)
     * @param networkGigabytes typical bytes in and out per day, in GB
     * @param volume typical connections (databases, caches) or invocations per day (functions)
     */
    record UsageProfile(UsageKind kind, double level, double networkGigabytes, double volume)
    {
        static UsageProfile steady(double level, double networkGigabytes, double volume)
        {
            return new UsageProfile(UsageKind.STEADY, level, networkGigabytes, volume);
        }

        static UsageProfile bursty(double level, double networkGigabytes, double volume)
        {
            return new UsageProfile(UsageKind.BURSTY, level, networkGigabytes, volume);
        }

        static UsageProfile idle()
        {
            return new UsageProfile(UsageKind.IDLE, 0.9, 0.002, 0);
        }

        static UsageProfile batch(double level, double networkGigabytes)
        {
            return new UsageProfile(UsageKind.BATCH, level, networkGigabytes, 0);
        }
    }

    /**
     * How EC2 and SSM describe an operating system.
     *
     * @param platform {@code windows} for Windows, {@code null} otherwise (EC2 omits the field)
     */
    record OperatingSystem(
            String platform,
            String platformDetails,
            String usageOperation,
            String ssmPlatformType,
            String ssmPlatformName,
            String ssmPlatformVersion,
            String rootDeviceName)
    {
        static final OperatingSystem AMAZON_LINUX_2 = linux("Amazon Linux", "2");
        static final OperatingSystem AMAZON_LINUX_2023 = linux("Amazon Linux", "2023");
        static final OperatingSystem UBUNTU_18_04 = new OperatingSystem(null, "Linux/UNIX", "RunInstances", "Linux", "Ubuntu", "18.04", "/dev/sda1");
        static final OperatingSystem UBUNTU_22_04 = new OperatingSystem(null, "Linux/UNIX", "RunInstances", "Linux", "Ubuntu", "22.04", "/dev/sda1");
        static final OperatingSystem WINDOWS_2012_R2 = windows("Windows", "RunInstances:0002");
        static final OperatingSystem WINDOWS_2012_R2_SQL_STANDARD = windows("Windows with SQL Server Standard", "RunInstances:0006");

        private static OperatingSystem linux(String name, String version)
        {
            return new OperatingSystem(null, "Linux/UNIX", "RunInstances", "Linux", name, version, "/dev/xvda");
        }

        private static OperatingSystem windows(String platformDetails, String usageOperation)
        {
            return new OperatingSystem("windows", platformDetails, usageOperation, "Windows", "Microsoft Windows Server 2012 R2 Standard", "6.3.9600", "/dev/sda1");
        }

        boolean isWindows()
        {
            return platform != null;
        }
    }

    /** An application as SSM Inventory ({@code AWS:Application}) lists it. */
    record Software(String name, String version, String publisher) {}

    record Volume(String id, String device, int sizeGb, String volumeType, String createTime) {}

    record Instance(
            String id,
            String name,
            Subnet subnet,
            String instanceType,
            OperatingSystem operatingSystem,
            List<Tag> tags,
            List<SecurityGroup> groups,
            NetworkInterface networkInterface,
            List<Volume> volumes,
            UsageProfile profile,
            boolean memoryAgent,
            boolean ssmManaged,
            List<Software> software,
            String launchTime,
            String imageId,
            String imdsHttpTokens,
            String keyName)
    {
        AccountRegion where()
        {
            return subnet.where();
        }

        String arn()
        {
            return "arn:aws:ec2:" + where().region() + ":" + where().accountId() + ":instance/" + id;
        }
    }

    /**
     * An RDS PostgreSQL DB instance, or an instance of an Aurora PostgreSQL cluster.
     *
     * @param subnet the subnet of the instance's current availability zone
     * @param source the DB instance this one replicates (identifier in the same region, ARN across regions), or {@code null}
     * @param engine {@code postgres} or {@code aurora-postgresql}
     * @param cluster the Aurora cluster it belongs to, or {@code null}; the first member of a cluster is its writer
     */
    record Database(
            String identifier,
            Subnet subnet,
            List<Subnet> subnetGroup,
            String subnetGroupName,
            List<SecurityGroup> groups,
            NetworkInterface networkInterface,
            String engineVersion,
            String instanceClass,
            int storageGb,
            boolean multiAz,
            String source,
            List<Tag> tags,
            UsageProfile profile,
            String createTime,
            String engine,
            String cluster)
    {
        AccountRegion where()
        {
            return subnet.where();
        }

        String arn()
        {
            return "arn:aws:rds:" + where().region() + ":" + where().accountId() + ":db:" + identifier;
        }

        boolean aurora()
        {
            return cluster != null;
        }
    }

    record CacheCluster(
            String id,
            String replicationGroupId,
            Subnet subnet,
            String subnetGroupName,
            List<SecurityGroup> groups,
            NetworkInterface networkInterface,
            String engineVersion,
            String nodeType,
            UsageProfile profile,
            String createTime,
            List<Tag> tags)
    {
        AccountRegion where()
        {
            return subnet.where();
        }

        String arn()
        {
            return "arn:aws:elasticache:" + where().region() + ":" + where().accountId() + ":cluster:" + id;
        }
    }

    /**
     * A Lambda function; {@code subnets} is empty for a function outside any VPC.
     *
     * @param tags what {@code lambda list-tags} returns, since {@code list-functions} leaves tags out
     */
    record Function(
            String name,
            AccountRegion where,
            String runtime,
            String handler,
            int memorySizeMb,
            int timeoutSeconds,
            long codeSizeBytes,
            String architecture,
            String description,
            List<Subnet> subnets,
            List<SecurityGroup> groups,
            List<NetworkInterface> interfaces,
            UsageProfile profile,
            String lastModified,
            List<Tag> tags)
    {
        String arn()
        {
            return "arn:aws:lambda:" + where.region() + ":" + where.accountId() + ":function:" + name;
        }
    }

    record EcsCluster(String name, AccountRegion where, List<Tag> tags)
    {
        String arn()
        {
            return "arn:aws:ecs:" + where.region() + ":" + where.accountId() + ":cluster/" + name;
        }
    }

    record EcsTask(String id, String attachmentId, NetworkInterface networkInterface, String startedAt) {}

    /**
     * A Fargate service in awsvpc mode.
     *
     * @param targetGroupName the ELBv2 target group its tasks are registered in, or {@code null}
     */
    record EcsService(
            String name,
            EcsCluster cluster,
            String taskDefinition,
            int desiredCount,
            List<Subnet> subnets,
            List<SecurityGroup> groups,
            String targetGroupName,
            int containerPort,
            List<EcsTask> tasks,
            UsageProfile profile,
            String createdAt,
            List<Tag> tags)
    {
        /** The owner name of the tasks' ENIs: unique across clusters. */
        String key()
        {
            return cluster.name() + "/" + name;
        }

        String arn()
        {
            return "arn:aws:ecs:" + cluster.where().region() + ":" + cluster.where().accountId() + ":service/" + cluster.name() + "/" + name;
        }
    }
}
