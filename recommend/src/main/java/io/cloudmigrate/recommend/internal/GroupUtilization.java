package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.MetricSummary;
import io.cloudmigrate.discovery.Utilization;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The use of a DB cluster or replication group, read from its members: CloudWatch measures the
 * instances and nodes, not the cluster. A group is as busy as its busiest member, so each figure is
 * the largest of the members' (a reader that carries the load keeps the cluster in use), and a metric
 * counts only when every member has it: a member without data may be the busy one. The window is the
 * shortest of the members'.
 */
final class GroupUtilization
{
    private GroupUtilization() {}

    static Optional<Utilization> of(String groupId, List<Optional<Utilization>> members)
    {
        if (members.isEmpty() || members.stream().anyMatch(Optional::isEmpty)) {
            return Optional.empty();
        }
        Map<MetricName, MetricSummary> busiest = new EnumMap<>(MetricName.class);
        Map<MetricName, Integer> measured = new EnumMap<>(MetricName.class);
        int windowDays = Integer.MAX_VALUE;
        for (Optional<Utilization> member : members) {
            windowDays = Math.min(windowDays, member.get().windowDays());
            for (MetricSummary summary : member.get().metrics()) {
                measured.merge(summary.metric(), 1, Integer::sum);
                busiest.merge(summary.metric(), summary, GroupUtilization::larger);
            }
        }
        List<MetricSummary> metrics = new ArrayList<>();
        busiest.forEach((name, summary) -> {
            if (measured.get(name) == members.size()) {
                metrics.add(summary);
            }
        });
        return Optional.of(new Utilization(groupId, windowDays, metrics));
    }

    private static MetricSummary larger(MetricSummary first, MetricSummary second)
    {
        return new MetricSummary(first.metric(), Math.max(first.average(), second.average()), Math.max(first.p95(), second.p95()),
                Math.max(first.maximum(), second.maximum()), Math.min(first.datapoints(), second.datapoints()));
    }
}
