package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.discovery.SecurityGroupRule;
import io.cloudmigrate.discovery.SortedLookup;
import io.cloudmigrate.scoring.DatabaseServices;
import io.cloudmigrate.scoring.SelfManagedEngine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Facts about one resource that both risk and cost read: how much data it holds, whether it keeps
 * state, whether it is production, and how it is exposed to the internet.
 */
final class ResourceFacts
{
    /** EBS at or above this size makes an instance stateful even without a recognised database (judgement). */
    static final int LARGE_EBS_GB = 500;

    static final double BYTES_PER_GB = 1024.0 * 1024 * 1024;

    private static final Set<String> PRODUCTION_VALUES = Set.of("prod", "production");

    private ResourceFacts() {}

    /** The data the resource holds, in GB (binary, as AWS bills storage); 0 when unknown. */
    static double dataSizeGb(Resource resource)
    {
        return switch (resource.details()) {
            case ResourceDetails.Ec2Instance instance -> instance.storageGb();
            // the data of a cluster member lives in its cluster (Aurora's volume reports 1 GB: its size is not known)
            case ResourceDetails.RdsDbInstance database -> database.clusterMember() ? 0 : database.allocatedStorageGb();
            case ResourceDetails.RdsDbCluster cluster -> cluster.aurora() ? 0 : cluster.allocatedStorageGb();
            case ResourceDetails.ElastiCacheReplicationGroup group -> 0;
            case ResourceDetails.RouteTable routeTable -> 0;
            case ResourceDetails.S3Bucket bucket -> bucket.sizeBytes() < 0 ? 0 : bucket.sizeBytes() / BYTES_PER_GB;
            case ResourceDetails.ElastiCacheCluster cache -> 0;
            case ResourceDetails.Vpc vpc -> 0;
            case ResourceDetails.Subnet subnet -> 0;
            case ResourceDetails.NatGateway natGateway -> 0;
            case ResourceDetails.VpcEndpoint endpoint -> 0;
            case ResourceDetails.LoadBalancer loadBalancer -> 0;
            case ResourceDetails.LambdaFunction function -> 0;
            case ResourceDetails.EcsCluster cluster -> 0;
            case ResourceDetails.EcsService service -> 0;
            case ResourceDetails.ApiGateway api -> 0;
            case ResourceDetails.UnattachedVolume volume -> volume.sizeGb() == null ? 0 : volume.sizeGb();
        };
    }

    /** Why the resource keeps state that a move must carry over, or empty when it keeps none. */
    static Optional<String> statefulness(Resource resource)
    {
        return switch (resource.details()) {
            case ResourceDetails.RdsDbInstance database -> Optional.of(databaseService(database.engine()) + " database (" + known(database.engine()) + ")");
            case ResourceDetails.ElastiCacheCluster cache -> Optional.of("ElastiCache cluster (" + known(cache.engine()) + ")");
            case ResourceDetails.RdsDbCluster cluster -> Optional.of(databaseService(cluster.engine()) + " DB cluster (" + known(cluster.engine()) + ")");
            case ResourceDetails.ElastiCacheReplicationGroup group -> Optional.of("ElastiCache replication group (" + known(group.engine()) + ")");
            case ResourceDetails.RouteTable routeTable -> Optional.empty();
            case ResourceDetails.S3Bucket bucket -> bucket.sizeBytes() > 0 || bucket.objectCount() > 0
                    ? Optional.of("S3 bucket holding " + gigabytes(dataSizeGb(resource)))
                    : Optional.empty();
            case ResourceDetails.Ec2Instance instance -> SelfManagedEngine.detect(instance.software())
                    .map(detected -> "EC2 instance running " + detected.software())
                    .or(() -> instance.storageGb() >= LARGE_EBS_GB
                            ? Optional.of("EC2 instance with " + instance.storageGb() + " GB of EBS")
                            : Optional.empty());
            case ResourceDetails.Vpc vpc -> Optional.empty();
            case ResourceDetails.Subnet subnet -> Optional.empty();
            case ResourceDetails.NatGateway natGateway -> Optional.empty();
            case ResourceDetails.VpcEndpoint endpoint -> Optional.empty();
            case ResourceDetails.LoadBalancer loadBalancer -> Optional.empty();
            case ResourceDetails.LambdaFunction function -> Optional.empty();
            case ResourceDetails.EcsCluster cluster -> Optional.empty();
            case ResourceDetails.EcsService service -> Optional.empty();
            case ResourceDetails.ApiGateway api -> Optional.empty();
            // a volume's blocks are data whatever is on them: only a snapshot carries them over
            case ResourceDetails.UnattachedVolume volume -> Optional.of("EBS volume attached to nothing"
                    + (volume.sizeGb() == null ? " (size unknown)" : ", " + volume.sizeGb() + " GB"));
        };
    }

