package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.Strategy;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Decides whether a wave member gets generated code, and if not, says why. A member is never dropped
 * silently: the reason goes into main.tf, the CloudFormation template and the runbook.
 */
public final class Provisioning
{
    /** Why a resource gets no generated code. */
    public record Skip(String reason, boolean deliberate) {}

    private Provisioning() {}

    /** Empty when the resource is generated; otherwise the reason it is not. */
    public static Optional<Skip> skip(Resource resource, Optional<Recommendation> recommendation)
    {
        if (recommendation.isEmpty()) {
            return Optional.of(new Skip("the assessment has no recommendation for it; assess it before generating code", false));
        }
        Strategy strategy = recommendation.get().strategy();
        String target = recommendation.get().target() == null ? "" : recommendation.get().target();
        String chosen = strategy.displayName() + (target.isEmpty() ? "" : " to " + target);
        return switch (strategy) {
            case RETIRE -> Optional.of(new Skip("Retire: decommissioned in this wave, nothing is provisioned", true));
            case RETAIN -> Optional.of(new Skip("Retain: stays where it is, nothing is provisioned", true));
            case RELOCATE, REHOST, REPLATFORM, REFACTOR, REPURCHASE -> byType(resource.details(), strategy, target, chosen);
        };
    }

    private static Optional<Skip> byType(ResourceDetails details, Strategy strategy, String target, String chosen)
    {
        return switch (details) {
            case ResourceDetails.Ec2Instance ignored -> sameService(strategy, target, chosen, false, "ec2");
            case ResourceDetails.Vpc ignored -> unsupported("network foundation: the target VPC is an input (vpc_ids), not generated");
            case ResourceDetails.Subnet ignored -> unsupported("network foundation: target subnets are inputs (subnet_ids), not generated");
            case ResourceDetails.NatGateway ignored -> unsupported("network foundation: NAT gateways come with the target VPC, not generated");
            case ResourceDetails.VpcEndpoint ignored -> unsupported("network foundation: VPC endpoints come with the target VPC, not generated");
            case ResourceDetails.RouteTable ignored -> unsupported("network foundation: route tables come with the target VPC, not generated; the runbook lists their routes");
            case ResourceDetails.RdsDbInstance database -> database(database, strategy, target, chosen);
            // an RDS engine that moves to Aurora, or back, changes service: only Aurora stays Aurora
            case ResourceDetails.RdsDbCluster cluster -> otherDatabaseService(cluster.engine(), "DB cluster").or(() -> cluster.aurora()
                    ? sameService(strategy, target, chosen, false, "aurora")
                    : sameService(strategy, target, chosen, false, "rds", "relational database service"));
            case ResourceDetails.ElastiCacheCluster ignored -> sameService(strategy, target, chosen, false, "elasticache", "redis", "valkey", "memcached");
            case ResourceDetails.ElastiCacheReplicationGroup ignored -> sameService(strategy, target, chosen, false, "elasticache", "redis", "valkey");
            case ResourceDetails.LoadBalancer loadBalancer -> loadBalancer(loadBalancer, strategy, target, chosen);
            case ResourceDetails.LambdaFunction ignored -> sameService(strategy, target, chosen, true, "lambda");
            case ResourceDetails.EcsCluster ignored -> sameService(strategy, target, chosen, true, "ecs", "elastic container service");
            case ResourceDetails.EcsService ignored -> sameService(strategy, target, chosen, true, "ecs", "elastic container service");
            case ResourceDetails.S3Bucket ignored -> sameService(strategy, target, chosen, true, "s3");
            case ResourceDetails.ApiGateway ignored -> unsupported("API Gateway APIs are not generated yet; export the API definition (OpenAPI) and import it in the target");
            case ResourceDetails.UnattachedVolume ignored -> sameService(strategy, target, chosen, false, "ebs", "volume");
        };
    }

