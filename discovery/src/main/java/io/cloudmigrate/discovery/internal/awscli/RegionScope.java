package io.cloudmigrate.discovery.internal.awscli;

import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * One account and region of the estate, and the ARNs of resources in it, built the way AWS builds
 * them for resources whose CLI output carries no ARN.
 *
 * @param partition {@code aws}, {@code aws-cn}, {@code aws-us-gov} …
 */
public record RegionScope(String partition, String accountId, String region)
{
    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-[0-9]+");

    public RegionScope
    {
        requireNonNull(partition, "partition is null");
        requireNonNull(accountId, "accountId is null");
        requireNonNull(region, "region is null");
    }

    /** Whether a folder name is an AWS region code ({@code us-east-1}, {@code us-gov-west-1}, {@code cn-north-1} …). */
    public static boolean isRegion(String name)
    {
        return REGION.matcher(name).matches();
    }

    /** The partition a region belongs to, for estates whose files carry no ARN to read it from. */
    public static String partitionOfRegion(String region)
    {
        if (region.startsWith("cn-")) {
            return "aws-cn";
        }
        if (region.startsWith("us-gov-")) {
            return "aws-us-gov";
        }
        if (region.startsWith("us-isob-")) {
            return "aws-iso-b";
        }
        if (region.startsWith("us-iso-")) {
            return "aws-iso";
        }
        return "aws";
    }

    /** The partition field of an ARN, or {@code null} when the text is not an ARN. */
    static String partitionOf(String arn)
    {
        String[] parts = arnParts(arn);
        return parts == null || parts[1].isEmpty() ? null : parts[1];
    }

    /** The account field of an ARN, or {@code null} when the text is not an ARN or has none. */
    static String accountOf(String arn)
    {
        String[] parts = arnParts(arn);
        return parts == null || parts[4].isEmpty() ? null : parts[4];
    }

    private static String[] arnParts(String arn)
    {
        if (arn == null || !arn.startsWith("arn:")) {
            return null;
        }
        String[] parts = arn.split(":", 6);
        return parts.length == 6 ? parts : null;
    }

    /** {@code arn:PARTITION:ec2:REGION:ACCOUNT:TYPE/ID}, for instances, VPCs, subnets, route tables, NAT gateways and VPC endpoints. */
    public String ec2(String resourceType, String id)
    {
        return prefix("ec2") + resourceType + "/" + id;
    }

    public String rdsDbInstance(String identifier)
    {
        return prefix("rds") + "db:" + identifier;
    }

    public String rdsDbCluster(String identifier)
    {
        return prefix("rds") + "cluster:" + identifier;
    }

    public String elastiCacheReplicationGroup(String replicationGroupId)
    {
        return prefix("elasticache") + "replicationgroup:" + replicationGroupId;
    }

    public String elastiCacheCluster(String cacheClusterId)
    {
        return prefix("elasticache") + "cluster:" + cacheClusterId;
    }

    /** A Classic Load Balancer; ELBv2 load balancers carry their own ARN. */
    public String classicLoadBalancer(String name)
    {
        return prefix("elasticloadbalancing") + "loadbalancer/" + name;
    }

    /** An ELBv2 load balancer from the {@code app/NAME/ID} form its ENI descriptions use. */
    public String loadBalancerV2(String typeNameAndId)
    {
        return prefix("elasticloadbalancing") + "loadbalancer/" + typeNameAndId;
    }

    public String lambdaFunction(String functionName)
    {
        return prefix("lambda") + "function:" + functionName;
    }

    public String ecsCluster(String clusterName)
    {
        return prefix("ecs") + "cluster/" + clusterName;
    }

    public String ecsService(String clusterName, String serviceName)
    {
        return prefix("ecs") + "service/" + clusterName + "/" + serviceName;
    }

    /** S3 bucket ARNs name neither region nor account. */
    public String s3Bucket(String bucketName)
    {
        return "arn:" + partition + ":s3:::" + bucketName;
    }

    /** API Gateway ARNs name no account. */
    public String restApi(String apiId)
    {
        return "arn:" + partition + ":apigateway:" + region + "::/restapis/" + apiId;
    }

    public String httpApi(String apiId)
    {
        return "arn:" + partition + ":apigateway:" + region + "::/apis/" + apiId;
    }

    /** {@code account/region}, the way warnings and messages name this scope. */
    public String describe()
    {
        return accountId + "/" + region;
    }

    private String prefix(String service)
    {
        return "arn:" + partition + ":" + service + ":" + region + ":" + accountId + ":";
    }
}
