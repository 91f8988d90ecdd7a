package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.MetricSummary;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.LifecycleEntry;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import static io.cloudmigrate.recommend.internal.Decisions.percent;

/**
 * Stage B of docs/7R-RULES.md: retire what nobody uses (B1 zombie, B2 idle, B3 zero use, B4 passive DR copy),
 * unless something depends on it (B5: retain, blocked). A resource with a hold tag skips this stage and
 * is retained by C1.
 */
final class RetireRules
{
    static final double ZOMBIE_CPU_LIMIT = 5;
    static final double ZOMBIE_MEMORY_LIMIT = 5;
    static final double IDLE_CPU_LIMIT = 20;
    /**
     * A workload whose daily CPU p95 reaches this is a batch or bursty job, not an idle one: a low
     * average over 90 days hides real nightly or month-end work (judgement; the guide's 5% and 20%
     * thresholds speak of averages only).
     */
    static final double BUSY_PEAK_CPU_LIMIT = 40;
    /** The window N the Large Migration Guide gives for idle workloads; shorter windows lower confidence. */
    static final int WINDOW_DAYS = 90;
    /** Below this many days of data (Trusted Advisor's look-back) the idle rules do not fire at all (judgement). */
    static final int MINIMUM_WINDOW_DAYS = 14;
    static final double SHORT_WINDOW_FACTOR = 0.85;
    static final int ZERO_CONNECTIONS_DAYS = 30;
    static final int LOAD_BALANCER_DAYS = 7;
    static final double LOAD_BALANCER_REQUESTS_PER_DAY = 100;

    static final double B1_CONFIDENCE = 0.8;
    static final double B1_CONFIDENCE_WITHOUT_MEMORY = 0.65;
    static final double B2_CONFIDENCE = 0.6;
    static final double B3_CONFIDENCE = 0.75;
    static final double B4_CONFIDENCE = 0.85;
    static final double B5_CONFIDENCE = 0.7;

    private static final Set<String> NON_PRODUCTION = Set.of("dev", "development", "test", "testing", "sandbox", "poc");

    /** A matched retire condition, before the B5 guard. */
    private record Idle(String ruleId, String finding, double confidence, List<String> evidence) {}

    private RetireRules() {}

    static Optional<Recommendation> evaluate(WorkloadFacts facts)
    {
        if (facts.holdTag().isPresent()) {
            return Optional.empty();
        }
        Optional<Idle> idle = zombie(facts).or(() -> idle(facts)).or(() -> zeroUse(facts)).or(() -> passiveCopy(facts));
        if (idle.isEmpty()) {
            return Optional.empty();
        }
        Idle found = idle.get();
        List<String> evidence = new ArrayList<>(found.evidence());
        evidence.add("inboundDependencies=" + facts.dependents());
        if (facts.dependents() > 0) {
            String reason = found.finding() + ", but " + facts.dependents() + (facts.dependents() == 1 ? " resource depends" : " resources depend")
                    + " on it (" + Decisions.names(facts.dependentNames()) + "): retain it (blocked) and stop it in a controlled way to confirm before retiring.";
            evidence.add("matched=" + found.ruleId());
            return Optional.of(Decisions.recommend(facts, Strategy.RETAIN, null, "B5", reason, B5_CONFIDENCE, evidence));
        }
        return Optional.of(Decisions.recommend(facts, Strategy.RETIRE, null, found.ruleId(),
                found.finding() + " and nothing depends on it: retire it after a final snapshot or archive.", found.confidence(), evidence));
    }