    /** An Aurora instance is generated with its cluster, and nothing else is: it has no storage of its own. */
    private static Optional<Skip> database(ResourceDetails.RdsDbInstance database, Strategy strategy, String target, String chosen)
    {
        Optional<Skip> otherService = otherDatabaseService(database.engine(), "instance");
        if (otherService.isPresent()) {
            return otherService;
        }
        boolean aurora = database.aurora();
        if (aurora && !database.clusterMember()) {
            return unsupported("an Aurora instance is created with its DB cluster, and the inventory names none; create it from the runbook");
        }
        return aurora ? sameService(strategy, target, chosen, false, "aurora") : sameService(strategy, target, chosen, false, "rds", "relational database service");
    }

    /**
     * The RDS API lists Amazon DocumentDB and Amazon Neptune clusters and instances too (they share its
     * management plane), but the RDS resources cannot create them: an RDS DB cluster with engine
     * {@code docdb} or {@code neptune} is rejected.
     */
    private static Optional<Skip> otherDatabaseService(String engine, String kind)
    {
        String service = switch (engine == null ? "" : engine.toLowerCase(Locale.ROOT)) {
            case "docdb" -> "Amazon DocumentDB";
            case "neptune" -> "Amazon Neptune";
            default -> null;
        };
        return service == null
                ? Optional.empty()
                : unsupported("an " + service + " " + kind + " (engine " + engine + "), which the RDS API lists but RDS resources cannot create; "
                        + "the " + service + " resources are not generated yet, build it from the runbook");
    }

    private static Optional<Skip> loadBalancer(ResourceDetails.LoadBalancer loadBalancer, Strategy strategy, String target, String chosen)
    {
        String type = loadBalancer.loadBalancerType() == null ? "" : loadBalancer.loadBalancerType().toLowerCase(Locale.ROOT);
        return switch (type) {
            case "application", "network" -> sameService(strategy, target, chosen, false, "load balancer", "alb", "nlb");
            case "classic" -> strategy == Strategy.REPLATFORM && (target.isBlank() || mentions(target, "application load balancer") || mentions(target, "alb"))
                    ? Optional.empty()
                    : unsupported("Classic Load Balancers are generated only when replatformed to an Application Load Balancer (" + chosen + ")");
            default -> unsupported("load balancer type '" + type + "' is not generated yet");
        };
    }

    /**
     * Relocate and Rehost keep the service. Replatform keeps it when the target names it (or names
     * nothing); so does Refactor where only the code changes ({@code refactorInPlace}). Repurchase
     * replaces it.
     */
    private static Optional<Skip> sameService(Strategy strategy, String target, String chosen, boolean refactorInPlace, String... serviceWords)
    {
        boolean namesService = target.isBlank() || Arrays.stream(serviceWords).anyMatch(word -> mentions(target, word));
        return switch (strategy) {
            case RELOCATE, REHOST -> Optional.empty();
            case REPLATFORM -> namesService ? Optional.empty() : unsupported(chosen + " moves it to another service; build the target from the runbook");
            case REFACTOR -> refactorInPlace && namesService ? Optional.empty() : unsupported(chosen + " is a new design; build it from the runbook");
            case REPURCHASE -> unsupported(chosen + " replaces it with a product; nothing to provision");
            case RETIRE, RETAIN -> throw new IllegalArgumentException("provisions nothing by design: " + strategy);
        };
    }

    /** Whether the strategy keeps the kind of service, so that the source's settings describe the target. */
    public static boolean keepsPlatform(Strategy strategy)
    {
        return switch (strategy) {
            case RELOCATE, REHOST, REPLATFORM -> true;
            case RETIRE, RETAIN, REFACTOR, REPURCHASE -> false;
        };
    }

    private static boolean mentions(String text, String words)
    {
        return Pattern.compile("\\b" + Pattern.quote(words) + "\\b", Pattern.CASE_INSENSITIVE).matcher(text).find();
    }

    private static Optional<Skip> unsupported(String reason)
    {
        return Optional.of(new Skip(reason, false));
    }
}
