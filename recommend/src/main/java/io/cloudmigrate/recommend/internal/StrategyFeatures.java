package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.scoring.DependencyIndex;
import io.cloudmigrate.scoring.LifecycleEntry;
import io.cloudmigrate.scoring.LifecycleMatch;
import io.cloudmigrate.scoring.SupportStatus;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The one place the model's features are computed, from the same facts the rules read (recommend's
 * README has the table). Every value is between 0 and 1 so that one learning rate suits them all; a fact
 * that is not known is 0 with its own {@code ...Unknown} indicator, never a guessed value.
 */
public final class StrategyFeatures
{
    /** The feature names, in the order of {@link #of}'s values; the prior dataset's CSV columns after the label. */
    public static final List<String> NAMES = List.of(
            "type.ec2", "type.rds", "type.cache", "type.lambda", "type.loadBalancerClassic", "type.loadBalancerV2", "type.ecsService", "type.storage", "type.volume", "type.other",
            "os.pastSupport", "os.endingSoon", "os.paidExtensionOnly", "os.unknown", "os.windows",
            "engine.pastSupport", "application.pastSupport",
            "arch.arm64", "family.previousGeneration",
            "selfManaged.database", "selfManaged.commercialDatabase", "selfManaged.cache", "selfManaged.clustered", "managedEquivalent",
            "ecs.onEc2",
            "usage.cpuAverage", "usage.cpuP95", "usage.cpuUnknown", "usage.memoryAverage", "usage.memoryUnknown", "usage.networkActive",
            "usage.connectionsActive", "usage.zeroUse", "usage.window", "usage.belowZombieCpu", "usage.idleOnEverySignal", "usage.zombie", "profile.idle", "profile.bursty", "profile.steady",
            "deps.inbound", "deps.outbound", "deps.onPremisesCallers", "deps.internetCallers", "deps.moveGroup",
            "stateful", "data.size", "data.sizeUnknown", "age.years", "age.unknown",
            "licence.windowsIncluded", "licence.sqlServerOrOracle", "licence.sqlServerIncluded", "licence.byol",
            "env.production", "env.nonProduction", "env.unknown",
            "tag.hold", "tag.ownerOrAppMissing", "tag.decommission", "tag.drPassive",
            "goal.speed", "goal.operations", "goal.modernise", "goal.licence");

    private static final java.util.Map<String, Integer> POSITIONS = FeatureVector.positions(NAMES);

    /** A daily network transfer above this many MB is activity (the rubric's Trusted Advisor stand-in for memory: 5 MB). */
    static final double ACTIVE_NETWORK_MB_PER_DAY = 5;

    /** 10^4.3 GB (20 TB) and more reads as 1: the log scale keeps a 50 GB and a 5 TB database apart without letting either dominate. */
    static final double FULL_DATA_LOG10_GB = 4.3;
    /** Eight years and older reads as 1. */
    static final double FULL_AGE_DAYS = 8 * 365;

    private StrategyFeatures() {}

    /** The features of every resource the rules recommend in an estate, by id. */
    public static java.util.Map<String, double[]> ofEstate(io.cloudmigrate.scoring.LifecycleCatalog lifecycle, io.cloudmigrate.discovery.Inventory inventory,
            io.cloudmigrate.graph.GraphAnalysis graph, java.time.LocalDate asOf, BusinessGoals goals)
    {
        EstateFacts estate = new RuleBasedRecommender(lifecycle).estate(inventory, graph, asOf);
        java.util.Map<String, double[]> features = new java.util.TreeMap<>();
        estate.facts().forEach((id, facts) -> features.put(id, of(facts, estate.dependencies(), goals)));
        return features;
    }

