package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.LifecycleEntry;
import io.cloudmigrate.scoring.Strategy;

/**
 * The target of a strategy the model ranked first where the rules chose another: the rules' own target
 * when they agree, else the usual landing place of that strategy for the resource's kind.
 */
final class RankedTargets
{
    private RankedTargets() {}

    static String of(WorkloadFacts facts, Strategy strategy, Recommendation baseline)
    {
        if (strategy == baseline.strategy()) {
            return baseline.target();
        }
        return switch (strategy) {
            case RETIRE, RETAIN -> null;
            case RELOCATE -> "the same service in the target account, VPC or Region";
            case REHOST -> facts.engine().filter(engine -> engine.engine().database()).map(engine -> "EC2 with self-managed " + engine.software())
                    .orElse(facts.resource().details() instanceof ResourceDetails.Ec2Instance instance
                            ? "EC2 " + instance.instanceType() + " (same operating system and stack)"
                            : "EC2 (same stack)");
            case REPLATFORM -> facts.engine().map(engine -> engine.engine().managedService())
                    .or(() -> facts.lifecycle().stream().filter(match -> facts.status(match).forcesChange()).findFirst().map(match -> match.entry().successor()))
                    .orElse(facts.type() == io.cloudmigrate.discovery.ResourceType.LOAD_BALANCER ? "Application Load Balancer"
                            : facts.type() == io.cloudmigrate.discovery.ResourceType.ECS_SERVICE ? "ECS on Fargate" : null);
            case REPURCHASE -> facts.lifecycle().stream().filter(match -> match.entry().category() == LifecycleEntry.Category.APPLICATION).findFirst()
                    .map(match -> match.entry().successor()).orElse("a vendor SaaS edition");
            case REFACTOR -> facts.engine().filter(engine -> engine.engine().commercial()).map(engine -> "Amazon Aurora PostgreSQL (Babelfish, SCT and DMS)")
                    .orElse("AWS Lambda or ECS on Fargate tasks");
        };
    }
}
