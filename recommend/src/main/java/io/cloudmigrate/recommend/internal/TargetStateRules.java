package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.DatabaseServices;
import io.cloudmigrate.scoring.LifecycleMatch;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Stage H of the rules (docs/7R-RULES.md), reached when no earlier rule matched: H1 a managed service
 * on a supported version and a current-generation class needs no action; H3 otherwise an EC2 instance
 * is rehosted (same operating system and stack, right-sized) and anything else retained. A version the
 * lifecycle table does not list is not a supported one: it gets H3 with its lifecycle status unknown.
 */
final class TargetStateRules
{
    static final double H1_CONFIDENCE = 0.85;
    /** H3 on a managed service whose version is missing or not in the lifecycle table: whether it is supported is not known. */
    static final double H3_CONFIDENCE_UNKNOWN_LIFECYCLE = 0.7;
    /** Kept of H3's confidence for an EC2 instance whose instance type is unknown: the target could not be sized. */
    static final double UNKNOWN_INSTANCE_TYPE = 0.8;
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
        if (containerImageFunction(facts)) {
            evidence.add("packageType=Image");
            return Optional.of(Decisions.recommend(facts, Strategy.RETAIN, null, "H1",
                    "Already on AWS Lambda as a container image function, a managed service: no action. Its runtime is built into the image, "
                            + "so keep the image's base up to date; the Lambda runtime lifecycle does not apply to it.",
                    H1_CONFIDENCE, evidence));
        }
        Optional<RunningVersion> running = RunningVersion.of(facts.resource().details());
        if (running.isEmpty()) {
            return Optional.of(Decisions.recommend(facts, Strategy.RETAIN, null, "H1",
                    "Already on " + managed.get() + ", a managed service" + generation + ": no action.", H1_CONFIDENCE, evidence));
        }
        if (running.get().missing() != null || facts.lifecycle().isEmpty()) {
            // Not listed is not supported: H1 needs a supported version, so this falls to H3 and says what is not known.
            return Optional.empty();
        }
        LifecycleMatch match = facts.lifecycle().getFirst();
        evidence.add("lifecycle=" + match.entry().id());
        evidence.add("supportEnds=" + (match.entry().supportEnds() == null ? "none announced" : match.entry().supportEnds()));
        return Optional.of(Decisions.recommend(facts, Strategy.RETAIN, null, "H1",
                "Already on " + managed.get() + " (" + match.observed() + ", " + match.entry().supportEndPhrase()
                        + "): a managed service on a supported version" + generation + "; no action.",
                H1_CONFIDENCE, evidence));
    }

    private static Recommendation otherwise(WorkloadFacts facts)
    {
        if (facts.resource().details() instanceof ResourceDetails.Ec2Instance instance) {
            if (instance.instanceType() == null || instance.instanceType().isBlank()) {
                return Decisions.recommend(facts, Strategy.REHOST, "EC2, instance type unknown (same operating system and stack; choose a type)", "H3",
                        "No rule forces or favours a change: rehost it on EC2 with the same operating system and stack. Its instance type is unknown "
                                + "(the inventory reports no InstanceType), so it could not be priced or right-sized: choose the target type before the move.",
                        Decisions.confidence(H3_CONFIDENCE, facts, true) * UNKNOWN_INSTANCE_TYPE, List.of("instanceType=unknown"));
            }
            return Decisions.recommend(facts, Strategy.REHOST, "EC2 " + instance.instanceType() + " (same operating system and stack, right-sized)", "H3",
                    "No rule forces or favours a change: rehost it on EC2 with the same operating system and stack, right-sized on the way.",
                    Decisions.confidence(H3_CONFIDENCE, facts, true), List.of("instanceType=" + instance.instanceType()));
        }
        Optional<String> managed = managed(facts);
        Optional<RunningVersion> running = RunningVersion.of(facts.resource().details());
        if (managed.isPresent() && running.isPresent() && (running.get().missing() != null || facts.lifecycle().isEmpty())) {
            String observed = running.get().observed();
            String unknown = running.get().missing() != null ? running.get().missing() : "the lifecycle table does not list " + observed;
            return Decisions.recommend(facts, Strategy.RETAIN, null, "H3",
                    "Already on " + managed.get() + " (" + observed + "), but its lifecycle status is unknown: " + unknown
                            + ", so it is not known to be supported. Check it on " + lifecyclePage(facts) + " before leaving it as it is.",
                    Decisions.confidence(H3_CONFIDENCE_UNKNOWN_LIFECYCLE, facts, true),
                    List.of("managedService=" + managed.get(), "observed=" + observed, "lifecycle=unknown"));
        }
        Optional<String> instanceClass = instanceClass(facts);
        String reason = instanceClass.filter(value -> PREVIOUS_GENERATION.matcher(value).find())
                .map(value -> "No rule forces a change; " + value + " is a previous-generation class, so consider a current one when convenient.")
                .orElse("No rule forces or favours a change: retain it as it is.");
        return Decisions.recommend(facts, Strategy.RETAIN, null, "H3", reason, Decisions.confidence(H3_CONFIDENCE, facts, true),
                List.of("type=" + facts.type().cloudFormationType()));
    }

    private static String lifecyclePage(WorkloadFacts facts)
    {
        if (facts.resource().details() instanceof ResourceDetails.LambdaFunction) {
            return "the AWS Lambda runtimes page";
        }
        if (facts.resource().details() instanceof ResourceDetails.ElastiCacheCluster || facts.resource().details() instanceof ResourceDetails.ElastiCacheReplicationGroup) {
            return "the Amazon ElastiCache engine versions page";
        }
        return "the engine's release calendar in the AWS documentation";
    }

    private static boolean containerImageFunction(WorkloadFacts facts)
    {
        return facts.resource().details() instanceof ResourceDetails.LambdaFunction function && RunningVersion.containerImage(function);
    }

    /** The managed service a resource already is, or empty for self-managed and network plumbing. */
    private static Optional<String> managed(WorkloadFacts facts)
    {
        return switch (facts.resource().details()) {
            case ResourceDetails.RdsDbInstance database -> Optional.of(DatabaseServices.serviceOf(database.engine()));
            case ResourceDetails.RdsDbCluster cluster -> Optional.of(cluster.aurora() || !DatabaseServices.relational(cluster.engine())
                    ? DatabaseServices.serviceOf(cluster.engine())
                    : "Amazon RDS (Multi-AZ DB cluster)");
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
            // a volume attached to nothing is a leftover, not a target state (B3 retires it unless a hold tag keeps it)
            case ResourceDetails.UnattachedVolume volume -> Optional.empty();
        };
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
