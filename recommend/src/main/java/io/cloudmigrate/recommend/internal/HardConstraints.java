package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.LifecycleEntry;
import io.cloudmigrate.scoring.LifecycleMatch;
import io.cloudmigrate.scoring.Strategy;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rubric's facts that no model may outvote: a forced change (F1 operating system, F2 engine or
 * runtime, F3 Classic Load Balancer) rules out every strategy that stays on what is past support
 * (Retain, Rehost, Relocate); Retire needs the idleness evidence of {@link RetireEvidence}. Each rules a
 * strategy out with the reason, and the model's probability for it becomes 0.
 */
final class HardConstraints
{
    private static final Set<Strategy> STAYING = Set.of(Strategy.RETAIN, Strategy.REHOST, Strategy.RELOCATE);

    private HardConstraints() {}

    static Map<Strategy, String> of(WorkloadFacts facts, Recommendation baseline)
    {
        Map<Strategy, String> excluded = new EnumMap<>(Strategy.class);
        RetireEvidence.missing(facts).ifPresent(reason -> excluded.put(Strategy.RETIRE, "retire needs idleness evidence over the whole window and no inbound dependency: " + reason));
        // stage C and the B5 guard come before stage F in the rubric's order: when one of them decided, a forced change does not apply yet
        if (!baseline.ruleId().startsWith("C") && !baseline.ruleId().equals("B5")) {
            forcedChange(facts).ifPresent(reason -> STAYING.forEach(strategy -> excluded.put(strategy, reason)));
        }
        return excluded;
    }

    private static Optional<String> forcedChange(WorkloadFacts facts)
    {
        Optional<LifecycleMatch> operatingSystem = facts.forcingChange(LifecycleEntry.Category.OPERATING_SYSTEM);
        if (operatingSystem.isPresent()) {
            return Optional.of("must change (F1): " + Decisions.lifecycleSentence(facts, operatingSystem.get()));
        }
        boolean managed = switch (facts.resource().details()) {
            case ResourceDetails.RdsDbInstance database -> true;
            case ResourceDetails.RdsDbCluster cluster -> true;
            case ResourceDetails.ElastiCacheCluster cache -> true;
            case ResourceDetails.ElastiCacheReplicationGroup group -> true;
            case ResourceDetails.LambdaFunction function -> true;
            case ResourceDetails.Ec2Instance instance -> false;
            case ResourceDetails.RouteTable routeTable -> false;
            case ResourceDetails.Vpc vpc -> false;
            case ResourceDetails.Subnet subnet -> false;
            case ResourceDetails.NatGateway natGateway -> false;
            case ResourceDetails.VpcEndpoint endpoint -> false;
            case ResourceDetails.LoadBalancer loadBalancer -> false;
            case ResourceDetails.EcsCluster cluster -> false;
            case ResourceDetails.EcsService service -> false;
            case ResourceDetails.S3Bucket bucket -> false;
            case ResourceDetails.ApiGateway api -> false;
            case ResourceDetails.UnattachedVolume volume -> false;
        };
        if (managed) {
            Optional<LifecycleMatch> engine = facts.lifecycle().stream()
                    .filter(match -> match.entry().category() != LifecycleEntry.Category.OPERATING_SYSTEM && facts.status(match).forcesChange())
                    .findFirst();
            if (engine.isPresent()) {
                return Optional.of("must change (F2): " + Decisions.lifecycleSentence(facts, engine.get()));
            }
        }
        if (facts.resource().details() instanceof ResourceDetails.LoadBalancer loadBalancer && "classic".equalsIgnoreCase(loadBalancer.loadBalancerType())) {
            return Optional.of("must change (F3): a Classic Load Balancer is replaced by an Application or Network Load Balancer");
        }
        return Optional.empty();
    }
}
