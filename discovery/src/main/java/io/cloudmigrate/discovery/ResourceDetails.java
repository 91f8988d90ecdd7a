package io.cloudmigrate.discovery;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The type-specific attributes of a {@link Resource}. Serialised with a {@code kind} property that
 * names the record. Most records of compute and of data stores are declared in {@code ComputeDetails} and
 * {@code StorageDetails}, which this interface extends so that every record is named {@code ResourceDetails.X}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ResourceDetails.Ec2Instance.class, name = "ec2Instance"),
        @JsonSubTypes.Type(value = ResourceDetails.Vpc.class, name = "vpc"),
        @JsonSubTypes.Type(value = ResourceDetails.Subnet.class, name = "subnet"),
        @JsonSubTypes.Type(value = ResourceDetails.RouteTable.class, name = "routeTable"),
        @JsonSubTypes.Type(value = ResourceDetails.NatGateway.class, name = "natGateway"),
        @JsonSubTypes.Type(value = ResourceDetails.VpcEndpoint.class, name = "vpcEndpoint"),
        @JsonSubTypes.Type(value = ResourceDetails.RdsDbInstance.class, name = "rdsDbInstance"),
        @JsonSubTypes.Type(value = ResourceDetails.RdsDbCluster.class, name = "rdsDbCluster"),
        @JsonSubTypes.Type(value = ResourceDetails.ElastiCacheCluster.class, name = "elastiCacheCluster"),
        @JsonSubTypes.Type(value = ResourceDetails.ElastiCacheReplicationGroup.class, name = "elastiCacheReplicationGroup"),
        @JsonSubTypes.Type(value = ResourceDetails.LoadBalancer.class, name = "loadBalancer"),
        @JsonSubTypes.Type(value = ResourceDetails.LambdaFunction.class, name = "lambdaFunction"),
        @JsonSubTypes.Type(value = ResourceDetails.EcsCluster.class, name = "ecsCluster"),
        @JsonSubTypes.Type(value = ResourceDetails.EcsService.class, name = "ecsService"),
        @JsonSubTypes.Type(value = ResourceDetails.S3Bucket.class, name = "s3Bucket"),
        @JsonSubTypes.Type(value = ResourceDetails.ApiGateway.class, name = "apiGateway"),
        @JsonSubTypes.Type(value = ResourceDetails.UnattachedVolume.class, name = "unattachedVolume"),
})
public sealed interface ResourceDetails
        extends ComputeDetails, StorageDetails
        permits ComputeDetails.Ec2Instance, ResourceDetails.Vpc, ResourceDetails.Subnet, ResourceDetails.RouteTable, ResourceDetails.NatGateway,
        ResourceDetails.VpcEndpoint, ResourceDetails.RdsDbInstance, StorageDetails.RdsDbCluster, StorageDetails.ElastiCacheCluster,
        StorageDetails.ElastiCacheReplicationGroup, ResourceDetails.LoadBalancer, ComputeDetails.LambdaFunction, ComputeDetails.EcsCluster,
        ResourceDetails.EcsService, StorageDetails.S3Bucket, ResourceDetails.ApiGateway, StorageDetails.UnattachedVolume
{
    /** Whether it is a member instance of a DB cluster or a node of a replication group: it moves with its cluster or group. */
    default boolean memberOfGroup()
    {
        return this instanceof RdsDbInstance database && database.clusterMember() || this instanceof ElastiCacheCluster cache && cache.groupMember();
    }

    /**
     * An EBS volume attached to an EC2 instance, as {@code DescribeVolumes} reports it. Every
     * attribute but the id is {@code null} when the volume was not described (the call was denied,
     * its file is missing), which is not the same as a volume without that attribute.
     *
     * @param deviceName where the instance sees it ({@code /dev/xvda}), from the block device mapping or the attachment
     * @param volumeType {@code gp2}, {@code gp3}, {@code io1}, {@code io2}, {@code st1}, {@code sc1} or {@code standard}
     * @param iops the provisioned IOPS of gp3, io1 and io2, and the baseline EBS reports for gp2
     * @param throughputMibps the provisioned throughput of gp3, in MiB/s
     * @param attachedInstanceIds every instance it is attached to (several with io1/io2 Multi-Attach), sorted
     * @param snapshots the account's own snapshots of this volume ({@code DescribeSnapshots} with {@code OwnerIds=self}), by snapshot id;
     *        empty when it has none or they were not read
     */
    record EbsVolume(
            String volumeId,
            String deviceName,
            String volumeType,
            Integer sizeGb,
            Integer iops,
            Integer throughputMibps,
            Boolean encrypted,
            Boolean deleteOnTermination,
            List<String> attachedInstanceIds,
            List<EbsSnapshot> snapshots)
    {
        public EbsVolume
        {
            requireNonNull(volumeId, "volumeId is null");
            attachedInstanceIds = List.copyOf(attachedInstanceIds == null ? List.of() : attachedInstanceIds);
            snapshots = EbsSnapshot.sorted(snapshots);
        }

        /** A volume whose snapshots are not known: the sources that read no {@code DescribeSnapshots}, and older callers. */
        public EbsVolume(String volumeId, String deviceName, String volumeType, Integer sizeGb, Integer iops, Integer throughputMibps, Boolean encrypted,
                Boolean deleteOnTermination, List<String> attachedInstanceIds)
        {
            this(volumeId, deviceName, volumeType, sizeGb, iops, throughputMibps, encrypted, deleteOnTermination, attachedInstanceIds, List.of());
        }

        /** Whether {@code DescribeVolumes} described it. */
        public boolean described()
        {
            return volumeType != null || sizeGb != null;
        }
    }

    /** A member instance of an {@link RdsDbCluster}: the writer takes writes, readers serve reads and stand by for fail-over. */
    record ClusterMember(String dbInstanceIdentifier, boolean writer) {}

    record Vpc(String vpcId, String cidrBlock, boolean isDefault)
            implements ResourceDetails {}

    record Subnet(String subnetId, String cidrBlock, String availabilityZone, boolean mapPublicIpOnLaunch)
            implements ResourceDetails {}

    /**
     * A route table.
     *
     * @param main whether it is the VPC's main route table, which serves every subnet that has no explicit association
     * @param associatedSubnetIds the subnets explicitly associated with it, sorted
     * @param propagatingVpnGateways virtual private gateways whose routes it learns, sorted
     */
    record RouteTable(String routeTableId, boolean main, List<String> associatedSubnetIds, List<Route> routes, List<String> propagatingVpnGateways)
            implements ResourceDetails
    {
        public RouteTable
        {
            associatedSubnetIds = List.copyOf(associatedSubnetIds == null ? List.of() : associatedSubnetIds);
            routes = List.copyOf(routes == null ? List.of() : routes);
            propagatingVpnGateways = List.copyOf(propagatingVpnGateways == null ? List.of() : propagatingVpnGateways);
        }
    }

    /**
     * One route of a {@link RouteTable}.
     *
     * @param destination an IPv4 or IPv6 CIDR block, or a prefix list id ({@code pl-…})
     * @param targetId the gateway, NAT gateway, instance, network interface … id; {@code local} for the VPC's own range
     * @param state {@code active} or {@code blackhole} (the target is gone)
     * @param origin {@code CreateRouteTable}, {@code CreateRoute} or {@code EnableVgwRoutePropagation}
     */
    record Route(String destination, RouteTargetKind targetKind, String targetId, String state, String origin) {}

    /** Where a route sends traffic. */
    enum RouteTargetKind
    {
        LOCAL,
        INTERNET_GATEWAY,
        EGRESS_ONLY_INTERNET_GATEWAY,
        NAT_GATEWAY,
        TRANSIT_GATEWAY,
        VPC_PEERING_CONNECTION,
        /** A gateway endpoint (S3, DynamoDB) or a Gateway Load Balancer endpoint. */
        VPC_ENDPOINT,
        VPN_GATEWAY,
        /** An EC2 instance: a NAT instance, firewall or other appliance. */
        INSTANCE,
        NETWORK_INTERFACE,
        CARRIER_GATEWAY,
        LOCAL_GATEWAY,
        CORE_NETWORK,
        /** A target this version of CloudMigrate does not recognise. */
        OTHER
    }

    record NatGateway(String natGatewayId, String subnetId, String connectivityType)
            implements ResourceDetails {}

    /** @param vpcEndpointType {@code Interface} or {@code Gateway} */
    record VpcEndpoint(String vpcEndpointId, String serviceName, String vpcEndpointType)
            implements ResourceDetails {}

    /**
     * @param readReplicaSourceIdentifier the primary this instance replicates, or {@code null}
     * @param dbClusterIdentifier the DB cluster this instance is a member of, or {@code null}
     */
    record RdsDbInstance(
            String dbInstanceIdentifier,
            String dbInstanceClass,
            String engine,
            String engineVersion,
            String licenseModel,
            int allocatedStorageGb,
            String storageType,
            boolean multiAz,
            boolean publiclyAccessible,
            String endpointAddress,
            int port,
            String readReplicaSourceIdentifier,
            String dbClusterIdentifier)
            implements ResourceDetails
    {
        /** An instance outside any DB cluster. */
        public RdsDbInstance(String dbInstanceIdentifier, String dbInstanceClass, String engine, String engineVersion, String licenseModel,
                int allocatedStorageGb, String storageType, boolean multiAz, boolean publiclyAccessible, String endpointAddress, int port,
                String readReplicaSourceIdentifier)
        {
            this(dbInstanceIdentifier, dbInstanceClass, engine, engineVersion, licenseModel, allocatedStorageGb, storageType, multiAz,
                    publiclyAccessible, endpointAddress, port, readReplicaSourceIdentifier, null);
        }

        /** Whether it is a member of a DB cluster, which then holds its data and moves it. */
        public boolean clusterMember()
        {
            return dbClusterIdentifier != null;
        }

        /** Whether the engine is Aurora: an Aurora instance is always a cluster member. */
        public boolean aurora()
        {
            return engine != null && engine.startsWith("aurora");
        }
    }

    /**
     * A load balancer: Classic ({@code loadBalancerType} {@code classic}) or ELBv2 ({@code application},
     * {@code network}, {@code gateway}).
     *
     * @param targets the registered targets: instance ids for Classic, target ids (instance id, IP or
     *         Lambda ARN) of every target group for ELBv2, sorted
     */
    record LoadBalancer(
            String loadBalancerName,
            String loadBalancerType,
            String scheme,
            String dnsName,
            List<Listener> listeners,
            List<String> targetGroupArns,
            List<String> targets)
            implements ResourceDetails
    {
        public LoadBalancer
        {
            listeners = List.copyOf(listeners == null ? List.of() : listeners);
            targetGroupArns = List.copyOf(targetGroupArns == null ? List.of() : targetGroupArns);
            targets = List.copyOf(targets == null ? List.of() : targets);
        }
    }

    /** A listener: the port clients connect to, and the port targets receive on. */
    record Listener(String protocol, int port, int targetPort) {}

    /**
     * @param launchType {@code EC2}, {@code FARGATE} or {@code EXTERNAL}
     * @param targetGroupArns the ELBv2 target groups the service registers its tasks in
     * @param schedulingStrategy {@code REPLICA} or {@code DAEMON} (one task on every container instance), or {@code null}
     * @param taskDefinition what {@code taskDefinitionArn} says, or {@code null} when its description was not read
     */
    record EcsService(
            String clusterArn,
            String serviceName,
            String launchType,
            int desiredCount,
            int runningCount,
            String taskDefinitionArn,
            List<String> targetGroupArns,
            String schedulingStrategy,
            TaskDefinition taskDefinition)
            implements ResourceDetails
    {
        public EcsService
        {
            targetGroupArns = List.copyOf(targetGroupArns == null ? List.of() : targetGroupArns);
        }

        /** A service whose scheduling strategy and task definition are unknown. */
        public EcsService(String clusterArn, String serviceName, String launchType, int desiredCount, int runningCount, String taskDefinitionArn,
                List<String> targetGroupArns)
        {
            this(clusterArn, serviceName, launchType, desiredCount, runningCount, taskDefinitionArn, targetGroupArns, null, null);
        }
    }

    /**
     * API Gateway REST (v1) or HTTP/WebSocket (v2) API.
     *
     * @param protocolType {@code REST}, {@code HTTP} or {@code WEBSOCKET}
     */
    record ApiGateway(String apiId, String protocolType, String endpointType, List<Integration> integrations)
            implements ResourceDetails
    {
        public ApiGateway
        {
            integrations = List.copyOf(integrations == null ? List.of() : integrations);
        }
    }

    /**
     * One route or method of an API and where it sends requests.
     *
     * @param route {@code GET /orders} style, as the API defines it
     * @param integrationType {@code AWS_PROXY}, {@code HTTP_PROXY}, {@code MOCK} …
     * @param targetArn the Lambda function ARN the integration invokes, or {@code null}
     * @param uri the integration URI as configured
     */
    record Integration(String route, String integrationType, String targetArn, String uri) {}
}
