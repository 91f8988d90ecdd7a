package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.server.cli.Moto;
import io.cloudmigrate.server.http.ApiClient.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.s3.S3Client;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Live-scanned estates through real HTTP against a started server, scanning moto
 * ({@code CLOUDMIGRATE_MOTO_ENDPOINT}; skipped without it): the scan makes the estate, a re-scan keeps
 * the history, two scans compare as {@code cloudmigrate diff} compares them, one scan runs at a time,
 * and the estate's flow logs are read from S3 as {@code flows --from-aws} reads them.
 */
class ScanApiTest
{
    @TempDir
    Path dataDirectory;

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private URI endpoint;
    private TestServer server;
    private ApiClient api;

    @BeforeEach
    void startServerBesideAnEmptyMoto()
    {
        endpoint = Moto.reset();
        server = TestServer.start(TestDatabases.options(dataDirectory), new PrintStream(log, true, StandardCharsets.UTF_8));
        api = server.api();
    }

    @AfterEach
    void stopServer()
    {
        // Without moto the test is skipped before a server starts.
        if (server != null) {
            server.close();
        }
    }

    @Test
    void rescansKeepTheHistoryAndDiffTwoScansOneScanAtATime()
    {
        try (S3Client s3 = s3()) {
            s3.createBucket(request -> request.bucket("scan-api-first"));
        }
        String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SCAN\", \"name\": \"moto\", \"scan\": {\"regions\": [\"us-east-1\"], \"endpointUrl\": \""
                + endpoint + "\", \"concurrency\": 4}}"));
        JsonNode read = api.get(estate).json();
        assertThat(read.path("source").asText()).isEqualTo("SCAN");
        assertThat(read.path("name").asText()).isEqualTo("moto");
        assertThat(read.path("regions")).extracting(JsonNode::asText).containsExactly("us-east-1");
        assertThat(log.toString(StandardCharsets.UTF_8)).doesNotContain("testing");

        try (S3Client s3 = s3()) {
            s3.createBucket(request -> request.bucket("scan-api-second"));
        }
        Answer rescan = api.post(estate + "/scans", "");
        assertThat(rescan.status()).as(rescan.body()).isEqualTo(202);
        String running = rescan.json().path("id").asText();
        Answer second = api.post(estate + "/scans", "");
        assertThat(second.status()).as(second.body()).isEqualTo(409);
        assertThat(second.json().path("detail").asText()).contains(running);
        assertThat(api.run(rescan)).isEqualTo(estate + "/scans");

        JsonNode scans = api.get(estate + "/scans").json().path("items");
        assertThat(scans).extracting(scan -> scan.path("number").asInt()).containsExactly(2, 1);
        assertThat(scans.get(0).path("jobId").asText()).isEqualTo(running);
        assertThat(scans.get(1).path("source").path("endpointUrl").asText()).isEqualTo(endpoint.toString());

        JsonNode diff = api.get(estate + "/scans/diff?from=1&to=2").json();
        assertThat(diff.path("added")).extracting(entry -> entry.path("id").asText()).contains("arn:aws:s3:::scan-api-second")
                .doesNotContain("arn:aws:s3:::scan-api-first");
        assertThat(diff.path("removed")).isEmpty();
        JsonNode back = api.get(estate + "/scans/diff?from=2&to=1").json();
        assertThat(back.path("removed")).extracting(entry -> entry.path("id").asText()).contains("arn:aws:s3:::scan-api-second");

        assertThat(api.get(estate + "/scans/diff?from=1&to=9").status()).isEqualTo(404);
    }

    @Test
    void refusesToRescanAnEstateNoScanMade()
    {
        String sample = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));

        Answer rescan = api.post(sample + "/scans", "");

        assertThat(rescan.status()).isEqualTo(422);
        assertThat(rescan.json().path("detail").asText()).contains("was not made by a live scan");
        Answer withoutScan = api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SCAN\"}");
        assertThat(withoutScan.status()).isEqualTo(422);
        Answer organizationAlone = api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SCAN\", \"scan\": {\"organization\": true}}");
        assertThat(organizationAlone.status()).isEqualTo(422);
        assertThat(organizationAlone.json().path("detail").asText()).contains("roleName");
    }

    @Test
    void readsTheScannedEstatesFlowLogsFromS3()
            throws IOException
    {
        var credentials = DefaultCredentialsProvider.builder().build();
        try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).credentialsProvider(credentials).region(Region.US_EAST_1).build();
                S3Client s3 = s3()) {
            String vpcId = ec2.createVpc(request -> request.cidrBlock("10.60.0.0/16")).vpc().vpcId();
            s3.createBucket(request -> request.bucket("flows-api"));
            String flowLogId = ec2.createFlowLogs(request -> request.resourceIds(vpcId).resourceType("VPC").trafficType("ALL")
                    .logDestinationType("s3").logDestination("arn:aws:s3:::flows-api")).flowLogIds().getFirst();
            s3.putObject(request -> request.bucket("flows-api").key("AWSLogs/123456789012/vpcflowlogs/us-east-1/2026/11/22/" + flowLogId + "_1.log.gz"),
                    RequestBody.fromBytes(gzip("""
                            version account-id interface-id srcaddr dstaddr srcport dstport protocol packets bytes start end action log-status
                            2 123456789012 eni-1 10.60.1.10 10.60.2.20 49152 5432 6 10 8400 1763791200 1763791260 ACCEPT OK
                            2 123456789012 eni-1 10.60.1.10 10.60.2.20 49153 5432 6 5 4200 1763791200 1763791260 ACCEPT OK
                            2 123456789012 eni-1 10.60.1.10 no-address 49153 5432 6 5 4200 1763791200 1763791260 ACCEPT OK
                            """)));
        }
        String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SCAN\", \"scan\": {\"regions\": [\"us-east-1\"], \"endpointUrl\": \"" + endpoint + "\"}}"));

        String traffic = api.run(api.post(estate + "/flow-logs", "{\"fromAws\": true, \"endpointUrl\": \"" + endpoint + "\"}"));

        JsonNode summary = api.get(traffic).json();
        assertThat(summary.path("records").asLong()).isEqualTo(3);
        assertThat(summary.path("malformed").asLong()).isEqualTo(1);
        assertThat(summary.path("edgeCount").asInt()).isEqualTo(1);
        assertThat(summary.path("malformedSamples")).singleElement().satisfies(sample -> assertThat(sample.asText()).startsWith("flow log fl-"));
        assertThat(summary.path("sources")).singleElement().satisfies(source -> assertThat(source.path("name").asText()).startsWith("flow log fl-")
                .contains("flows-api"));
    }

    private S3Client s3()
    {
        return S3Client.builder().endpointOverride(endpoint).forcePathStyle(true).credentialsProvider(DefaultCredentialsProvider.builder().build())
                .region(Region.US_EAST_1).build();
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
