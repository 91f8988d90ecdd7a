package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.MetricSummary;
import io.cloudmigrate.discovery.ResourceDetails;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rubric's evidence rule for Retire: idleness over the whole utilisation window (N = 90 days), on
 * every activity signal the service has (CPU; memory, or the Trusted Advisor network stand-in when
 * memory is not measured; database or cache connections; requests; invocations), and no inbound
 * dependency. The rule classes retire on less (a low CPU average alone, 21 days of data); the ranking
 * treats this as a hard constraint, and the prior's labels follow it.
 */
final class RetireEvidence
{
    /** Fewer connections than this on average is no use; 35 a day is someone's application. */
    static final double IDLE_CONNECTIONS = 1;

    private RetireEvidence() {}

    /** Why Retire is not allowed, or empty when the evidence supports it. */
    static Optional<String> missing(WorkloadFacts facts)
    {
        if (facts.dependents() > 0) {
            return Optional.of(facts.dependents() + (facts.dependents() == 1 ? " resource depends" : " resources depend") + " on it");
        }
        if (facts.holdTag().isPresent()) {
            return Optional.of("tagged " + facts.holdTag().get());
        }
        if (facts.tag(List.of("role")).filter(tag -> tag.toLowerCase(Locale.ROOT).endsWith("=dr-passive")).isPresent()) {
            return Optional.empty();
        }
        return switch (facts.resource().details()) {
            case ResourceDetails.LoadBalancer loadBalancer -> loadBalancer.targets().isEmpty()
                    ? Optional.empty()
                    : quiet(facts, MetricName.REQUEST_COUNT, RetireRules.LOAD_BALANCER_REQUESTS_PER_DAY, "requests", RetireRules.LOAD_BALANCER_DAYS);
            case ResourceDetails.EcsService service -> service.runningCount() == 0 ? Optional.empty() : window(facts).or(() -> cpu(facts));
            case ResourceDetails.LambdaFunction function -> window(facts).or(() -> quiet(facts, MetricName.INVOCATIONS, 1, "invocations", RetireRules.WINDOW_DAYS));
            case ResourceDetails.Ec2Instance instance -> window(facts).or(() -> cpu(facts)).or(() -> memoryOrNetwork(facts));
            case ResourceDetails.RdsDbInstance database -> window(facts).or(() -> connections(facts, MetricName.DATABASE_CONNECTIONS));
            case ResourceDetails.RdsDbCluster cluster -> window(facts).or(() -> connections(facts, MetricName.DATABASE_CONNECTIONS));
            case ResourceDetails.ElastiCacheCluster cache -> window(facts).or(() -> connections(facts, MetricName.CURRENT_CONNECTIONS));
            case ResourceDetails.ElastiCacheReplicationGroup group -> window(facts).or(() -> connections(facts, MetricName.CURRENT_CONNECTIONS));
            case ResourceDetails.S3Bucket bucket -> Optional.of("no GET/PUT metrics for the bucket");
            case ResourceDetails.ApiGateway api -> Optional.of("no request metrics for the API");
            case ResourceDetails.RouteTable routeTable -> Optional.of("network plumbing follows the workloads it serves");
            case ResourceDetails.Vpc vpc -> Optional.of("network plumbing follows the workloads it serves");
            case ResourceDetails.Subnet subnet -> Optional.of("network plumbing follows the workloads it serves");
            case ResourceDetails.NatGateway natGateway -> Optional.of("network plumbing follows the workloads it serves");
            case ResourceDetails.VpcEndpoint endpoint -> Optional.of("network plumbing follows the workloads it serves");
            case ResourceDetails.EcsCluster cluster -> Optional.of("a cluster follows its services");
            // B3's zero use needs no metric here: attached to no instance, nothing can read or write it over any window
            case ResourceDetails.UnattachedVolume volume -> Optional.empty();
        };
    }

    static boolean networkActive(WorkloadFacts facts)
    {
        return networkMegabytesPerDay(facts).filter(megabytes -> megabytes > StrategyFeatures.ACTIVE_NETWORK_MB_PER_DAY).isPresent();
    }

    static boolean connectionsActive(WorkloadFacts facts)
    {
        return facts.metric(MetricName.DATABASE_CONNECTIONS).or(() -> facts.metric(MetricName.CURRENT_CONNECTIONS))
                .filter(summary -> summary.average() >= IDLE_CONNECTIONS).isPresent();
    }

    static boolean zeroUse(WorkloadFacts facts)
    {
        return facts.metric(MetricName.INVOCATIONS).or(() -> facts.metric(MetricName.DATABASE_CONNECTIONS)).or(() -> facts.metric(MetricName.CURRENT_CONNECTIONS))
                .filter(summary -> summary.maximum() <= 0).isPresent();
    }

    private static Optional<Double> networkMegabytesPerDay(WorkloadFacts facts)
    {
        Optional<MetricSummary> in = facts.metric(MetricName.NETWORK_IN);
        Optional<MetricSummary> out = facts.metric(MetricName.NETWORK_OUT);
        if (in.isEmpty() && out.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of((in.map(MetricSummary::average).orElse(0.0) + out.map(MetricSummary::average).orElse(0.0)) / 1_000_000);
    }

    private static Optional<String> window(WorkloadFacts facts)
    {
        return facts.windowDays() >= RetireRules.WINDOW_DAYS ? Optional.empty()
                : Optional.of("only " + facts.windowDays() + " days of metrics, not the " + RetireRules.WINDOW_DAYS + "-day window");
    }

    private static Optional<String> cpu(WorkloadFacts facts)
    {
        return facts.metric(MetricName.CPU_UTILIZATION).isEmpty() ? Optional.of("CPU is not measured")
                : quiet(facts, MetricName.CPU_UTILIZATION, RetireRules.IDLE_CPU_LIMIT, "CPU %", 0);
    }

    private static Optional<String> memoryOrNetwork(WorkloadFacts facts)
    {
        if (facts.metric(MetricName.MEMORY_UTILIZATION).isPresent()) {
            return quiet(facts, MetricName.MEMORY_UTILIZATION, RetireRules.IDLE_CPU_LIMIT, "memory %", 0);
        }
        Optional<Double> network = networkMegabytesPerDay(facts);
        if (network.isEmpty()) {
            return Optional.of("neither memory nor network is measured");
        }
        return network.get() > StrategyFeatures.ACTIVE_NETWORK_MB_PER_DAY
                ? Optional.of(String.format(Locale.ROOT, "memory is not measured and it moves %.0f MB a day", network.get()))
                : Optional.empty();
    }

    private static Optional<String> connections(WorkloadFacts facts, MetricName metric)
    {
        Optional<MetricSummary> summary = facts.metric(metric);
        if (summary.isEmpty()) {
            return Optional.of("connections are not measured");
        }
        return summary.get().average() >= IDLE_CONNECTIONS
                ? Optional.of(String.format(Locale.ROOT, "%.0f connections a day on average", summary.get().average()))
                : Optional.empty();
    }

    private static Optional<String> quiet(WorkloadFacts facts, MetricName metric, double limit, String what, int minimumDays)
    {
        Optional<MetricSummary> summary = facts.metric(metric);
        if (summary.isEmpty()) {
            return Optional.of(what + " not measured");
        }
        if (facts.windowDays() < minimumDays) {
            return Optional.of("only " + facts.windowDays() + " days of " + what);
        }
        return summary.get().average() >= limit ? Optional.of(String.format(Locale.ROOT, "%s averages %.1f", what, summary.get().average())) : Optional.empty();
    }
}
