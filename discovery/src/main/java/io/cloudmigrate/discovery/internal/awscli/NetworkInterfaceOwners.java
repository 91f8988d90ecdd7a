package io.cloudmigrate.discovery.internal.awscli;

import io.cloudmigrate.discovery.NetworkInterface.OwnerKind;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Works out which resource owns a network interface: from its attachment, from the resources that
 * list it, and from the description AWS writes on the interfaces it manages
 * ({@code ELB app/NAME/ID}, {@code RDSNetworkInterface}, {@code AWS Lambda VPC ENI-NAME-UUID} …).
 */
final class NetworkInterfaceOwners
{
    private static final Pattern UUID_ENDING = Pattern.compile("-\\p{XDigit}{8}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{4}-\\p{XDigit}{12}$");
    private static final Pattern ECS_ATTACHMENT = Pattern.compile("arn:[^:]+:ecs:[^:]*:[^:]*:attachment/(.+)");
    private static final Map<ResourceType, OwnerKind> LISTING_TYPES = Map.of(
            ResourceType.EC2_INSTANCE, OwnerKind.EC2_INSTANCE,
            ResourceType.NAT_GATEWAY, OwnerKind.NAT_GATEWAY,
            ResourceType.VPC_ENDPOINT, OwnerKind.VPC_ENDPOINT);

    /** The owner found: its kind, and its ARN when it is in the inventory. */
    record Owner(OwnerKind kind, String resourceId) {}

    /** The facts of one interface that owner resolution looks at. */
    record Facts(
            String id,
            String vpcId,
            String subnetId,
            List<String> securityGroupIds,
            String description,
            String interfaceType,
            String attachedInstanceId) {}

    private final RegionContext context;
    private final Map<String, Resource> listedBy = new TreeMap<>();
    private final List<Resource> functions;
    private final List<Resource> databases;

    NetworkInterfaceOwners(RegionContext context)
    {
        this.context = context;
        for (ResourceType type : List.of(ResourceType.EC2_INSTANCE, ResourceType.NAT_GATEWAY, ResourceType.VPC_ENDPOINT)) {
            context.estate().resources(type, context.scope())
                    .forEach(resource -> resource.network().networkInterfaceIds().forEach(id -> listedBy.putIfAbsent(id, resource)));
        }
        this.functions = context.estate().resources(ResourceType.LAMBDA_FUNCTION, context.scope()).toList();
        this.databases = context.estate().resources(ResourceType.RDS_DB_INSTANCE, context.scope()).toList();
    }

    Owner resolve(Facts facts)
    {
        if (facts.attachedInstanceId() != null) {
            String instanceId = facts.attachedInstanceId();
            return named(facts, OwnerKind.EC2_INSTANCE, context.scope().ec2("instance", instanceId), "instance " + instanceId);
        }
        Resource listing = listedBy.get(facts.id());
        if (listing != null) {
            return new Owner(LISTING_TYPES.get(listing.type()), listing.id());
        }
        String description = facts.description() == null ? "" : facts.description();
        if (description.startsWith("ELB ")) {
            String name = description.substring("ELB ".length());
            String arn = name.contains("/") ? context.scope().loadBalancerV2(name) : context.scope().classicLoadBalancer(name);
            return named(facts, OwnerKind.LOAD_BALANCER, arn, "load balancer " + name);
        }
        if (description.startsWith("RDSNetworkInterface")) {
            return new Owner(OwnerKind.RDS_DB_INSTANCE, rdsOwner(facts));
        }
        if (description.startsWith("AWS Lambda VPC ENI-")) {
            return lambdaOwner(facts, description.substring("AWS Lambda VPC ENI-".length()));
        }
        if (description.startsWith("Interface for NAT Gateway ")) {
            String natGatewayId = description.substring("Interface for NAT Gateway ".length()).trim();
            return named(facts, OwnerKind.NAT_GATEWAY, context.scope().ec2("natgateway", natGatewayId), "NAT gateway " + natGatewayId);
        }
        if (description.startsWith("VPC Endpoint Interface ")) {
            String endpointId = description.substring("VPC Endpoint Interface ".length()).trim();
            return named(facts, OwnerKind.VPC_ENDPOINT, context.scope().ec2("vpc-endpoint", endpointId), "VPC endpoint " + endpointId);
        }
        if (description.startsWith("ElastiCache ")) {
            String clusterId = description.substring("ElastiCache ".length()).trim();
            return named(facts, OwnerKind.ELASTICACHE_CLUSTER, context.scope().elastiCacheCluster(clusterId), "ElastiCache cluster " + clusterId);
        }
        Matcher attachment = ECS_ATTACHMENT.matcher(description);
        String attachmentId = attachment.matches() ? attachment.group(1) : null;
        Optional<EstateBuilder.EcsTask> task = context.estate().ecsTasks().stream()
                .filter(candidate -> (attachmentId != null && candidate.attachmentIds().contains(attachmentId))
                        || candidate.networkInterfaceIds().contains(facts.id()))
                .findFirst();
        if (task.isPresent() || attachmentId != null) {
            return new Owner(OwnerKind.ECS_TASK, task.map(this::taskOwner).orElse(null));
        }
        return new Owner(kindOfType(facts.interfaceType()), null);
    }

