package io.cloudmigrate.discovery.aws.flowlogs;

import io.cloudmigrate.discovery.FlowLogConfiguration;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

class S3FlowLogSourceTest
{
    @Test
    void looksUnderTheKeyLayoutAwsDeliversTo()
    {
        try (S3Client s3 = S3Client.builder().region(Region.EU_WEST_1).credentialsProvider(AnonymousCredentialsProvider.create()).build()) {
            assertThat(source("arn:aws:s3:::flows/prod", s3).location()).isEqualTo("s3://flows/prod/AWSLogs/111111111111/vpcflowlogs/eu-west-1/");
            assertThat(source("arn:aws:s3:::flows/prod/", s3).location()).isEqualTo("s3://flows/prod/AWSLogs/111111111111/vpcflowlogs/eu-west-1/");
            assertThat(source("arn:aws:s3:::flows", s3).location()).isEqualTo("s3://flows/AWSLogs/111111111111/vpcflowlogs/eu-west-1/");
        }
    }

    @Test
    void readsGzipAndPlainObjectsAlike()
            throws IOException
    {
        byte[] text = "2 111111111111 eni-1 10.0.0.1 10.0.0.2 1 2 6 1 40 0 60 ACCEPT OK\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            gzip.write(text);
        }

        assertThat(S3FlowLogSource.decompressed(new ByteArrayInputStream(compressed.toByteArray())).readAllBytes()).isEqualTo(text);
        assertThat(S3FlowLogSource.decompressed(new ByteArrayInputStream(text)).readAllBytes()).isEqualTo(text);
    }

    private static S3FlowLogSource source(String destination, S3Client s3)
    {
        return new S3FlowLogSource(new FlowLogConfiguration("fl-1", "111111111111", "eu-west-1", "vpc-1", "ALL", "s3", destination, null, null), s3, Instant.EPOCH);
    }
}
