package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.MetricSummary;
import io.cloudmigrate.discovery.Utilization;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The utilisation summaries of one resource, read so that a metric without data points counts as absent.
 */
record Usage(Optional<Utilization> utilization)
{
    static final Usage NONE = new Usage(Optional.empty());

    Usage
    {
        utilization = utilization == null ? Optional.empty() : utilization;
    }

    OptionalDouble average(MetricName metric)
    {
        return summary(metric).map(summary -> OptionalDouble.of(summary.average())).orElse(OptionalDouble.empty());
    }

    OptionalDouble p95(MetricName metric)
    {
        return summary(metric).map(summary -> OptionalDouble.of(summary.p95())).orElse(OptionalDouble.empty());
    }

    private Optional<MetricSummary> summary(MetricName metric)
    {
        return utilization.flatMap(value -> value.metric(metric)).filter(summary -> summary.datapoints() > 0);
    }
}
