package io.cloudmigrate.discovery.aws.s3;

import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads each bucket's size and object count from the daily storage metrics S3 publishes to
 * CloudWatch in the bucket's own region ({@code AWS/S3} {@code BucketSizeBytes} for standard storage,
 * {@code NumberOfObjects} for all storage types), 250 buckets per {@code GetMetricData} call.
 */
final class S3StorageMetrics
{
    private static final int BUCKETS_PER_CALL = 250;
    private static final int LOOKBACK_DAYS = 3;
    private static final int DAY_SECONDS = 86_400;

    private S3StorageMetrics() {}

    /** Stores {@code cloudwatch-get-metric-data/<bucket-arn>} for every bucket with data points. */
    static void read(ScannerContext context, Map<String, List<String>> bucketsByRegion)
    {
        Instant end = Instant.now().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofDays(1));
        Instant start = end.minus(Duration.ofDays(LOOKBACK_DAYS + 1));
        bucketsByRegion.forEach((region, buckets) -> {
            CloudWatchClient cloudWatch = context.client(CloudWatchClient.builder(), region);
            for (int first = 0; first < buckets.size(); first += BUCKETS_PER_CALL) {
                List<String> batch = buckets.subList(first, Math.min(buckets.size(), first + BUCKETS_PER_CALL));
                List<MetricDataQuery> queries = new ArrayList<>();
                for (int index = 0; index < batch.size(); index++) {
                    queries.add(query("s" + index, batch.get(index), "BucketSizeBytes", "StandardStorage"));
                    queries.add(query("n" + index, batch.get(index), "NumberOfObjects", "AllStorageTypes"));
                }
                Map<String, List<MetricDataResult>> byBucket = new LinkedHashMap<>();
                for (MetricDataResult result : cloudWatch.getMetricDataPaginator(request -> request.metricDataQueries(queries).startTime(start).endTime(end))
                        .metricDataResults()) {
                    String bucket = batch.get(Integer.parseInt(result.id().substring(1)));
                    String label = result.id().startsWith("s") ? "BucketSizeBytes" : "NumberOfObjects";
                    if (!result.values().isEmpty()) {
                        byBucket.computeIfAbsent(bucket, name -> new ArrayList<>()).add(result.toBuilder().label(label).build());
                    }
                }
                byBucket.forEach((bucket, results) ->
                        context.resourceDocument("cloudwatch-get-metric-data", context.arns().s3Bucket(bucket), "MetricDataResults", results));
            }
        });
    }

    private static MetricDataQuery query(String id, String bucket, String metricName, String storageType)
    {
        return MetricDataQuery.builder()
                .id(id)
                .label(metricName)
                .metricStat(stat -> stat
                        .metric(metric -> metric.namespace("AWS/S3").metricName(metricName)
                                .dimensions(dimension -> dimension.name("BucketName").value(bucket), dimension -> dimension.name("StorageType").value(storageType)))
                        .period(DAY_SECONDS)
                        .stat("Average"))
                .returnData(true)
                .build();
    }
}
