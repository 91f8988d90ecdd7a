package io.cloudmigrate.discovery;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

import java.util.List;

/**
 * The type-specific attributes of a {@link Resource}. Serialised with a {@code kind} property that
 * names the record.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
        @JsonSubTypes.Type(value = ResourceDetails.Ec2Instance.class, name = "ec2Instance"),
        @JsonSubTypes.Type(value = ResourceDetails.Vpc.class, name = "vpc"),
        @JsonSubTypes.Type(value = ResourceDetails.Subnet.class, name = "subnet"),
        @JsonSubTypes.Type(value = ResourceDetails.NatGateway.class, name = "natGateway"),
        @JsonSubTypes.Type(value = ResourceDetails.VpcEndpoint.class, name = "vpcEndpoint"),
        @JsonSubTypes.Type(value = ResourceDetails.RdsDbInstance.class, name = "rdsDbInstance"),
        @JsonSubTypes.Type(value = ResourceDetails.ElastiCacheCluster.class, name = "elastiCacheCluster"),
        @JsonSubTypes.Type(value = ResourceDetails.LoadBalancer.class, name = "loadBalancer"),
        @JsonSubTypes.Type(value = ResourceDetails.LambdaFunction.class, name = "lambdaFunction"),
        @JsonSubTypes.Type(value = ResourceDetails.EcsCluster.class, name = "ecsCluster"),
        @JsonSubTypes.Type(value = ResourceDetails.EcsService.class, name = "ecsService"),
        @JsonSubTypes.Type(value = ResourceDetails.S3Bucket.class, name = "s3Bucket"),
        @JsonSubTypes.Type(value = ResourceDetails.ApiGateway.class, name = "apiGateway"),
})
public sealed interface ResourceDetails
{
    /**
     * An EC2 instance.
     *
     * @param platform {@code Linux/UNIX} or {@code Windows}, as EC2 reports {@code PlatformDetails}
     * @param operatingSystem name and version as SSM reports them (e.g. {@code Microsoft Windows Server 2012 R2 Standard}), or {@code null} when unknown
     * @param software installed applications with version (e.g. {@code MySQL Server 8.0.36}), from SSM Inventory; empty when unknown
     * @param storageGb the sum of the attached EBS volume sizes, 0 when unknown
     */
    record Ec2Instance(
            String instanceId,
            String instanceType,
            String state,
            String platform,
            String operatingSystem,
            String operatingSystemVersion,
            String architecture,
            String imageId,
            String launchTime,
            List<String> software,
            List<String> ebsVolumeIds,
            int storageGb,
            String imdsHttpTokens)
            implements ResourceDetails
    {
        public Ec2Instance
        {
            software = List.copyOf(software == null ? List.of() : software);
            ebsVolumeIds = List.copyOf(ebsVolumeIds == null ? List.of() : ebsVolumeIds);
        }
    }

    record Vpc(String vpcId, String cidrBlock, boolean isDefault)
            implements ResourceDetails {}

    record Subnet(String subnetId, String cidrBlock, String availabilityZone, boolean mapPublicIpOnLaunch)
            implements ResourceDetails {}

    record NatGateway(String natGatewayId, String subnetId, String connectivityType)
            implements ResourceDetails {}

    /** @param vpcEndpointType {@code Interface} or {@code Gateway} */
    record VpcEndpoint(String vpcEndpointId, String serviceName, String vpcEndpointType)
            implements ResourceDetails {}

    /**
     * @param readReplicaSourceIdentifier the primary this instance replicates, or {@code null}
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
            String readReplicaSourceIdentifier)
            implements ResourceDetails {}

    record ElastiCacheCluster(
            String cacheClusterId,
            String cacheNodeType,
            String engine,
            String engineVersion,
            int numCacheNodes,
            String replicationGroupId,
            int port)
            implements ResourceDetails {}

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

    record LambdaFunction(
            String functionName,
            String runtime,
            String handler,
            int memorySizeMb,
            int timeoutSeconds,
            long codeSizeBytes,
            String architecture,
            String packageType)
            implements ResourceDetails {}

    record EcsCluster(String clusterName, int activeServicesCount, int runningTasksCount)
            implements ResourceDetails {}

    /**
     * @param launchType {@code EC2}, {@code FARGATE} or {@code EXTERNAL}
     * @param targetGroupArns the ELBv2 target groups the service registers its tasks in
     */
    record EcsService(
            String clusterArn,
            String serviceName,
            String launchType,
            int desiredCount,
            int runningCount,
            String taskDefinitionArn,
            List<String> targetGroupArns)
            implements ResourceDetails
    {
        public EcsService
        {
            targetGroupArns = List.copyOf(targetGroupArns == null ? List.of() : targetGroupArns);
        }
    }

    /**
     * @param sizeBytes from CloudWatch {@code BucketSizeBytes}; -1 when unknown
     */
    record S3Bucket(String bucketName, String creationDate, String versioning, String encryption, long sizeBytes, long objectCount)
            implements ResourceDetails {}

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
