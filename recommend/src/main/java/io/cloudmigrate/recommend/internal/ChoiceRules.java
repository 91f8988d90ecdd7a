package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.BusinessGoals.Goal;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.LifecycleEntry;
import io.cloudmigrate.scoring.LifecycleMatch;
import io.cloudmigrate.scoring.SelfManagedEngine;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

import static io.cloudmigrate.recommend.internal.Decisions.percent;

/**
 * Stage G of docs/7R-RULES.md: where several strategies are viable, the business goals choose. Each rule
 * offers options that pass its threshold; each option serves one goal (S lowest effort, O managed
 * service, L licence removal, M cloud-native); {@link BusinessGoals#preferred} picks among the goals on
 * offer, and the first option serving that goal wins.
 */
final class ChoiceRules
{
    static final int GOAL_THRESHOLD = 4;
    static final int CACHE_OPERATIONS_THRESHOLD = 3;
    static final int REHOST_DATABASE_OPERATIONS_MAXIMUM = 2;
    /** G5: a duty cycle is low when the CPU p95 exceeds the average more than this many times … */
    static final double LOW_DUTY_CYCLE_RATIO = 4;
    /** … and the average stays below this percentage (rule G5; judgement). */
    static final double LOW_DUTY_CYCLE_AVERAGE_LIMIT = 10;

    static final double G1_CONFIDENCE = 0.8;
    static final double G2_CONFIDENCE = 0.7;
    static final double G3_CONFIDENCE = 0.55;
    static final double G4_CONFIDENCE = 0.5;
    static final double G5_CONFIDENCE = 0.55;
    static final double G6_CONFIDENCE = 0.7;
    /** G6 once the task definition showed that nothing ties the service to EC2 (or what does). */
    static final double G6_CONFIDENCE_CHECKED = 0.8;

    /** One viable option of a G rule. */
    record Option(String ruleId, Strategy strategy, String target, Goal goal, String reason, double confidence, List<String> evidence) {}

    private ChoiceRules() {}

    static Optional<Recommendation> evaluate(WorkloadFacts facts, BusinessGoals goals)
    {
        List<Option> options = new ArrayList<>();
        options.addAll(database(facts, goals));
        options.addAll(cache(facts, goals));
        options.addAll(applicationRefactors(facts, goals));
        options.addAll(containers(facts, goals));
        return options.isEmpty() ? Optional.empty() : Optional.of(choose(facts, goals, options));
    }

    /** The goal weights' choice among options; the reason names the goal that decided. */
    static Recommendation choose(WorkloadFacts facts, BusinessGoals goals, List<Option> options)
    {
        Goal goal = goals.preferred(options.stream().map(Option::goal).toList());
        Option chosen = options.stream().filter(option -> option.goal() == goal).findFirst().orElseThrow();
        List<String> evidence = new ArrayList<>(chosen.evidence());
        evidence.add("goal=" + goal.name() + ":" + goals.weight(goal));
        List<String> others = options.stream().filter(option -> option != chosen)
                .map(option -> option.ruleId() + " " + option.strategy().displayName())
                .distinct()
                .toList();
        others.forEach(other -> evidence.add("alsoViable=" + other));
        return Decisions.recommend(facts, chosen.strategy(), chosen.target(), chosen.ruleId(), chosen.reason(), chosen.confidence(), evidence);
    }

    /** G1 (and G3 for commercial engines): a database the instance runs itself. */
    private static List<Option> database(WorkloadFacts facts, BusinessGoals goals)
    {
        Optional<SelfManagedEngine.Detected> detected = facts.engine().filter(engine -> engine.engine().database());
        if (detected.isEmpty()) {
            return List.of();
        }
        SelfManagedEngine engine = detected.get().engine();
        String software = detected.get().software();
        Optional<LifecycleMatch> ending = facts.lifecycle().stream()
                .filter(match -> match.entry().category() == LifecycleEntry.Category.DATABASE_ENGINE && match.observed().equals(software))
                .filter(match -> facts.status(match).forcesChange())
                .findFirst();
        boolean clustered = facts.software().stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("real application clusters"));
        List<String> evidence = new ArrayList<>(List.of("engine=" + software));
        ending.ifPresent(match -> evidence.addAll(Decisions.lifecycleEvidence(facts, match)));
        String upgrade = ending.map(match -> "; " + Decisions.lifecycleSentence(facts, match) + ", so upgrade to " + match.entry().successor() + " during the move").orElse("");
        double confidence = Decisions.confidence(G1_CONFIDENCE, facts, true);

