package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

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
                ResourceDetails details = new ResourceDetails.S3Bucket(bucketName, Json.text(bucket, "CreationDate"),
                        first(account, "s3-get-bucket-versioning", bucketName).map(S3Reader::versioning).orElse(null),
                        first(account, "s3-get-bucket-encryption", bucketName).map(S3Reader::encryption).orElse(null),
                        metrics.map(document -> latest(document, BUCKET_SIZE_BYTES)).orElse(UNKNOWN),
                        metrics.map(document -> latest(document, NUMBER_OF_OBJECTS)).orElse(UNKNOWN));
                context.estate().add(context, new Resource(arn, ResourceType.S3_BUCKET, context.accountId(), region, bucketName, Map.of(),
                        NetworkPlacement.NONE, details), context.files().documentPath(OPERATION));
            }
        }
    }

    private static Optional<JsonNode> first(List<RegionContext> contexts, String operation, String bucketName)
    {
        return contexts.stream().flatMap(context -> context.files().resourceFile(operation, bucketName).stream()).findFirst();
    }

    /**
     * The newest daily value of a storage metric. S3 reports storage once a day, so the latest point
     * is the current size; GetMetricData lists values newest first unless told otherwise, and the
     * timestamps settle it either way.
     */
    private static long latest(JsonNode document, String label)
    {
        for (JsonNode result : Json.array(document, "MetricDataResults")) {
            if (!label.equals(Json.text(result, "Label"))) {
                continue;
            }
            List<JsonNode> values = Json.array(result, "Values");
            List<String> timestamps = Json.strings(result, "Timestamps");
            int newest = -1;
            java.time.Instant newestTime = null;
            for (int index = 0; index < values.size(); index++) {
                java.time.Instant time = index < timestamps.size() ? CloudWatchReader.parse(timestamps.get(index)).orElse(null) : null;
                if (newest < 0 || (time != null && (newestTime == null || time.isAfter(newestTime)))) {
                    newest = index;
                    newestTime = time;
                }
            }
            if (newest >= 0) {
                return values.get(newest).asLong();
            }
        }
        return UNKNOWN;
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
