package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.DatabaseServices;
import io.cloudmigrate.scoring.LifecycleEntry;
import io.cloudmigrate.scoring.LifecycleMatch;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Stages E and F of docs/7R-RULES.md: what cannot stay as it is. E1 an application whose self-managed edition
 * reached end of support and has a vendor SaaS; F1 an operating system past or within 12 months of end
 * of support; F2 a managed engine or Lambda runtime past end of standard support; F3 a Classic Load
 * Balancer. F1 yields to a Refactor that the goals prefer (G3–G5); speed never keeps an unsupported
 * version, because the F1 upgrade itself is the lowest-effort option left.
 */
final class ForcedChangeRules
{
    static final double E1_CONFIDENCE = 0.5;
    static final double F1_CONFIDENCE = 0.9;
    static final double F2_CONFIDENCE = 0.9;
    static final double F3_CONFIDENCE = 0.9;

    private ForcedChangeRules() {}

    static Optional<Recommendation> evaluate(WorkloadFacts facts, BusinessGoals goals)
    {
        return repurchase(facts).or(() -> operatingSystem(facts, goals)).or(() -> engine(facts)).or(() -> classicLoadBalancer(facts));
    }

    /** E1: "Switch to a different product, typically… to a SaaS model" (AWS glossary). */
    private static Optional<Recommendation> repurchase(WorkloadFacts facts)
    {
        return facts.lifecycle().stream()
                .filter(match -> match.entry().category() == LifecycleEntry.Category.APPLICATION && facts.status(match).pastSupport())
                .findFirst()
                .map(match -> Decisions.recommend(facts, Strategy.REPURCHASE, match.entry().successor(), "E1",
                        Decisions.lifecycleSentence(facts, match) + "; move to " + match.entry().successor() + ", the vendor's SaaS edition.",
                        Decisions.confidence(E1_CONFIDENCE, facts, true), Decisions.lifecycleEvidence(facts, match)));
    }

    /** F1: "Up-Version of the OS" (MigOps disposition tree); AWS tools: in-place OS upgrade, end-of-support migration. */
    private static Optional<Recommendation> operatingSystem(WorkloadFacts facts, BusinessGoals goals)
    {
        Optional<LifecycleMatch> ending = facts.forcingChange(LifecycleEntry.Category.OPERATING_SYSTEM);
        if (ending.isEmpty()) {
            return Optional.empty();
        }
        LifecycleMatch match = ending.get();
        String sentence = Decisions.lifecycleSentence(facts, match);
        String target = match.entry().successor() + " on EC2";
        List<String> evidence = new ArrayList<>(Decisions.lifecycleEvidence(facts, match));
        String reason = sentence + "; upgrade to " + target + ".";
        Optional<String> managedDatabase = facts.engine().filter(engine -> engine.engine().database()).map(engine -> engine.engine().managedService());
        if (managedDatabase.isPresent()) {
            evidence.add("alsoCandidate=G1 " + managedDatabase.get());
            reason += " It also runs " + facts.engine().get().software() + ", which could move to " + managedDatabase.get() + " instead (G1).";
        }
        double confidence = Decisions.confidence(F1_CONFIDENCE, facts, true);
        List<ChoiceRules.Option> refactors = ChoiceRules.refactorOptions(facts, goals).stream()
                .map(option -> new ChoiceRules.Option(option.ruleId(), option.strategy(), option.target(), option.goal(),
                        option.reason() + " It must change anyway: " + sentence + ".", option.confidence(), withAll(option.evidence(), Decisions.lifecycleEvidence(facts, match))))
                .toList();
        if (refactors.isEmpty()) {
            return Optional.of(Decisions.recommend(facts, Strategy.REPLATFORM, target, "F1", reason, confidence, evidence));
        }
        List<ChoiceRules.Option> options = new ArrayList<>();
        options.add(new ChoiceRules.Option("F1", Strategy.REPLATFORM, target, BusinessGoals.Goal.SPEED_OF_MIGRATION, reason, confidence, evidence));
        options.addAll(refactors);
        return Optional.of(ChoiceRules.choose(facts, goals, options));
    }