        List<Option> options = new ArrayList<>();
        if (!clustered) {
            options.add(new Option("G1", Strategy.REPLATFORM, engine.managedService() + ending.map(match -> " (" + match.entry().successor() + ")").orElse(""),
                    Goal.REDUCE_OPERATIONAL_OVERHEAD,
                    "Runs " + software + " itself on EC2; " + engine.managedService() + " runs the same engine as a managed service" + upgrade + ".",
                    confidence, evidence));
        }
        boolean speedFirst = goals.speedOfMigration() >= GOAL_THRESHOLD && goals.reduceOperationalOverhead() <= REHOST_DATABASE_OPERATIONS_MAXIMUM;
        if (clustered || (speedFirst && ending.isEmpty())) {
            options.add(new Option("G1", Strategy.REHOST, "EC2 with self-managed " + software,
                    Goal.SPEED_OF_MIGRATION,
                    clustered
                            ? "Runs Oracle Real Application Clusters, which RDS does not offer: rehost it on EC2."
                            : "Runs " + software + " itself on EC2 and speed of migration outweighs managed operations: rehost it on EC2 with the same stack.",
                    confidence, evidence));
        }
        if (engine.commercial() && (goals.licenseCostReduction() >= GOAL_THRESHOLD || goals.modernizeInfrastructure() >= GOAL_THRESHOLD)) {
            Goal goal = goals.licenseCostReduction() >= goals.modernizeInfrastructure() ? Goal.LICENSE_COST_REDUCTION : Goal.MODERNIZE_INFRASTRUCTURE;
            String target = engine == SelfManagedEngine.SQL_SERVER ? "Amazon Aurora PostgreSQL with Babelfish" : "Amazon Aurora PostgreSQL";
            options.add(new Option("G3", Strategy.REFACTOR, target, goal,
                    "Runs " + software + ", a licensed engine, and the " + goalName(goal) + " goal is " + goals.weight(goal)
                            + ": port it to " + target + " with AWS SCT and DMS; conversion complexity is not assessed, so check it with DMS Schema Conversion first" + upgrade + ".",
                    Decisions.confidence(G3_CONFIDENCE, facts, true), evidence));
        }
        return options;
    }

    /** G2: a cache the instance runs itself. */
    private static List<Option> cache(WorkloadFacts facts, BusinessGoals goals)
    {
        Optional<SelfManagedEngine.Detected> detected = facts.engine().filter(engine -> !engine.engine().database());
        if (detected.isEmpty()) {
            return List.of();
        }
        SelfManagedEngine engine = detected.get().engine();
        List<String> evidence = List.of("engine=" + detected.get().software());
        double confidence = Decisions.confidence(G2_CONFIDENCE, facts, true);
        if (goals.reduceOperationalOverhead() >= CACHE_OPERATIONS_THRESHOLD) {
            return List.of(new Option("G2", Strategy.REPLATFORM, engine.managedService(), Goal.REDUCE_OPERATIONAL_OVERHEAD,
                    "Runs " + detected.get().software() + " itself on EC2; " + engine.managedService() + " runs it as a managed service.", confidence, evidence));
        }
        return List.of(new Option("G2", Strategy.REHOST, "EC2 with self-managed " + detected.get().software(), Goal.SPEED_OF_MIGRATION,
                "Runs " + detected.get().software() + " itself on EC2 and the operational-overhead goal is " + goals.reduceOperationalOverhead()
                        + " (below 3): rehost it with the same stack.", confidence, evidence));
    }

    /** The Refactor options alone (G3, G4, G5): what may override a forced Replatform (F1). */
    static List<Option> refactorOptions(WorkloadFacts facts, BusinessGoals goals)
    {
        List<Option> options = new ArrayList<>(database(facts, goals).stream().filter(option -> option.strategy() == Strategy.REFACTOR).toList());
        options.addAll(applicationRefactors(facts, goals));
        return options;
    }

    /** G4 (.NET Framework on Windows) and G5 (low duty cycle), for instances that run no database or cache. */
    private static List<Option> applicationRefactors(WorkloadFacts facts, BusinessGoals goals)
    {
        if (!(facts.resource().details() instanceof ResourceDetails.Ec2Instance) || facts.engine().isPresent()) {
            return List.of();
        }
        List<Option> options = new ArrayList<>();
        Optional<String> framework = facts.software().stream().filter(value -> value.toLowerCase(Locale.ROOT).contains(".net framework")).findFirst();
        if (facts.windows() && framework.isPresent() && (goals.licenseCostReduction() >= GOAL_THRESHOLD || goals.modernizeInfrastructure() >= GOAL_THRESHOLD)) {
            Goal goal = goals.licenseCostReduction() >= goals.modernizeInfrastructure() ? Goal.LICENSE_COST_REDUCTION : Goal.MODERNIZE_INFRASTRUCTURE;
            options.add(new Option("G4", Strategy.REFACTOR, ".NET on Linux containers (Amazon ECS on AWS Fargate)", goal,
                    "A Windows " + framework.get() + " application and the " + goalName(goal) + " goal is " + goals.weight(goal)
                            + ": port it to .NET on Linux containers with Porting Assistant for .NET and App2Container.",
                    Decisions.confidence(G4_CONFIDENCE, facts, true), List.of("software=" + framework.get())));
        }
        OptionalDouble average = facts.average(MetricName.CPU_UTILIZATION);
        OptionalDouble p95 = facts.metric(MetricName.CPU_UTILIZATION).map(summary -> OptionalDouble.of(summary.p95())).orElse(OptionalDouble.empty());
        if (average.isPresent() && p95.isPresent() && average.getAsDouble() < LOW_DUTY_CYCLE_AVERAGE_LIMIT && p95.getAsDouble() > LOW_DUTY_CYCLE_RATIO * average.getAsDouble()
                && goals.modernizeInfrastructure() >= GOAL_THRESHOLD) {
            options.add(new Option("G5", Strategy.REFACTOR, "AWS Lambda or AWS Fargate tasks triggered by Amazon EventBridge", Goal.MODERNIZE_INFRASTRUCTURE,
                    "CPU p95 " + percent(p95.getAsDouble()) + " against an average of " + percent(average.getAsDouble())
                            + ", a low duty cycle, and the modernisation goal is " + goals.modernizeInfrastructure()
                            + ": refactor it to run on demand (AWS Lambda or Fargate tasks) instead of an always-on instance.",
                    Decisions.confidence(G5_CONFIDENCE, facts, true),
                    List.of("cpuAverage=" + percent(average.getAsDouble()), "cpuP95=" + percent(p95.getAsDouble()))));
        }
        return options;
    }

    /**
     * G6: an ECS service on the EC2 launch type. With its task definition read, what Fargate cannot
     * offer keeps it on EC2, and the confidence rises because the rule's condition was checked.
     */
    private static List<Option> containers(WorkloadFacts facts, BusinessGoals goals)
    {
        if (!(facts.resource().details() instanceof ResourceDetails.EcsService service) || !"EC2".equalsIgnoreCase(service.launchType())) {
            return List.of();
        }
        ResourceDetails.TaskDefinition definition = service.taskDefinition();
        List<String> evidence = new ArrayList<>(List.of("launchType=" + service.launchType()));
        if (definition != null) {
            evidence.add("taskDefinition=" + definition.family() + ":" + definition.revision());
            evidence.add("networkMode=" + definition.networkMode());
            evidence.add("compatibilities=" + String.join(",", definition.compatibilities()));
        }
        List<String> blockers = FargateReadiness.blockers(service);
        blockers.forEach(blocker -> evidence.add("fargateBlocker=" + blocker));
        double confidence = Decisions.confidence(definition == null ? G6_CONFIDENCE : G6_CONFIDENCE_CHECKED, facts, true);
        if (!blockers.isEmpty()) {
            return List.of(new Option("G6", Strategy.RETAIN, null, Goal.SPEED_OF_MIGRATION,
                    "ECS service on the EC2 launch type that needs what AWS Fargate does not offer (" + String.join(", ", blockers)
                            + "): keep it on its EC2 capacity.",
                    confidence, evidence));
        }
        if (goals.reduceOperationalOverhead() >= GOAL_THRESHOLD) {
            String check = definition == null
                    ? " (check first that it needs no privileged mode, host volumes or daemons)"
                    : ": task definition " + definition.family() + ":" + definition.revision() + " needs no privileged mode, host volumes or daemons"
                            + (FargateReadiness.validatedForFargate(definition) ? " and ECS already validated it for Fargate" : "")
                            + FargateReadiness.networkModeChange(definition);
            return List.of(new Option("G6", Strategy.REPLATFORM, "AWS Fargate", Goal.REDUCE_OPERATIONAL_OVERHEAD,
                    "ECS service on the EC2 launch type and the operational-overhead goal is " + goals.reduceOperationalOverhead()
                            + ": run its tasks on AWS Fargate" + check + ".",
                    confidence, evidence));
        }
        return List.of(new Option("G6", Strategy.RETAIN, null, Goal.SPEED_OF_MIGRATION,
                "ECS service on the EC2 launch type and the operational-overhead goal is " + goals.reduceOperationalOverhead()
                        + " (below 4): keep it on its EC2 capacity.",
                confidence, evidence));
    }

    private static String goalName(Goal goal)
    {
        return switch (goal) {
            case SPEED_OF_MIGRATION -> "speed";
            case REDUCE_OPERATIONAL_OVERHEAD -> "operational-overhead";
            case LICENSE_COST_REDUCTION -> "licence-cost";
            case MODERNIZE_INFRASTRUCTURE -> "modernisation";
        };
    }
}
