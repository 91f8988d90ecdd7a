package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * S3 buckets. {@code s3api list-buckets} is global, so collectors save it in every region folder;
 * a bucket is added once, from the first folder of its account that lists it, with location,
 * versioning and encryption from whichever folder of that account holds them.
 */
final class S3Reader
{
    private static final String OPERATION = "s3-list-buckets";
    private static final long UNKNOWN = -1;
    /** S3's daily storage metrics, saved like utilisation under the bucket ARN. */
    static final String METRICS_OPERATION = "cloudwatch-get-metric-data";
    static final String BUCKET_SIZE_BYTES = "BucketSizeBytes";
    static final String NUMBER_OF_OBJECTS = "NumberOfObjects";

    private S3Reader() {}

    static void read(List<RegionContext> contexts)
    {
        for (RegionContext context : contexts) {
            for (JsonNode bucket : context.items(OPERATION, "Buckets")) {
                String bucketName = Json.text(bucket, "Name");
                String arn = bucketName == null ? null : context.scope().s3Bucket(bucketName);
                if (arn == null || context.estate().contains(arn)) {
                    continue;
                }
                List<RegionContext> account = contexts.stream().filter(other -> other.accountId().equals(context.accountId())).toList();
                String region = first(account, "s3-get-bucket-location", bucketName).map(S3Reader::region).orElse(context.region());
                Optional<JsonNode> metrics = first(account, METRICS_OPERATION, arn);
                BucketSize size = metrics.map(S3Reader::size).orElse(BucketSize.NONE);
                ResourceDetails details = new ResourceDetails.S3Bucket(bucketName, Json.text(bucket, "CreationDate"),
                        first(account, "s3-get-bucket-versioning", bucketName).map(S3Reader::versioning).orElse(null),
                        first(account, "s3-get-bucket-encryption", bucketName).map(S3Reader::encryption).orElse(null),
                        size.totalBytes(),
                        metrics.map(document -> latest(document, NUMBER_OF_OBJECTS)).orElse(UNKNOWN),
                        size.byStorageType());
                context.estate().add(context, new Resource(arn, ResourceType.S3_BUCKET, context.accountId(), region, bucketName, Map.of(),
                        NetworkPlacement.NONE, details), context.files().documentPath(OPERATION));
            }
        }
    }

    private static Optional<JsonNode> first(List<RegionContext> contexts, String operation, String bucketName)
    {
        return contexts.stream().flatMap(context -> context.files().resourceFile(operation, bucketName).stream()).findFirst();
    }

    /** What the {@code BucketSizeBytes} results say: the total, and the part of each storage type they name. */
    private record BucketSize(long totalBytes, List<ResourceDetails.StorageTypeSize> byStorageType)
    {
        static final BucketSize NONE = new BucketSize(UNKNOWN, List.of());
    }

    /**
     * {@code BucketSizeBytes} is reported per {@code StorageType}, and a result names its type in its label
     * ({@code BucketSizeBytes StandardIAStorage}). A result labelled {@code BucketSizeBytes} alone (files written
     * before the type was read) counts in the total without a type, so nothing prices it as a class it may not be.
     */
    private static BucketSize size(JsonNode document)
    {
        SortedMap<String, Long> byType = new TreeMap<>();
        long total = UNKNOWN;
        for (JsonNode result : Json.array(document, "MetricDataResults")) {
            String label = Json.text(result, "Label");
            if (label == null || !(label.equals(BUCKET_SIZE_BYTES) || label.startsWith(BUCKET_SIZE_BYTES + " "))) {
                continue;
            }
            OptionalLong newest = newest(result);
            if (newest.isEmpty()) {
                continue;
            }
            total = Math.max(total, 0) + newest.getAsLong();
            String storageType = label.substring(BUCKET_SIZE_BYTES.length()).strip();
            if (!storageType.isEmpty()) {
                byType.merge(storageType, newest.getAsLong(), Long::sum);
            }
        }
        List<ResourceDetails.StorageTypeSize> sizes = new ArrayList<>();
        byType.forEach((storageType, bytes) -> sizes.add(new ResourceDetails.StorageTypeSize(storageType, bytes)));
        return new BucketSize(total, List.copyOf(sizes));
    }

    /**
     * The newest daily value of a storage metric. S3 reports storage once a day, so the latest point
     * is the current size; GetMetricData lists values newest first unless told otherwise, and the
     * timestamps settle it either way.
     */
    private static long latest(JsonNode document, String label)
    {
        for (JsonNode result : Json.array(document, "MetricDataResults")) {
            if (label.equals(Json.text(result, "Label"))) {
                OptionalLong newest = newest(result);
                if (newest.isPresent()) {
                    return newest.getAsLong();
                }
            }
        }
        return UNKNOWN;
    }

    private static OptionalLong newest(JsonNode result)
    {
        List<JsonNode> values = Json.array(result, "Values");
        List<String> timestamps = Json.strings(result, "Timestamps");
        int newest = -1;
        Instant newestTime = null;
        for (int index = 0; index < values.size(); index++) {
            Instant time = index < timestamps.size() ? CloudWatchReader.parse(timestamps.get(index)).orElse(null) : null;
            if (newest < 0 || (time != null && (newestTime == null || time.isAfter(newestTime)))) {
                newest = index;
                newestTime = time;
            }
        }
        return newest < 0 ? OptionalLong.empty() : OptionalLong.of(values.get(newest).asLong());
    }

    /** {@code get-bucket-location} says null for us-east-1 and {@code EU} for the oldest eu-west-1 buckets. */
    private static String region(JsonNode location)
    {
        String constraint = Json.text(location, "LocationConstraint");
        if (constraint == null) {
            return "us-east-1";
        }
        return constraint.equals("EU") ? "eu-west-1" : constraint;
    }

    /** A bucket whose versioning was never enabled has no {@code Status}. */
    private static String versioning(JsonNode versioning)
    {
        String status = Json.text(versioning, "Status");
        return status == null ? "Disabled" : status;
    }

    private static String encryption(JsonNode encryption)
    {
        return Json.array(encryption.path("ServerSideEncryptionConfiguration"), "Rules").stream()
                .map(rule -> Json.textAt(rule, "ApplyServerSideEncryptionByDefault", "SSEAlgorithm"))
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
