package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.LifecycleMatch;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stage H of the rubric, reached when no earlier rule matched: H1 a managed service on a supported
 * version and a current-generation class needs no action; H3 otherwise an EC2 instance is rehosted
 * (same operating system and stack, right-sized) and anything else retained.
 */
final class TargetStateRules
{
    static final double H1_CONFIDENCE = 0.85;
    /** H1 on a managed service whose version the lifecycle table does not list: supported is assumed, not known. */
    static final double H1_CONFIDENCE_UNKNOWN_VERSION = 0.7;
    static final double H3_CONFIDENCE = 0.6;

    // Instance families AWS lists as previous generation; the same list the cost model uses for EC2.
    private static final Pattern PREVIOUS_GENERATION = Pattern.compile("^(db\\.|cache\\.)?(t1|t2|m1|m2|m3|m4|c1|c3|c4|r3|r4)\\.");

    private TargetStateRules() {}

    static Recommendation evaluate(WorkloadFacts facts)
    {
        return targetState(facts).orElseGet(() -> otherwise(facts));
    }

    private static Optional<Recommendation> targetState(WorkloadFacts facts)
    {
        Optional<String> managed = managed(facts);
        Optional<String> instanceClass = instanceClass(facts);
        if (managed.isEmpty() || instanceClass.filter(value -> PREVIOUS_GENERATION.matcher(value).find()).isPresent()) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>(List.of("managedService=" + managed.get()));
        instanceClass.ifPresent(value -> evidence.add("instanceClass=" + value));
        String generation = instanceClass.map(value -> ", current-generation class " + value).orElse("");
        Optional<String> version = version(facts);
        if (version.isEmpty()) {
            return Optional.of(Decisions.recommend(facts, Strategy.RETAIN, null, "H1",
                    "Already on " + managed.get() + ", a managed service" + generation + ": no action.", H1_CONFIDENCE, evidence));
        }
        if (facts.lifecycle().isEmpty()) {
            evidence.add("lifecycle=unknown");
            return Optional.of(Decisions.recommend(facts, Strategy.RETAIN, null, "H1",
                    "Already on " + managed.get() + " (" + version.get() + "): a managed service whose version the lifecycle table does not list"
                            + generation + "; no action.",
                    H1_CONFIDENCE_UNKNOWN_VERSION, evidence));
        }
        LifecycleMatch match = facts.lifecycle().getFirst();
        evidence.add("lifecycle=" + match.entry().id());
        evidence.add("supportEnds=" + match.entry().supportEnds());
        return Optional.of(Decisions.recommend(facts, Strategy.RETAIN, null, "H1",
                "Already on " + managed.get() + " (" + match.observed() + ", " + match.entry().supportEndName() + " " + match.entry().supportEnds()
                        + "): a managed service on a supported version" + generation + "; no action.",
                H1_CONFIDENCE, evidence));
    }

    private static Recommendation otherwise(WorkloadFacts facts)
    {
        if (facts.resource().details() instanceof ResourceDetails.Ec2Instance instance) {
            return Decisions.recommend(facts, Strategy.REHOST, "EC2 " + instance.instanceType() + " (same operating system and stack, right-sized)", "H3",
                    "No rule forces or favours a change: rehost it on EC2 with the same operating system and stack, right-sized on the way.",
                    Decisions.confidence(H3_CONFIDENCE, facts, true), List.of("instanceType=" + instance.instanceType()));
        }
        Optional<String> instanceClass = instanceClass(facts);
        String reason = instanceClass.filter(value -> PREVIOUS_GENERATION.matcher(value).find())
                .map(value -> "No rule forces a change; " + value + " is a previous-generation class, so consider a current one when convenient.")
                .orElse("No rule forces or favours a change: retain it as it is.");
        return Decisions.recommend(facts, Strategy.RETAIN, null, "H3", reason, Decisions.confidence(H3_CONFIDENCE, facts, true),
                List.of("type=" + facts.type().cloudFormationType()));
    }