    /** B1: average CPU and memory below 5% ("zombie applications", AWS Large Migration Guide). */
    private static Optional<Idle> zombie(WorkloadFacts facts)
    {
        OptionalDouble cpu = facts.average(MetricName.CPU_UTILIZATION);
        if (!idleCandidate(facts) || cpu.isEmpty() || cpu.getAsDouble() >= ZOMBIE_CPU_LIMIT) {
            return Optional.empty();
        }
        OptionalDouble memory = facts.average(MetricName.MEMORY_UTILIZATION);
        if (memory.isPresent() && memory.getAsDouble() >= ZOMBIE_MEMORY_LIMIT) {
            return Optional.empty();
        }
        List<String> evidence = new ArrayList<>(List.of("cpuAverage=" + percent(cpu.getAsDouble()), "windowDays=" + facts.windowDays()));
        String finding;
        double confidence;
        if (memory.isPresent()) {
            evidence.add("memoryAverage=" + percent(memory.getAsDouble()));
            finding = "Average CPU " + percent(cpu.getAsDouble()) + " and memory " + percent(memory.getAsDouble()) + " over " + facts.windowDays()
                    + " days, below the 5% of a zombie workload (AWS Large Migration Guide)";
            confidence = B1_CONFIDENCE;
        }
        else {
            evidence.add("memoryAverage=unknown");
            finding = "Average CPU " + percent(cpu.getAsDouble()) + " over " + facts.windowDays()
                    + " days (memory not measured), below the 5% of a zombie workload (AWS Large Migration Guide)";
            confidence = B1_CONFIDENCE_WITHOUT_MEMORY;
        }
        return Optional.of(new Idle("B1", finding, windowed(facts, confidence), evidence));
    }

    /** B2: average CPU from 5% to 20%, and a sign that nobody needs it (judgement on the guide's "might"). */
    private static Optional<Idle> idle(WorkloadFacts facts)
    {
        OptionalDouble cpu = facts.average(MetricName.CPU_UTILIZATION);
        if (!idleCandidate(facts) || cpu.isEmpty() || cpu.getAsDouble() < ZOMBIE_CPU_LIMIT || cpu.getAsDouble() >= IDLE_CPU_LIMIT) {
            return Optional.empty();
        }
        Optional<String> sign = facts.environment().filter(NON_PRODUCTION::contains).map(environment -> "environment " + environment)
                .or(() -> !facts.ownerTagged() || !facts.appTagged() ? Optional.of("no owner or app tag") : Optional.empty())
                .or(() -> facts.forcingChange(LifecycleEntry.Category.OPERATING_SYSTEM)
                        .filter(match -> facts.status(match).pastSupport())
                        .map(match -> match.observed() + " past end of support"));
        return sign.map(value -> new Idle("B2",
                "Average CPU " + percent(cpu.getAsDouble()) + " over " + facts.windowDays() + " days, an idle workload (AWS Large Migration Guide: 5 to 20 percent), with " + value,
                windowed(facts, B2_CONFIDENCE),
                List.of("cpuAverage=" + percent(cpu.getAsDouble()), "windowDays=" + facts.windowDays(), "idleSign=" + value)));
    }

    /** B3: no use at all, by the measure that fits the type (Trusted Advisor idle checks, stretched by judgement). */
    private static Optional<Idle> zeroUse(WorkloadFacts facts)
    {
        return switch (facts.resource().details()) {
            case ResourceDetails.LambdaFunction function -> zeroMetric(facts, MetricName.INVOCATIONS, 0, "No invocations in " + facts.windowDays() + " days");
            case ResourceDetails.RdsDbInstance database -> zeroMetric(facts, MetricName.DATABASE_CONNECTIONS, ZERO_CONNECTIONS_DAYS,
                    "No database connections in " + facts.windowDays() + " days");
            case ResourceDetails.ElastiCacheCluster cache -> zeroMetric(facts, MetricName.CURRENT_CONNECTIONS, ZERO_CONNECTIONS_DAYS,
                    "No cache connections in " + facts.windowDays() + " days");
            case ResourceDetails.LoadBalancer loadBalancer -> loadBalancer.targets().isEmpty()
                    ? Optional.of(new Idle("B3", "No registered targets", B3_CONFIDENCE, List.of("targets=0")))
                    : facts.metric(MetricName.REQUEST_COUNT)
                            .filter(summary -> facts.windowDays() >= LOAD_BALANCER_DAYS && summary.maximum() < LOAD_BALANCER_REQUESTS_PER_DAY)
                            .map(summary -> new Idle("B3", "Fewer than 100 requests a day over " + facts.windowDays() + " days (Trusted Advisor idle load balancer)",
                                    B3_CONFIDENCE, List.of("requestsPerDayMaximum=" + Math.round(summary.maximum()), "windowDays=" + facts.windowDays())));
            case ResourceDetails.EcsService service -> service.runningCount() == 0
                    ? Optional.of(new Idle("B3", "No running tasks (desired " + service.desiredCount() + ")", B3_CONFIDENCE * SHORT_WINDOW_FACTOR,
                            List.of("runningCount=0", "desiredCount=" + service.desiredCount())))
                    : Optional.empty();
            case ResourceDetails.Ec2Instance instance -> Optional.empty();
            // measured on the members (GroupUtilization), which then follow the cluster or group (A0)
            case ResourceDetails.RdsDbCluster cluster -> zeroMetric(facts, MetricName.DATABASE_CONNECTIONS, ZERO_CONNECTIONS_DAYS,
                    "No database connections to any member in " + facts.windowDays() + " days");
            case ResourceDetails.ElastiCacheReplicationGroup group -> zeroMetric(facts, MetricName.CURRENT_CONNECTIONS, ZERO_CONNECTIONS_DAYS,
                    "No cache connections to any node in " + facts.windowDays() + " days");
            case ResourceDetails.RouteTable routeTable -> Optional.empty();
            case ResourceDetails.S3Bucket bucket -> Optional.empty();
            case ResourceDetails.ApiGateway api -> Optional.empty();
            case ResourceDetails.Vpc vpc -> Optional.empty();
            case ResourceDetails.Subnet subnet -> Optional.empty();
            case ResourceDetails.NatGateway natGateway -> Optional.empty();
            case ResourceDetails.VpcEndpoint endpoint -> Optional.empty();
            case ResourceDetails.EcsCluster cluster -> Optional.empty();
            case ResourceDetails.UnattachedVolume volume -> Optional.of(new Idle("B3", "EBS volume " + volume.volumeId() + " is attached to no instance"
                    + " (state " + (volume.state() == null ? "unknown" : volume.state()) + "), so nothing reads or writes it (Trusted Advisor underutilized EBS volumes)",
                    B3_CONFIDENCE, List.of("attachments=0", "state=" + (volume.state() == null ? "unknown" : volume.state()))));
        };
    }