    /** A task belongs to its service, or else to its cluster, whichever is in the inventory. */
    private String taskOwner(EstateBuilder.EcsTask task)
    {
        if (context.estate().contains(task.serviceArn())) {
            return task.serviceArn();
        }
        return context.estate().contains(task.clusterArn()) ? task.clusterArn() : null;
    }

    private Owner named(Facts facts, OwnerKind kind, String arn, String what)
    {
        if (context.estate().contains(arn)) {
            return new Owner(kind, arn);
        }
        context.dangling("ec2", "network interface " + facts.id(), what, "the estate");
        return new Owner(kind, null);
    }

    /** The description names the function, followed by a UUID; function names may themselves contain dashes. */
    private Owner lambdaOwner(Facts facts, String nameAndUuid)
    {
        String name = UUID_ENDING.matcher(nameAndUuid).replaceFirst("");
        Optional<Resource> function = functions.stream()
                .filter(candidate -> functionName(candidate).equals(name))
                .findFirst()
                .or(() -> functions.stream()
                        .filter(candidate -> nameAndUuid.startsWith(functionName(candidate) + "-"))
                        .max(Comparator.comparingInt((Resource candidate) -> functionName(candidate).length()).thenComparing(Resource::id)));
        if (function.isPresent()) {
            return new Owner(OwnerKind.LAMBDA_FUNCTION, function.get().id());
        }
        return named(facts, OwnerKind.LAMBDA_FUNCTION, context.scope().lambdaFunction(name), "Lambda function " + name);
    }

    private static String functionName(Resource function)
    {
        return ((ResourceDetails.LambdaFunction) function.details()).functionName();
    }

    /**
     * RDS interfaces do not name their instance. The instance is the one in the same subnet group
     * with the same security groups; when that is not exactly one, the owner stays unknown.
     */
    private String rdsOwner(Facts facts)
    {
        Set<String> groups = new HashSet<>(facts.securityGroupIds());
        List<Resource> candidates = databases.stream()
                .filter(database -> facts.vpcId() == null || facts.vpcId().equals(database.network().vpcId()))
                .filter(database -> facts.subnetId() == null || database.network().subnetIds().contains(facts.subnetId()))
                .filter(database -> new HashSet<>(database.network().securityGroupIds()).equals(groups))
                .toList();
        return candidates.size() == 1 ? candidates.getFirst().id() : null;
    }

    private static OwnerKind kindOfType(String interfaceType)
    {
        if (interfaceType == null) {
            return OwnerKind.UNKNOWN;
        }
        return switch (interfaceType) {
            case "lambda" -> OwnerKind.LAMBDA_FUNCTION;
            case "nat_gateway" -> OwnerKind.NAT_GATEWAY;
            case "vpc_endpoint", "gateway_load_balancer_endpoint" -> OwnerKind.VPC_ENDPOINT;
            case "network_load_balancer", "gateway_load_balancer" -> OwnerKind.LOAD_BALANCER;
            default -> OwnerKind.UNKNOWN;
        };
    }
}