    /** The managed service a resource already is, or empty for self-managed and network plumbing. */
    private static Optional<String> managed(WorkloadFacts facts)
    {
        return switch (facts.resource().details()) {
            case ResourceDetails.RdsDbInstance database -> Optional.of("Amazon RDS");
            case ResourceDetails.RdsDbCluster cluster -> Optional.of(cluster.aurora() ? "Amazon Aurora" : "Amazon RDS (Multi-AZ DB cluster)");
            case ResourceDetails.ElastiCacheCluster cache -> Optional.of("Amazon ElastiCache");
            case ResourceDetails.ElastiCacheReplicationGroup group -> Optional.of("Amazon ElastiCache");
            case ResourceDetails.LambdaFunction function -> Optional.of("AWS Lambda");
            case ResourceDetails.EcsService service -> "FARGATE".equalsIgnoreCase(service.launchType()) ? Optional.of("Amazon ECS on AWS Fargate") : Optional.empty();
            case ResourceDetails.LoadBalancer loadBalancer -> "classic".equalsIgnoreCase(loadBalancer.loadBalancerType())
                    ? Optional.empty()
                    : Optional.of("Elastic Load Balancing (" + String.valueOf(loadBalancer.loadBalancerType()).toLowerCase(Locale.ROOT) + ")");
            case ResourceDetails.S3Bucket bucket -> Optional.of("Amazon S3");
            case ResourceDetails.ApiGateway api -> Optional.of("Amazon API Gateway");
            case ResourceDetails.NatGateway natGateway -> Optional.of("an Amazon VPC NAT gateway");
            case ResourceDetails.VpcEndpoint endpoint -> Optional.of("an Amazon VPC endpoint");
            case ResourceDetails.Ec2Instance instance -> Optional.empty();
            case ResourceDetails.Vpc vpc -> Optional.empty();
            case ResourceDetails.Subnet subnet -> Optional.empty();
            case ResourceDetails.RouteTable routeTable -> Optional.empty();
            case ResourceDetails.EcsCluster cluster -> Optional.empty();
        };
    }

    /** The engine and version or runtime of a managed service that has one. */
    private static Optional<String> version(WorkloadFacts facts)
    {
        if (facts.resource().details() instanceof ResourceDetails.RdsDbInstance database) {
            return engine(database.engine(), database.engineVersion());
        }
        if (facts.resource().details() instanceof ResourceDetails.ElastiCacheCluster cache) {
            return engine(cache.engine(), cache.engineVersion());
        }
        if (facts.resource().details() instanceof ResourceDetails.RdsDbCluster cluster) {
            return engine(cluster.engine(), cluster.engineVersion());
        }
        if (facts.resource().details() instanceof ResourceDetails.ElastiCacheReplicationGroup group) {
            return engine(group.engine(), group.engineVersion());
        }
        if (facts.resource().details() instanceof ResourceDetails.LambdaFunction function) {
            return Optional.of(String.valueOf(function.runtime()));
        }
        return Optional.empty();
    }

    /** The engine and its version when known: moto, and a group being created, report none. */
    private static Optional<String> engine(String engine, String version)
    {
        if (engine == null) {
            return Optional.empty();
        }
        return Optional.of(version == null || version.isBlank() ? engine : engine + " " + version);
    }

    private static Optional<String> instanceClass(WorkloadFacts facts)
    {
        if (facts.resource().details() instanceof ResourceDetails.RdsDbInstance database) {
            return Optional.ofNullable(database.dbInstanceClass());
        }
        if (facts.resource().details() instanceof ResourceDetails.ElastiCacheCluster cache) {
            return Optional.ofNullable(cache.cacheNodeType());
        }
        if (facts.resource().details() instanceof ResourceDetails.RdsDbCluster cluster) {
            return Optional.ofNullable(cluster.dbClusterInstanceClass());
        }
        if (facts.resource().details() instanceof ResourceDetails.ElastiCacheReplicationGroup group) {
            return Optional.ofNullable(group.cacheNodeType());
        }
        return Optional.empty();
    }
}
