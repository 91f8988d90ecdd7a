package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.scoring.LifecycleEntry;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * The model's explanation in a reviewer's words: the features whose contributions moved the decision
 * most, each named by the fact behind it ("CPU average 3.0% over 90 days") and its direction.
 */
final class FeatureWords
{
    static final int SHOWN = 4;
    /** Contributions smaller than this do not move a decision worth naming. */
    static final double NEGLIGIBLE = 0.05;

    private FeatureWords() {}

    static List<String> explain(WorkloadFacts facts, BusinessGoals goals, double[] features, double[] contributions, Strategy chosen)
    {
        List<String> lines = new ArrayList<>();
        IntStream.range(0, contributions.length)
                .filter(index -> Math.abs(contributions[index]) >= NEGLIGIBLE)
                .boxed()
                .sorted(Comparator.comparingDouble((Integer index) -> -Math.abs(contributions[index])).thenComparing(index -> index))
                .limit(SHOWN)
                .forEach(index -> lines.add(fact(StrategyFeatures.NAMES.get(index), facts, goals) + (contributions[index] > 0 ? ": for " : ": against ")
                        + chosen.displayName()));
        return lines;
    }

    static String fact(String feature, WorkloadFacts facts, BusinessGoals goals)
    {
        return switch (feature) {
            case "type.ec2" -> "an EC2 instance";
            case "type.rds" -> "a managed RDS database";
            case "type.cache" -> "a managed ElastiCache cache";
            case "type.lambda" -> "a Lambda function";
            case "type.loadBalancerClassic" -> "a Classic Load Balancer";
            case "type.loadBalancerV2" -> "an Application or Network Load Balancer";
            case "type.ecsService" -> "an ECS service";
            case "type.storage" -> "an S3 bucket";
            case "type.volume" -> "an EBS volume attached to nothing";
            case "type.other" -> "network or API plumbing";
            case "os.pastSupport", "os.endingSoon", "os.paidExtensionOnly" -> facts.lifecycle().stream()
                    .filter(match -> match.entry().category() == LifecycleEntry.Category.OPERATING_SYSTEM).findFirst()
                    .map(match -> Decisions.lifecycleSentence(facts, match)).orElse("operating system support");
            case "engine.pastSupport", "application.pastSupport" -> facts.lifecycle().stream()
                    .filter(match -> match.entry().category() != LifecycleEntry.Category.OPERATING_SYSTEM && facts.status(match).forcesChange()).findFirst()
                    .map(match -> Decisions.lifecycleSentence(facts, match)).orElse("engine support");
            case "os.unknown" -> "operating system not reported";
            case "os.windows", "licence.windowsIncluded" -> "Windows (licence included)";
            case "arch.arm64" -> "runs on arm64 (Graviton)";
            case "family.previousGeneration" -> "a previous-generation instance family";
            case "selfManaged.database", "selfManaged.commercialDatabase", "selfManaged.cache", "managedEquivalent", "stateful" ->
                    facts.engine().map(engine -> "runs " + engine.software() + " itself (" + engine.engine().managedService() + " exists)")
                            .orElse(feature.equals("stateful") ? "holds data" : "a managed equivalent exists");
            case "selfManaged.clustered" -> "runs Oracle Real Application Clusters";
            case "ecs.onEc2" -> "an ECS service on the EC2 launch type";
            case "usage.cpuAverage", "profile.idle", "profile.steady" -> metric(facts, MetricName.CPU_UTILIZATION, "CPU average", true);
            case "usage.cpuP95", "profile.bursty" -> facts.metric(MetricName.CPU_UTILIZATION)
                    .map(cpu -> String.format(Locale.ROOT, "CPU p95 %.1f%% against an average of %.1f%%", cpu.p95(), cpu.average())).orElse("CPU not measured");
            case "usage.cpuUnknown" -> "CPU not measured";
            case "usage.memoryAverage" -> metric(facts, MetricName.MEMORY_UTILIZATION, "memory average", true);
            case "usage.memoryUnknown" -> "memory not measured";
            case "usage.networkActive" -> "moves more than 5 MB a day over the network";
            case "usage.connectionsActive" -> metric(facts, MetricName.DATABASE_CONNECTIONS, "connections a day", false)
                    .replace("unknown", metric(facts, MetricName.CURRENT_CONNECTIONS, "connections a day", false));
            case "usage.zeroUse" -> "no use at all over " + facts.windowDays() + " days";
            case "usage.belowZombieCpu" -> metric(facts, MetricName.CPU_UTILIZATION, "CPU average", true) + ", below the 5% of a zombie workload";
            case "usage.idleOnEverySignal" -> "idle on every measured signal over " + facts.windowDays() + " days, with nothing depending on it";
            case "usage.zombie" -> metric(facts, MetricName.CPU_UTILIZATION, "CPU average", true) + " and idle on every signal: a zombie workload (AWS Large Migration Guide)";
            case "usage.window" -> facts.windowDays() + " days of metrics";
            case "deps.inbound" -> facts.dependents() + " inbound dependencies";
            case "deps.outbound" -> "outbound dependencies";
            case "deps.onPremisesCallers" -> "on-premises callers";
            case "deps.internetCallers" -> "reached from the internet";
            case "deps.moveGroup" -> "in a move group that must move together";
            case "data.size" -> FactsHistory.dataGb(facts).map(gigabytes -> String.format(Locale.ROOT, "%.0f GB of data", gigabytes)).orElse("data size unknown");
            case "data.sizeUnknown" -> "data size unknown";
            case "age.years" -> FactsHistory.ageDays(facts).map(days -> String.format(Locale.ROOT, "%.1f years since it was launched or created", days / 365.0)).orElse("age unknown");
            case "age.unknown" -> "age unknown";
            case "licence.byol" -> "brings its own licence (BYOL)";
            case "licence.sqlServerIncluded" -> "SQL Server licence included in the price";
            case "licence.sqlServerOrOracle" -> "a commercial database licence (SQL Server or Oracle)";
            case "env.production" -> "a production environment";
            case "env.nonProduction" -> "environment " + facts.environment().orElse("non-production");
            case "env.unknown" -> "no environment tag";
            case "tag.hold" -> "tagged " + facts.holdTag().orElse("hold");
            case "tag.ownerOrAppMissing" -> "no owner or app tag";
            case "tag.decommission" -> "a decommission date tag";
            case "tag.drPassive" -> "a passive disaster-recovery copy";
            case "goal.speed" -> "speed-of-migration weight " + goals.speedOfMigration();
            case "goal.operations" -> "operational-overhead weight " + goals.reduceOperationalOverhead();
            case "goal.modernise" -> "modernisation weight " + goals.modernizeInfrastructure();
            case "goal.licence" -> "licence-cost weight " + goals.licenseCostReduction();
            default -> throw new IllegalArgumentException("no words for feature " + feature);
        };
    }

    private static String metric(WorkloadFacts facts, MetricName name, String what, boolean percent)
    {
        return facts.metric(name)
                .map(summary -> percent
                        ? String.format(Locale.ROOT, "%s %.1f%% over %d days", what, summary.average(), facts.windowDays())
                        : String.format(Locale.ROOT, "%.0f %s over %d days", summary.average(), what, facts.windowDays()))
                .orElse("unknown");
    }
}