    static double[] of(WorkloadFacts facts, DependencyIndex dependencies, BusinessGoals goals)
    {
        FeatureVector vector = new FeatureVector(POSITIONS);
        String id = facts.resource().id();
        switch (facts.type()) {
            case EC2_INSTANCE -> vector.set("type.ec2", 1);
            case RDS_DB_INSTANCE, RDS_DB_CLUSTER -> vector.set("type.rds", 1);
            case ELASTICACHE_CLUSTER, ELASTICACHE_REPLICATION_GROUP -> vector.set("type.cache", 1);
            case LAMBDA_FUNCTION -> vector.set("type.lambda", 1);
            case LOAD_BALANCER -> vector.set("type.loadBalancerClassic", 1);
            case LOAD_BALANCER_V2 -> vector.set("type.loadBalancerV2", 1);
            case ECS_SERVICE -> vector.set("type.ecsService", 1);
            case S3_BUCKET -> vector.set("type.storage", 1);
            // its own value: a volume attached to nothing is idle by construction, a bucket never shows its use (no GET/PUT metrics)
            case EBS_VOLUME -> vector.set("type.volume", 1);
            case VPC, SUBNET, ROUTE_TABLE, NAT_GATEWAY, VPC_ENDPOINT, ECS_CLUSTER, API_GATEWAY_REST_API, API_GATEWAY_HTTP_API -> vector.set("type.other", 1);
        }
        lifecycle(facts, vector);
        details(facts, vector);
        usage(facts, vector);
        history(facts, vector);
        vector.set("deps.inbound", scaled(facts.dependents(), 10));
        List<String> callers = dependencies.dependents(id).stream().toList();
        vector.set("deps.outbound", scaled(dependencies.dependencies(id).size(), 10));
        vector.set("deps.onPremisesCallers", scaled(callers.stream().filter(caller -> caller.toLowerCase(Locale.ROOT).startsWith("on-premises")).count(), 5));
        vector.set("deps.internetCallers", dependencies.reachedFromInternet(id) ? 1 : 0);
        vector.set("deps.moveGroup", dependencies.moveGroupOf(id).isPresent() ? 1 : 0);
        Optional<String> environment = facts.environment();
        boolean production = environment.filter(value -> value.startsWith("prod")).isPresent();
        vector.set("env.production", production ? 1 : 0);
        vector.set("env.nonProduction", environment.isPresent() && !production ? 1 : 0);
        vector.set("env.unknown", environment.isEmpty() ? 1 : 0);
        vector.set("tag.hold", facts.holdTag().isPresent() ? 1 : 0);
        vector.set("tag.ownerOrAppMissing", facts.ownerTagged() && facts.appTagged() ? 0 : 1);
        vector.set("tag.decommission", facts.tag(List.of("decommission_date", "decommission-date", "DecommissionDate")).isPresent() ? 1 : 0);
        vector.set("tag.drPassive", facts.tag(List.of("role")).filter(tag -> tag.toLowerCase(Locale.ROOT).endsWith("=dr-passive")).isPresent() ? 1 : 0);
        vector.set("goal.speed", goals.speedOfMigration() / 5.0);
        vector.set("goal.operations", goals.reduceOperationalOverhead() / 5.0);
        vector.set("goal.modernise", goals.modernizeInfrastructure() / 5.0);
        vector.set("goal.licence", goals.licenseCostReduction() / 5.0);
        return vector.values();
    }

    private static void lifecycle(WorkloadFacts facts, FeatureVector vector)
    {
        Optional<LifecycleMatch> os = facts.lifecycle().stream().filter(match -> match.entry().category() == LifecycleEntry.Category.OPERATING_SYSTEM).findFirst();
        os.map(facts::status).ifPresent(status -> {
            vector.set("os.pastSupport", status == SupportStatus.UNSUPPORTED ? 1 : 0);
            vector.set("os.paidExtensionOnly", status == SupportStatus.PAID_EXTENSION_ONLY ? 1 : 0);
            vector.set("os.endingSoon", status == SupportStatus.ENDING_WITHIN_HORIZON ? 1 : 0);
        });
        vector.set("os.unknown", facts.type() == io.cloudmigrate.discovery.ResourceType.EC2_INSTANCE && facts.operatingSystem().isEmpty() ? 1 : 0);
        vector.set("os.windows", facts.windows() ? 1 : 0);
        vector.set("engine.pastSupport", facts.lifecycle().stream()
                .anyMatch(match -> match.entry().category() != LifecycleEntry.Category.OPERATING_SYSTEM
                        && match.entry().category() != LifecycleEntry.Category.APPLICATION && facts.status(match).forcesChange()) ? 1 : 0);
        vector.set("application.pastSupport", facts.lifecycle().stream()
                .anyMatch(match -> match.entry().category() == LifecycleEntry.Category.APPLICATION && facts.status(match).pastSupport()) ? 1 : 0);
    }

    private static void details(WorkloadFacts facts, FeatureVector vector)
    {
        facts.engine().ifPresent(engine -> {
            vector.set(engine.engine().database() ? "selfManaged.database" : "selfManaged.cache", 1);
            vector.set("selfManaged.commercialDatabase", engine.engine().database() && engine.engine().commercial() ? 1 : 0);
            vector.set("managedEquivalent", 1);
            vector.set("stateful", engine.engine().database() ? 1 : 0);
        });
        vector.set("selfManaged.clustered", facts.software().stream().anyMatch(value -> value.toLowerCase(Locale.ROOT).contains("real application clusters")) ? 1 : 0);
        boolean sqlServerOrOracle = facts.engine().filter(engine -> engine.engine().commercial()).isPresent();
        switch (facts.resource().details()) {
            case ResourceDetails.Ec2Instance instance -> {
                vector.set("arch.arm64", "arm64".equalsIgnoreCase(instance.architecture()) ? 1 : 0);
                vector.set("family.previousGeneration", previousGeneration(instance.instanceType()) ? 1 : 0);
                vector.set("licence.windowsIncluded", facts.windows() && !FactsHistory.bringsOwnLicence(facts) ? 1 : 0);
            }
            case ResourceDetails.RdsDbInstance database -> {
                vector.set("stateful", 1);
                sqlServerOrOracle |= commercialEngine(database.engine());
            }
            case ResourceDetails.RdsDbCluster cluster -> vector.set("stateful", 1);
            case ResourceDetails.ElastiCacheCluster cache -> vector.set("stateful", 1);
            case ResourceDetails.ElastiCacheReplicationGroup group -> vector.set("stateful", 1);
            case ResourceDetails.S3Bucket bucket -> vector.set("stateful", 1);
            case ResourceDetails.UnattachedVolume volume -> vector.set("stateful", 1);
            case ResourceDetails.LambdaFunction function -> vector.set("arch.arm64", "arm64".equalsIgnoreCase(function.architecture()) ? 1 : 0);
            case ResourceDetails.LoadBalancer loadBalancer -> vector.set("managedEquivalent", "classic".equalsIgnoreCase(loadBalancer.loadBalancerType()) ? 1 : 0);
            case ResourceDetails.EcsService service -> {
                boolean onEc2 = "EC2".equalsIgnoreCase(service.launchType());
                vector.set("ecs.onEc2", onEc2 ? 1 : 0);
                vector.set("managedEquivalent", onEc2 ? 1 : 0);
            }
            case ResourceDetails.RouteTable routeTable -> { }
            case ResourceDetails.Vpc vpc -> { }
            case ResourceDetails.Subnet subnet -> { }
            case ResourceDetails.NatGateway natGateway -> { }
            case ResourceDetails.VpcEndpoint endpoint -> { }
            case ResourceDetails.EcsCluster cluster -> { }
            case ResourceDetails.ApiGateway api -> { }
        }
        vector.set("licence.sqlServerOrOracle", sqlServerOrOracle ? 1 : 0);
    }

