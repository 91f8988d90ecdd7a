package io.cloudmigrate.discovery.internal.awscli;

import io.cloudmigrate.discovery.NetworkInterface;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;

import java.util.List;

/**
 * Warns about references to things the estate does not hold: a security group, subnet or VPC named
 * by a resource or network interface, a Lambda function behind an API route, a target group of an
 * ECS service, the source of a read replica. Load balancer targets are checked as they are read.
 * Network interface ids named by resources are not checked: collectors often save only some of them.
 */
final class ReferenceChecker
{
    private ReferenceChecker() {}

    static void check(EstateBuilder estate, Warnings warnings)
    {
        List<Resource> resources = estate.resources();
        for (Resource resource : resources) {
            String service = service(resource.type());
            checkPlacement(estate, warnings, resource.accountId(), resource.region(), service, resource.id(), resource.network());
            if (resource.details() instanceof ResourceDetails.ApiGateway api) {
                api.integrations().stream()
                        .filter(integration -> integration.targetArn() != null && !estate.contains(integration.targetArn()))
                        .forEach(integration -> dangling(warnings, resource, service, "Lambda function " + integration.targetArn(), "lambda-list-functions"));
            }
            if (resource.details() instanceof ResourceDetails.EcsService ecsService) {
                ecsService.targetGroupArns().stream()
                        .filter(groupArn -> !estate.hasTargetGroup(groupArn))
                        .forEach(groupArn -> dangling(warnings, resource, service, "target group " + groupArn, "elbv2-describe-target-groups"));
            }
            if (resource.details() instanceof ResourceDetails.RdsDbInstance database) {
                checkReplicaSource(resources, warnings, resource, database.readReplicaSourceIdentifier());
            }
        }
        for (NetworkInterface networkInterface : estate.networkInterfaces()) {
            NetworkPlacement placement = new NetworkPlacement(networkInterface.vpcId(), Json.present(networkInterface.subnetId()),
                    networkInterface.securityGroupIds(), List.of(), List.of(), List.of());
            checkPlacement(estate, warnings, networkInterface.accountId(), networkInterface.region(), "ec2",
                    "network interface " + networkInterface.id(), placement);
        }
    }

    private static void checkPlacement(EstateBuilder estate, Warnings warnings, String accountId, String region, String service, String from,
            NetworkPlacement placement)
    {
        String scope = accountId + "/" + region;
        if (placement.vpcId() != null && !estate.hasVpc(placement.vpcId())) {
            warnings.add(accountId, region, service, Warnings.DANGLING_REFERENCE, from,
                    message(from, "VPC " + placement.vpcId(), "ec2-describe-vpcs", scope));
        }
        placement.subnetIds().stream().filter(subnetId -> !estate.hasSubnet(subnetId)).forEach(subnetId -> warnings.add(accountId, region, service,
                Warnings.DANGLING_REFERENCE, from, message(from, "subnet " + subnetId, "ec2-describe-subnets", scope)));
        placement.securityGroupIds().stream().filter(groupId -> !estate.hasSecurityGroup(groupId)).forEach(groupId -> warnings.add(accountId, region,
                service, Warnings.DANGLING_REFERENCE, from, message(from, "security group " + groupId, "ec2-describe-security-groups", scope)));
    }

    /** A replica names a source in the same region by identifier, and one in another region by ARN. */
    private static void checkReplicaSource(List<Resource> resources, Warnings warnings, Resource replica, String source)
    {
        if (source == null) {
            return;
        }
        boolean known = resources.stream().anyMatch(resource -> source.startsWith("arn:") ? resource.id().equals(source)
                : resource.accountId().equals(replica.accountId()) && resource.region().equals(replica.region())
                        && resource.details() instanceof ResourceDetails.RdsDbInstance database && database.dbInstanceIdentifier().equals(source));
        if (!known) {
            dangling(warnings, replica, "rds", "DB instance " + source, "rds-describe-db-instances");
        }
    }

    private static void dangling(Warnings warnings, Resource from, String service, String to, String where)
    {
        warnings.add(from.accountId(), from.region(), service, Warnings.DANGLING_REFERENCE, from.id(),
                message(from.id(), to, where, from.accountId() + "/" + from.region()));
    }

    private static String message(String from, String to, String where, String scope)
    {
        return from + " names " + to + ", which is not in " + where + " of " + scope;
    }

    static String service(ResourceType type)
    {
        return switch (type) {
            case EC2_INSTANCE, EBS_VOLUME, VPC, SUBNET, ROUTE_TABLE, NAT_GATEWAY, VPC_ENDPOINT -> "ec2";
            case RDS_DB_INSTANCE, RDS_DB_CLUSTER -> "rds";
            case ELASTICACHE_CLUSTER, ELASTICACHE_REPLICATION_GROUP -> "elasticache";
            case LOAD_BALANCER, LOAD_BALANCER_V2 -> "elb";
            case LAMBDA_FUNCTION -> "lambda";
            case ECS_CLUSTER, ECS_SERVICE -> "ecs";
            case S3_BUCKET -> "s3";
            case API_GATEWAY_REST_API, API_GATEWAY_HTTP_API -> "apigateway";
        };
    }
}
