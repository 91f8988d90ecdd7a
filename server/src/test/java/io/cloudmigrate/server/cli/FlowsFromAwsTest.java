package io.cloudmigrate.server.cli;

import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.discovery.JsonDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code scan} then {@code flows --from-aws}: records delivered to S3 by a flow log the scan found end up in traffic.json. */
class FlowsFromAwsTest
{
    @TempDir
    Path directory;

    @Test
    void readsTheRecordsOfTheInventorysFlowLogsFromS3()
            throws Exception
    {
        URI endpoint = Moto.reset();
        var credentials = DefaultCredentialsProvider.builder().build();
        try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).credentialsProvider(credentials).region(Region.US_EAST_1).build();
                S3Client s3 = S3Client.builder().endpointOverride(endpoint).forcePathStyle(true).credentialsProvider(credentials).region(Region.US_EAST_1).build()) {
            String vpcId = ec2.createVpc(request -> request.cidrBlock("10.60.0.0/16")).vpc().vpcId();
            s3.createBucket(request -> request.bucket("flows-cli"));
            String flowLogId = ec2.createFlowLogs(request -> request.resourceIds(vpcId).resourceType("VPC").trafficType("ALL")
                    .logDestinationType("s3").logDestination("arn:aws:s3:::flows-cli")).flowLogIds().getFirst();
            s3.putObject(request -> request.bucket("flows-cli").key("AWSLogs/123456789012/vpcflowlogs/us-east-1/2026/11/22/" + flowLogId + "_1.log.gz"),
                    RequestBody.fromBytes(gzip("""
                            version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status
                            2 123456789012 eni-1 10.60.1.10 10.60.2.20 49152 5432 6 10 8400 1763791200 1763791260 ACCEPT OK
                            2 123456789012 eni-1 10.60.1.10 10.60.2.20 49153 5432 6 5 4200 1763791200 1763791260 ACCEPT OK
                            """)));
        }
        Path inventory = directory.resolve("inventory.json");
        Path traffic = directory.resolve("traffic.json");

        CommandRun scan = CommandRun.of("scan", "--out", inventory.toString(), "--endpoint-url", endpoint.toString(), "--regions", "us-east-1");
        CommandRun flows = CommandRun.of("flows", "--from-aws", "--inventory", inventory.toString(), "--endpoint-url", endpoint.toString(), "--out", traffic.toString());

        assertThat(scan.exitCode()).as(scan.err()).isEqualTo(ExitCodes.OK);
        assertThat(flows.exitCode()).as(flows.err()).isEqualTo(ExitCodes.OK);
        assertThat(flows.err()).contains("Reading 1 flow log(s) from AWS");
        Traffic read = JsonDocuments.read(traffic, Traffic.class);
        assertThat(read.records()).isEqualTo(2);
        assertThat(read.malformed()).isZero();
        assertThat(read.edges()).singleElement().satisfies(edge -> assertThat(edge.bytes()).isEqualTo(12600));
    }

    @Test
    void fromAwsWithoutAnInventoryIsAUserError()
    {
        CommandRun run = CommandRun.of("flows", "--from-aws", "--out", directory.resolve("traffic.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("--from-aws reads the flow logs an inventory lists");
    }

    private static byte[] gzip(String text)
            throws IOException
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
