package io.cloudmigrate.discovery.aws.s3;

import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataQuery;
import software.amazon.awssdk.services.cloudwatch.model.MetricDataResult;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads each bucket's size and object count from the daily storage metrics S3 publishes to
 * CloudWatch in the bucket's own region ({@code AWS/S3} {@code BucketSizeBytes} once per storage type,
 * {@code NumberOfObjects} for all storage types). Each size result is labelled with its storage type
 * ({@code BucketSizeBytes StandardIAStorage}), since the storage class decides its price.
 */
final class S3StorageMetrics
{
    /**
     * The {@code StorageType} values of {@code BucketSizeBytes} that are billed as storage: the classes, and
     * the overheads S3 bills at a class's rate (small objects in the IA classes, index data of archived objects).
     */
    static final List<String> STORAGE_TYPES = List.of(
            "StandardStorage",
            "IntelligentTieringFAStorage", "IntelligentTieringIAStorage", "IntelligentTieringAIAStorage",
            "IntelligentTieringAAStorage", "IntelligentTieringDAAStorage",
            "StandardIAStorage", "StandardIASizeOverhead",
            "OneZoneIAStorage", "OneZoneIASizeOverhead",
            "ReducedRedundancyStorage",
            "GlacierInstantRetrievalStorage", "GlacierInstantRetrievalSizeOverhead",
            "GlacierStorage", "GlacierStagingStorage", "GlacierObjectOverhead", "GlacierS3ObjectOverhead",
            "DeepArchiveStorage", "DeepArchiveStagingStorage", "DeepArchiveObjectOverhead", "DeepArchiveS3ObjectOverhead");
    private static final int QUERIES_PER_CALL = 500;
    private static final int BUCKETS_PER_CALL = QUERIES_PER_CALL / (STORAGE_TYPES.size() + 1);
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
                Map<String, String> labels = new LinkedHashMap<>();
                for (int index = 0; index < batch.size(); index++) {
                    for (int type = 0; type < STORAGE_TYPES.size(); type++) {
                        String id = "s" + index + "_" + type;
                        queries.add(query(id, batch.get(index), "BucketSizeBytes", STORAGE_TYPES.get(type)));
                        labels.put(id, "BucketSizeBytes " + STORAGE_TYPES.get(type));
                    }
                    queries.add(query("n" + index, batch.get(index), "NumberOfObjects", "AllStorageTypes"));
                    labels.put("n" + index, "NumberOfObjects");
                }
                Map<String, List<MetricDataResult>> byBucket = new TreeMap<>();
                for (MetricDataResult result : cloudWatch.getMetricDataPaginator(request -> request.metricDataQueries(queries).startTime(start).endTime(end))
                        .metricDataResults()) {
                    String bucket = batch.get(Integer.parseInt(result.id().substring(1).split("_")[0]));
                    if (!result.values().isEmpty()) {
                        byBucket.computeIfAbsent(bucket, name -> new ArrayList<>()).add(result.toBuilder().label(labels.get(result.id())).build());
                    }
                }
                byBucket.forEach((bucket, results) ->
                        context.resourceDocument("cloudwatch-get-metric-data", context.arns().s3Bucket(bucket), "MetricDataResults",
                                results.stream().sorted(Comparator.comparing(MetricDataResult::label)).toList()));
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
