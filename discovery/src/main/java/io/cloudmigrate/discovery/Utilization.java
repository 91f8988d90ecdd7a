package io.cloudmigrate.discovery;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * CloudWatch utilisation of one resource over a window of days.
 *
 * @param metrics sorted by metric
 */
public record Utilization(String resourceId, int windowDays, List<MetricSummary> metrics)
{
    public Utilization
    {
        requireNonNull(resourceId, "resourceId is null");
        metrics = requireNonNull(metrics, "metrics is null").stream()
                .sorted(Comparator.comparing(MetricSummary::metric))
                .toList();
    }

    public Optional<MetricSummary> metric(MetricName name)
    {
        return metrics.stream().filter(summary -> summary.metric() == name).findFirst();
    }
}
