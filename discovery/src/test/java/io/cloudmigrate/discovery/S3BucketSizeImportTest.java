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
        assertThat(inventory.utilization()).isEmpty();
        assertThat(inventory.warnings()).isEmpty();
    }
}
