package io.cloudmigrate.discovery;

/**
 * The kinds of resource CloudMigrate models. Security groups and network interfaces are not
 * resources: they are kept in their own lists of the {@link Inventory}.
 */
public enum ResourceType
{
    EC2_INSTANCE("AWS::EC2::Instance", true),
    VPC("AWS::EC2::VPC", false),
    SUBNET("AWS::EC2::Subnet", false),
    ROUTE_TABLE("AWS::EC2::RouteTable", false),
    NAT_GATEWAY("AWS::EC2::NatGateway", false),
    VPC_ENDPOINT("AWS::EC2::VPCEndpoint", false),
    RDS_DB_INSTANCE("AWS::RDS::DBInstance", true),
    /** Aurora and Multi-AZ DB clusters; their member instances are {@link #RDS_DB_INSTANCE} resources and carry the utilisation. */
    RDS_DB_CLUSTER("AWS::RDS::DBCluster", false),
    ELASTICACHE_CLUSTER("AWS::ElastiCache::CacheCluster", true),
    /** Redis OSS and Valkey replication groups; their member nodes are {@link #ELASTICACHE_CLUSTER} resources. */
    ELASTICACHE_REPLICATION_GROUP("AWS::ElastiCache::ReplicationGroup", false),
    LOAD_BALANCER("AWS::ElasticLoadBalancing::LoadBalancer", false),
    LOAD_BALANCER_V2("AWS::ElasticLoadBalancingV2::LoadBalancer", false),
    LAMBDA_FUNCTION("AWS::Lambda::Function", true),
    ECS_CLUSTER("AWS::ECS::Cluster", false),
    ECS_SERVICE("AWS::ECS::Service", true),
    S3_BUCKET("AWS::S3::Bucket", false),
    API_GATEWAY_REST_API("AWS::ApiGateway::RestApi", false),
    API_GATEWAY_HTTP_API("AWS::ApiGatewayV2::Api", false),
    /**
     * An EBS volume attached to no instance ({@code State} {@code available}). A volume attached to an instance is part of
     * that {@link #EC2_INSTANCE} resource and is never a resource of its own.
     */
    EBS_VOLUME("AWS::EC2::Volume", false);

    private final String cloudFormationType;
    private final boolean compute;

    ResourceType(String cloudFormationType, boolean compute)
    {
        this.cloudFormationType = cloudFormationType;
        this.compute = compute;
    }

    /** The CloudFormation resource type name, as AWS spells it. */
    public String cloudFormationType()
    {
        return cloudFormationType;
    }

    /** Whether the resource runs workload code and so has CPU utilisation worth reading. */
    public boolean compute()
    {
        return compute;
    }
}
