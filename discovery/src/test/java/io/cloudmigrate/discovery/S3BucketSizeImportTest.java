package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class S3BucketSizeImportTest
{
    @Test
    void takesTheNewestDailyStorageMetricsAsTheBucketsSize(@TempDir Path directory)
            throws IOException
    {
        Path region = Files.createDirectories(directory.resolve("us-east-1"));
        Files.writeString(region.resolve("sts-get-caller-identity.json"), """
                {"Account": "111111111111", "Arn": "arn:aws:iam::111111111111:user/scanner"}""");
        Files.writeString(region.resolve("s3-list-buckets.json"), """
                {"Buckets": [{"Name": "invoices", "CreationDate": "2021-03-01T00:00:00+00:00"}]}""");
        Path metrics = Files.createDirectories(region.resolve("cloudwatch-get-metric-data"));
        Files.writeString(metrics.resolve(URLEncoder.encode("arn:aws:s3:::invoices", StandardCharsets.UTF_8)), """
                {"MetricDataResults": [
                  {"Id": "s0", "Label": "BucketSizeBytes", "Timestamps": ["2026-11-20T00:00:00+00:00", "2026-11-21T00:00:00+00:00"], "Values": [900.0, 1000.0]},
                  {"Id": "n0", "Label": "NumberOfObjects", "Timestamps": ["2026-11-21T00:00:00+00:00", "2026-11-20T00:00:00+00:00"], "Values": [12.0, 10.0]}
                ]}""");

        Inventory inventory = AwsCliImporter.importDirectory(directory);

        ResourceDetails.S3Bucket bucket = (ResourceDetails.S3Bucket) inventory.resource("arn:aws:s3:::invoices").orElseThrow().details();
        assertThat(bucket.sizeBytes()).isEqualTo(1000);
        assertThat(bucket.objectCount()).isEqualTo(12);
        // the label does not name the storage type, so the size is not taken for any class
        assertThat(bucket.storageTypes()).isEmpty();
        assertThat(bucket.sizeBytesOfUnknownType()).isEqualTo(1000);
        assertThat(inventory.utilization()).isEmpty();
        assertThat(inventory.warnings()).isEmpty();
    }

    @Test
    void readsTheSizeOfEachStorageTypeTheLabelsName(@TempDir Path directory)
            throws IOException
    {
        Path metrics = bucket(directory, "archive");
        Files.writeString(metrics.resolve(URLEncoder.encode("arn:aws:s3:::archive", StandardCharsets.UTF_8)), """
                {"MetricDataResults": [
                  {"Id": "s0_0", "Label": "BucketSizeBytes StandardStorage", "Timestamps": ["2026-11-21T00:00:00+00:00", "2026-11-20T00:00:00+00:00"], "Values": [500.0, 400.0]},
                  {"Id": "s0_6", "Label": "BucketSizeBytes StandardIAStorage", "Timestamps": ["2026-11-21T00:00:00+00:00"], "Values": [2000.0]},
                  {"Id": "s0_13", "Label": "BucketSizeBytes GlacierStorage", "Timestamps": ["2026-11-21T00:00:00+00:00"], "Values": [70000.0]},
                  {"Id": "n0", "Label": "NumberOfObjects", "Timestamps": ["2026-11-21T00:00:00+00:00"], "Values": [30.0]}
                ]}""");

        ResourceDetails.S3Bucket bucket = (ResourceDetails.S3Bucket) AwsCliImporter.importDirectory(directory)
                .resource("arn:aws:s3:::archive").orElseThrow().details();

        assertThat(bucket.sizeBytes()).isEqualTo(72_500);
        assertThat(bucket.storageTypes()).containsExactly(
                new ResourceDetails.StorageTypeSize("GlacierStorage", 70_000),
                new ResourceDetails.StorageTypeSize("StandardIAStorage", 2000),
                new ResourceDetails.StorageTypeSize("StandardStorage", 500));
        assertThat(bucket.sizeBytesOfUnknownType()).isZero();
    }

    private static Path bucket(Path directory, String name)
            throws IOException
    {
        Path region = Files.createDirectories(directory.resolve("us-east-1"));
        Files.writeString(region.resolve("sts-get-caller-identity.json"), """
                {"Account": "111111111111", "Arn": "arn:aws:iam::111111111111:user/scanner"}""");
        Files.writeString(region.resolve("s3-list-buckets.json"), """
                {"Buckets": [{"Name": "%s", "CreationDate": "2021-03-01T00:00:00+00:00"}]}""".formatted(name));
        return Files.createDirectories(region.resolve("cloudwatch-get-metric-data"));
    }
}