    private static void usage(WorkloadFacts facts, FeatureVector vector)
    {
        facts.metric(MetricName.CPU_UTILIZATION).ifPresentOrElse(cpu -> {
            vector.set("usage.cpuAverage", scaled(cpu.average(), 100));
            vector.set("usage.cpuP95", scaled(cpu.p95(), 100));
            boolean bursty = cpu.average() > 0 && cpu.p95() / cpu.average() > ChoiceRules.LOW_DUTY_CYCLE_RATIO;
            vector.set("profile.idle", cpu.average() < RetireRules.IDLE_CPU_LIMIT && cpu.p95() < RetireRules.BUSY_PEAK_CPU_LIMIT ? 1 : 0);
            vector.set("profile.bursty", bursty ? 1 : 0);
            vector.set("profile.steady", !bursty && cpu.average() >= RetireRules.IDLE_CPU_LIMIT ? 1 : 0);
        }, () -> vector.set("usage.cpuUnknown", 1));
        facts.metric(MetricName.MEMORY_UTILIZATION).ifPresentOrElse(memory -> vector.set("usage.memoryAverage", scaled(memory.average(), 100)),
                () -> vector.set("usage.memoryUnknown", 1));
        vector.set("usage.networkActive", RetireEvidence.networkActive(facts) ? 1 : 0);
        vector.set("usage.connectionsActive", RetireEvidence.connectionsActive(facts) ? 1 : 0);
        vector.set("usage.zeroUse", RetireEvidence.zeroUse(facts) ? 1 : 0);
        vector.set("usage.window", scaled(facts.windowDays(), RetireRules.WINDOW_DAYS));
        vector.set("usage.belowZombieCpu", facts.average(MetricName.CPU_UTILIZATION).orElse(100) < RetireRules.ZOMBIE_CPU_LIMIT ? 1 : 0);
        // the conjunction the rubric's evidence rule asks for, which a linear model cannot build from the separate signals
        boolean idle = RetireEvidence.missing(facts).isEmpty();
        vector.set("usage.idleOnEverySignal", idle ? 1 : 0);
        vector.set("usage.zombie", idle && facts.average(MetricName.CPU_UTILIZATION).orElse(100) < RetireRules.ZOMBIE_CPU_LIMIT ? 1 : 0);
    }

    private static void history(WorkloadFacts facts, FeatureVector vector)
    {
        boolean stateful = vector.get("stateful") > 0;
        FactsHistory.dataGb(facts).ifPresentOrElse(gigabytes -> vector.set("data.size", scaled(Math.log10(1 + gigabytes), FULL_DATA_LOG10_GB)),
                () -> vector.set("data.sizeUnknown", stateful ? 1 : 0));
        FactsHistory.ageDays(facts).ifPresentOrElse(days -> vector.set("age.years", scaled(days, FULL_AGE_DAYS)), () -> vector.set("age.unknown", 1));
        vector.set("licence.byol", FactsHistory.bringsOwnLicence(facts) ? 1 : 0);
        vector.set("licence.sqlServerIncluded", FactsHistory.sqlServerLicenceIncluded(facts) ? 1 : 0);
    }

    private static boolean previousGeneration(String instanceType)
    {
        if (instanceType == null || instanceType.indexOf('.') < 0) {
            return false;
        }
        String family = instanceType.substring(0, instanceType.indexOf('.'));
        for (int index = 0; index < family.length(); index++) {
            if (Character.isDigit(family.charAt(index))) {
                return family.charAt(index) - '0' < 6;
            }
        }
        return false;
    }

    private static boolean commercialEngine(String engine)
    {
        String value = engine == null ? "" : engine.toLowerCase(Locale.ROOT);
        return value.startsWith("sqlserver") || value.startsWith("oracle");
    }

    private static double scaled(double value, double full)
    {
        return Math.max(0, Math.min(1, value / full));
    }
}
