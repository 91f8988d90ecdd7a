package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.ResourceType;

/**
 * Which resource types are network plumbing rather than workloads. The report lists workloads one by
 * one and summarises the plumbing in an appendix: a reader signing off a migration decides about
 * applications, and the VPCs, subnets and route tables they need follow from them.
 */
final class NetworkPlumbing
{
    private NetworkPlumbing() {}

    static boolean isPlumbing(ResourceType type)
    {
        return switch (type) {
            case VPC, SUBNET, ROUTE_TABLE, NAT_GATEWAY, VPC_ENDPOINT -> true;
            case EC2_INSTANCE, RDS_DB_INSTANCE, RDS_DB_CLUSTER, ELASTICACHE_CLUSTER, ELASTICACHE_REPLICATION_GROUP, LOAD_BALANCER,
                 LOAD_BALANCER_V2, LAMBDA_FUNCTION, ECS_CLUSTER, ECS_SERVICE, S3_BUCKET, API_GATEWAY_REST_API, API_GATEWAY_HTTP_API,
                 EBS_VOLUME -> false;
        };
    }
}
