package io.cloudmigrate.discovery.aws.s3;

import io.cloudmigrate.discovery.aws.Scanner;
import io.cloudmigrate.discovery.aws.ScannerContext;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.Bucket;
import software.amazon.awssdk.services.s3.model.GetBucketLocationResponse;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Reads the buckets of the account with their location, versioning, default encryption, tags and,
 * from CloudWatch, size and object count. The client follows buckets into their own regions; against an
 * emulator it uses path-style addresses.
 */
final class S3Scanner
        implements Scanner
{
    /** Answered for a bucket without default encryption; that is a fact about the bucket, not a failure. */
    private static final Set<String> NO_ENCRYPTION = Set.of("ServerSideEncryptionConfigurationNotFoundError");
    /** Answered for a bucket without tags. */
    private static final Set<String> NO_TAGS = Set.of("NoSuchTagSet");

    private final ScannerContext context;

    S3Scanner(ScannerContext context)
    {
        this.context = requireNonNull(context, "context is null");
    }

    @Override
    public void scan()
    {
        S3Client s3 = context.client(S3Client.builder().crossRegionAccessEnabled(true).forcePathStyle(context.endpointOverridden()));
        List<Bucket> buckets = s3.listBucketsPaginator(request -> request.maxBuckets(10000)).buckets().stream().toList();
        context.document("s3-list-buckets", "Buckets", buckets);
        Map<String, List<String>> bucketsByRegion = new TreeMap<>();
        for (Bucket bucket : buckets) {
            String name = bucket.name();
            GetBucketLocationResponse location = s3.getBucketLocation(request -> request.bucket(name));
            context.resourceDocument("s3-get-bucket-location", name, location);
            bucketsByRegion.computeIfAbsent(region(location.locationConstraintAsString()), region -> new ArrayList<>()).add(name);
            // a bucket policy may deny any of these for one bucket: that loses its fact, not the other buckets
            context.optionalCall("s3-get-bucket-versioning", name,
                    () -> context.resourceDocument("s3-get-bucket-versioning", name, s3.getBucketVersioning(request -> request.bucket(name))));
            context.optionalCall("s3-get-bucket-encryption", name, () -> unlessAnswered(NO_ENCRYPTION,
                    () -> context.resourceDocument("s3-get-bucket-encryption", name, s3.getBucketEncryption(request -> request.bucket(name)))));
            context.optionalCall("s3-get-bucket-tagging", name, () -> unlessAnswered(NO_TAGS,
                    () -> context.resourceDocument("s3-get-bucket-tagging", name, s3.getBucketTagging(request -> request.bucket(name)))));
        }
        S3StorageMetrics.read(context, bucketsByRegion);
    }

    /** Runs a call whose error {@code facts} (by AWS error code) state a fact about the bucket, so that nothing is stored. */
    private static void unlessAnswered(Set<String> facts, Runnable call)
    {
        try {
            call.run();
        }
        catch (S3Exception e) {
            if (e.awsErrorDetails() == null || !facts.contains(e.awsErrorDetails().errorCode())) {
                throw e;
            }
        }
    }

    /** The location constraint is empty for us-east-1 and {@code EU} for the oldest eu-west-1 buckets. */
    private static String region(String locationConstraint)
    {
        if (locationConstraint == null || locationConstraint.isEmpty()) {
            return "us-east-1";
        }
        return locationConstraint.equals("EU") ? "eu-west-1" : locationConstraint;
    }
}
