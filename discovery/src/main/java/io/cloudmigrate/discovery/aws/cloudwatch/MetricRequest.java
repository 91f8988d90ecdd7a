package io.cloudmigrate.discovery.aws.cloudwatch;

import io.cloudmigrate.discovery.MetricName;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;

import static java.util.Objects.requireNonNull;

/** One metric of one resource to read, with the statistic that makes its daily value meaningful. */
record MetricRequest(String resourceArn, String namespace, String dimension, String dimensionValue, MetricName metric, String statistic)
{
    MetricRequest
    {
        requireNonNull(resourceArn, "resourceArn is null");
        requireNonNull(namespace, "namespace is null");
        requireNonNull(dimension, "dimension is null");
        requireNonNull(dimensionValue, "dimensionValue is null");
        requireNonNull(metric, "metric is null");
        requireNonNull(statistic, "statistic is null");
    }

    MetricDataQuery query(String id, int periodSeconds)
    {
        return MetricDataQuery.builder()
                .id(id)
                .label(metric.cloudWatchName())
                .metricStat(stat -> stat
                        .metric(cloudWatchMetric -> cloudWatchMetric.namespace(namespace).metricName(metric.cloudWatchName())
                                .dimensions(value -> value.name(dimension).value(dimensionValue)))
                        .period(periodSeconds)
                        .stat(statistic))
                .returnData(true)
                .build();
    }
}
