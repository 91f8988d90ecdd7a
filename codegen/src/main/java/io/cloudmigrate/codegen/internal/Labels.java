package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.scoring.RiskLevel;

/**
 * Words for enum values in generated documents.
 */
public final class Labels
{
    private Labels() {}

    public static String type(ResourceType type)
    {
        return switch (type) {
            case EC2_INSTANCE -> "EC2 instance";
            case VPC -> "VPC";
            case SUBNET -> "Subnet";
            case ROUTE_TABLE -> "Route table";
            case NAT_GATEWAY -> "NAT gateway";
            case VPC_ENDPOINT -> "VPC endpoint";
            case RDS_DB_INSTANCE -> "RDS DB instance";
            case RDS_DB_CLUSTER -> "RDS DB cluster";
            case ELASTICACHE_CLUSTER -> "ElastiCache cluster";
            case ELASTICACHE_REPLICATION_GROUP -> "ElastiCache replication group";
            case LOAD_BALANCER -> "Classic Load Balancer";
            case LOAD_BALANCER_V2 -> "Load balancer (ELBv2)";
            case LAMBDA_FUNCTION -> "Lambda function";
            case ECS_CLUSTER -> "ECS cluster";
            case ECS_SERVICE -> "ECS service";
            case S3_BUCKET -> "S3 bucket";
            case API_GATEWAY_REST_API -> "API Gateway REST API";
            case API_GATEWAY_HTTP_API -> "API Gateway HTTP API";
            case EBS_VOLUME -> "EBS volume";
        };
    }

    public static String risk(RiskLevel level)
    {
        return switch (level) {
            case LOW -> "Low";
            case MEDIUM -> "Medium";
            case HIGH -> "High";
            case CRITICAL -> "Critical";
        };
    }

    /** A wave number as two digits, as used in file names. */
    public static String wave(int number)
    {
        return number < 10 ? "0" + number : Integer.toString(number);
    }
}