    /** F2: a managed engine or runtime past end of standard support; RDS enrols it in paid Extended Support. */
    private static Optional<Recommendation> engine(WorkloadFacts facts)
    {
        String service = switch (facts.resource().details()) {
            case ResourceDetails.RdsDbInstance database -> databaseService(database.engine());
            case ResourceDetails.RdsDbCluster cluster -> databaseService(cluster.engine());
            case ResourceDetails.ElastiCacheCluster cache -> "Amazon ElastiCache for ";
            case ResourceDetails.ElastiCacheReplicationGroup group -> "Amazon ElastiCache for ";
            case ResourceDetails.RouteTable routeTable -> null;
            case ResourceDetails.LambdaFunction function -> "AWS Lambda runtime ";
            case ResourceDetails.Ec2Instance instance -> null;
            case ResourceDetails.Vpc vpc -> null;
            case ResourceDetails.Subnet subnet -> null;
            case ResourceDetails.NatGateway natGateway -> null;
            case ResourceDetails.VpcEndpoint endpoint -> null;
            case ResourceDetails.LoadBalancer loadBalancer -> null;
            case ResourceDetails.EcsCluster cluster -> null;
            case ResourceDetails.EcsService ecsService -> null;
            case ResourceDetails.S3Bucket bucket -> null;
            case ResourceDetails.ApiGateway api -> null;
            case ResourceDetails.UnattachedVolume volume -> null;
        };
        if (service == null) {
            return Optional.empty();
        }
        return facts.lifecycle().stream()
                .filter(match -> match.entry().category() != LifecycleEntry.Category.OPERATING_SYSTEM && facts.status(match).forcesChange())
                .findFirst()
                .map(match -> {
                    String target = service + match.entry().successor();
                    return Decisions.recommend(facts, Strategy.REPLATFORM, target, "F2",
                            Decisions.lifecycleSentence(facts, match) + "; upgrade to " + target + ".",
                            Decisions.confidence(F2_CONFIDENCE, facts, true), Decisions.lifecycleEvidence(facts, match));
                });
    }

    /** F3: the Classic Load Balancer migration wizard creates an ALB for HTTP(S) listeners and an NLB for TCP. */
    private static Optional<Recommendation> classicLoadBalancer(WorkloadFacts facts)
    {
        if (!(facts.resource().details() instanceof ResourceDetails.LoadBalancer loadBalancer) || !"classic".equalsIgnoreCase(loadBalancer.loadBalancerType())) {
            return Optional.empty();
        }
        List<String> protocols = loadBalancer.listeners().stream()
                .map(listener -> listener.protocol() == null ? "unknown" : listener.protocol().toUpperCase(Locale.ROOT))
                .distinct()
                .sorted()
                .toList();
        boolean http = protocols.stream().anyMatch(protocol -> protocol.startsWith("HTTP"));
        String target = http ? "Application Load Balancer" : "Network Load Balancer";
        return Optional.of(Decisions.recommend(facts, Strategy.REPLATFORM, target, "F3",
                "Classic Load Balancer with " + (protocols.isEmpty() ? "no" : String.join("/", protocols)) + " listeners: replace it with "
                        + (http ? "an " : "a ") + target + ", as the Elastic Load Balancing migration wizard does for " + (http ? "HTTP and HTTPS" : "TCP") + ".",
                F3_CONFIDENCE, List.of("loadBalancerType=classic", "listenerProtocols=" + String.join(",", protocols))));
    }

    // DocumentDB and Neptune come through the RDS API but are services of their own
    private static String databaseService(String engine)
    {
        String service = DatabaseServices.serviceOf(engine);
        return service.equals("Amazon RDS") ? "Amazon RDS for " : service + " ";
    }

    private static List<String> withAll(List<String> first, List<String> second)
    {
        List<String> all = new ArrayList<>(first);
        second.stream().filter(value -> !all.contains(value)).forEach(all::add);
        return all;
    }
}
