package io.cloudmigrate.discovery.aws;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.InputLogEvent;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static io.cloudmigrate.discovery.aws.MotoEstate.configure;

/**
 * Seeds two flow logs of one VPC into an emulator's caller account with records to read back: one
 * delivering to S3 (a gzip object with the header line AWS writes, under the key layout AWS uses),
 * one delivering to a CloudWatch Logs group (recent events, in time order, as moto requires).
 */
public final class MotoFlowLogs
{
    public static final List<String> S3_RECORDS = List.of(
            "2 123456789012 eni-0a1 10.0.1.10 10.0.2.20 49152 5432 6 10 8400 1763791200 1763791260 ACCEPT OK",
            "2 123456789012 eni-0a1 10.0.1.10 10.0.2.21 49153 6379 6 4 320 1763791200 1763791260 ACCEPT OK");
    public static final List<String> LOG_EVENTS = List.of(
            "2 123456789012 eni-0b2 10.0.3.30 10.0.1.10 50000 443 6 20 15000 1763791200 1763791260 ACCEPT OK",
            "2 123456789012 eni-0b2 198.51.100.7 10.0.1.10 50001 22 6 1 60 1763791200 1763791260 REJECT OK");

    /** What was seeded. */
    public record Seeded(String bucketName, String s3FlowLogId, String logsFlowLogId) {}

    private MotoFlowLogs() {}

    public static Seeded seed(AwsEmulator.CallerAccount account, String region)
    {
        URI endpoint = account.endpoint();
        String accountId = account.accountId();
        var credentials = DefaultCredentialsProvider.builder().build();
        try (Ec2Client ec2 = configure(Ec2Client.builder(), endpoint, credentials, region).build();
                S3Client s3 = configure(S3Client.builder().forcePathStyle(true), endpoint, credentials, region).build();
                CloudWatchLogsClient logs = configure(CloudWatchLogsClient.builder(), endpoint, credentials, region).build()) {
            String vpcId = ec2.createVpc(request -> request.cidrBlock("10.0.0.0/16")).vpc().vpcId();
            String bucketName = "flow-logs-" + vpcId.substring(4);
            s3.createBucket(request -> request.bucket(bucketName));
            String s3FlowLogId = ec2.createFlowLogs(request -> request.resourceIds(vpcId).resourceType("VPC").trafficType("ALL")
                    .logDestinationType("s3").logDestination("arn:aws:s3:::" + bucketName)).flowLogIds().getFirst();
            String key = "AWSLogs/" + accountId + "/vpcflowlogs/" + region + "/2026/11/22/" + accountId + "_vpcflowlogs_" + region + "_" + s3FlowLogId + "_20261122T0600Z_a1b2c3d4.log.gz";
            String text = "version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status\n"
                    + String.join("\n", S3_RECORDS) + "\n";
            s3.putObject(request -> request.bucket(bucketName).key(key), RequestBody.fromBytes(gzip(text)));

            logs.createLogGroup(request -> request.logGroupName("vpc-flows"));
            logs.createLogStream(request -> request.logGroupName("vpc-flows").logStreamName("eni-0b2-all"));
            long now = Instant.now().toEpochMilli();
            logs.putLogEvents(request -> request.logGroupName("vpc-flows").logStreamName("eni-0b2-all").logEvents(
                    InputLogEvent.builder().timestamp(now - 2_000).message(LOG_EVENTS.get(0)).build(),
                    InputLogEvent.builder().timestamp(now - 1_000).message(LOG_EVENTS.get(1)).build()));
            String logsFlowLogId = ec2.createFlowLogs(request -> request.resourceIds(vpcId).resourceType("VPC").trafficType("ALL")
                    .logDestinationType("cloud-watch-logs").logGroupName("vpc-flows")
                    .deliverLogsPermissionArn("arn:aws:iam::" + accountId + ":role/flow-logs")).flowLogIds().getFirst();
            return new Seeded(bucketName, s3FlowLogId, logsFlowLogId);
        }
    }

    private static byte[] gzip(String text)
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