    /** B4: a passive disaster-recovery copy that will be rebuilt in the target (MigOps disposition tree). */
    private static Optional<Idle> passiveCopy(WorkloadFacts facts)
    {
        return facts.tag(List.of("role")).filter(tag -> tag.toLowerCase(Locale.ROOT).endsWith("=dr-passive"))
                .map(tag -> new Idle("B4", "Tagged " + tag + ", a passive disaster-recovery copy that will be recreated in the target", B4_CONFIDENCE, List.of("tag:" + tag)));
    }

    private static Optional<Idle> zeroMetric(WorkloadFacts facts, MetricName metric, int minimumDays, String finding)
    {
        Optional<MetricSummary> summary = facts.metric(metric);
        if (summary.isEmpty() || summary.get().maximum() > 0 || facts.windowDays() < Math.max(minimumDays, 1)) {
            return Optional.empty();
        }
        return Optional.of(new Idle("B3", finding, B3_CONFIDENCE, List.of(metric.cloudWatchName() + "Maximum=0", "windowDays=" + facts.windowDays())));
    }

    /** Rules B1 and B2 apply to compute that runs all the time (EC2, ECS, RDS, ElastiCache, and their clusters) and has no busy peaks. */
    private static boolean idleCandidate(WorkloadFacts facts)
    {
        boolean peaks = facts.metric(MetricName.CPU_UTILIZATION).filter(summary -> summary.p95() >= BUSY_PEAK_CPU_LIMIT).isPresent();
        return switch (facts.type()) {
            // a cluster's or group's figures are its busiest member's (GroupUtilization)
            case EC2_INSTANCE, ECS_SERVICE, RDS_DB_INSTANCE, ELASTICACHE_CLUSTER, RDS_DB_CLUSTER, ELASTICACHE_REPLICATION_GROUP ->
                    facts.windowDays() >= MINIMUM_WINDOW_DAYS && !peaks;
            case VPC, SUBNET, ROUTE_TABLE, NAT_GATEWAY, VPC_ENDPOINT, LOAD_BALANCER, LOAD_BALANCER_V2,
                 LAMBDA_FUNCTION, ECS_CLUSTER, S3_BUCKET, EBS_VOLUME,
                 API_GATEWAY_REST_API, API_GATEWAY_HTTP_API -> false;
        };
    }

    private static double windowed(WorkloadFacts facts, double confidence)
    {
        return facts.windowDays() >= WINDOW_DAYS ? confidence : confidence * SHORT_WINDOW_FACTOR;
    }
}