    /** The {@code Environment} or {@code env} tag when it says production, as {@code key=value}. */
    static Optional<String> productionTag(Resource resource)
    {
        for (String key : List.of("Environment", "env")) {
            String value = resource.tag(key);
            if (value != null && PRODUCTION_VALUES.contains(value.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(key + "=" + value);
            }
        }
        return Optional.empty();
    }

    /** The ways the resource can be reached from the internet, in words; empty when none is visible. */
    static List<String> publicExposure(Resource resource, Inventory inventory, boolean reachedFromInternet)
    {
        List<String> reasons = new ArrayList<>();
        switch (resource.details()) {
            case ResourceDetails.LoadBalancer loadBalancer -> {
                if ("internet-facing".equalsIgnoreCase(loadBalancer.scheme())) {
                    reasons.add("internet-facing load balancer");
                }
            }
            case ResourceDetails.RdsDbInstance database -> {
                if (database.publiclyAccessible()) {
                    reasons.add("publicly accessible database endpoint");
                }
            }
            case ResourceDetails.ApiGateway api -> {
                if (!"PRIVATE".equalsIgnoreCase(api.endpointType())) {
                    reasons.add("public API endpoint");
                }
            }
            case ResourceDetails.Ec2Instance instance -> {}
            case ResourceDetails.Vpc vpc -> {}
            case ResourceDetails.Subnet subnet -> {}
            case ResourceDetails.NatGateway natGateway -> {}
            case ResourceDetails.VpcEndpoint endpoint -> {}
            case ResourceDetails.ElastiCacheCluster cache -> {}
            case ResourceDetails.RdsDbCluster cluster -> {}
            case ResourceDetails.ElastiCacheReplicationGroup group -> {}
            case ResourceDetails.RouteTable routeTable -> {}
            case ResourceDetails.LambdaFunction function -> {}
            case ResourceDetails.EcsCluster cluster -> {}
            case ResourceDetails.EcsService service -> {}
            case ResourceDetails.S3Bucket bucket -> {}
            case ResourceDetails.UnattachedVolume volume -> {}
        }
        if (!resource.network().publicIpAddresses().isEmpty()) {
            reasons.add("public IP " + String.join(", ", resource.network().publicIpAddresses()));
        }
        for (String groupId : resource.network().securityGroupIds()) {
            // a binary search: scanning every group for each group of each resource was quadratic in the estate
            SortedLookup.find(inventory.securityGroups(), SecurityGroup::id, groupId)
                    .flatMap(ResourceFacts::openIngress)
                    .ifPresent(rule -> reasons.add(groupId + " admits " + rule.peer() + " on " + ports(rule)));
        }
        if (reachedFromInternet) {
            reasons.add("clients on the internet observed");
        }
        return List.copyOf(reasons);
    }

    static String gigabytes(double gb)
    {
        return gb >= 10 ? Math.round(gb) + " GB" : String.format(Locale.ROOT, "%.1f GB", gb);
    }

    private static Optional<SecurityGroupRule> openIngress(SecurityGroup group)
    {
        return group.ingress().stream().filter(SecurityGroupRule::openToWorld).findFirst();
    }

    private static String ports(SecurityGroupRule rule)
    {
        if (rule.protocol().equals("-1")) {
            return "all ports";
        }
        if (rule.fromPort() == -1) {
            return rule.protocol() + "/all";
        }
        return rule.protocol() + "/" + (rule.fromPort() == rule.toPort() ? String.valueOf(rule.fromPort()) : rule.fromPort() + "-" + rule.toPort());
    }

    // DocumentDB and Neptune come through the RDS API but are not RDS
    private static String databaseService(String engine)
    {
        return DatabaseServices.relational(engine) ? "RDS" : DatabaseServices.serviceOf(engine);
    }

    private static String known(String value)
    {
        return value == null || value.isBlank() ? "engine unknown" : value;
    }
}
