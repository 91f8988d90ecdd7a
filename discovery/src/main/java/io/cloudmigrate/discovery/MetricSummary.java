package io.cloudmigrate.discovery;

import static java.util.Objects.requireNonNull;

/**
 * The summary of one metric over the utilisation window, computed from daily data points.
 *
 * @param average mean of the daily values
 * @param p95 95th percentile of the daily values (nearest rank)
 * @param maximum largest daily value
 * @param datapoints how many daily values the summary rests on
 */
public record MetricSummary(MetricName metric, double average, double p95, double maximum, int datapoints)
{
    public MetricSummary
    {
        requireNonNull(metric, "metric is null");
        if (datapoints < 0) {
            throw new IllegalArgumentException("datapoints is negative");
        }
    }
}
