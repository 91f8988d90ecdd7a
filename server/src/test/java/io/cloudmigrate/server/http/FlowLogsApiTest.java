package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.server.http.ApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flow logs uploaded to an estate through real HTTP against a started server: read by the same reader
 * as {@code cloudmigrate flows}, malformed lines reported and not fatal, the traffic used by the next
 * assessment.
 */
class FlowLogsApiTest
{
    @TempDir
    static Path dataDirectory;

    @TempDir
    static Path sampleDirectory;

    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static TestServer server;
    private static ApiClient api;
    private static ApiClient viewer;
    private static String estate;
    private static Path root;

    @BeforeAll
    static void startServerWithTheSample()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, "reader", "viewer", false);
        server = TestServer.start(options, new PrintStream(LOG, true, StandardCharsets.UTF_8));
        api = server.api();
        viewer = new ApiClient(server.server().url()).signIn("reader", TestServer.PASSWORD);
        estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
        root = SampleEstate.extractTo(sampleDirectory.resolve("estate"));
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void makesUploadedPlainAndGzipFilesTheEstatesTrafficAndReportsMalformedLines()
            throws IOException
    {
        Path plain = sampleDirectory.resolve("plain.log");
        Files.writeString(plain, Files.readString(root.resolve("flow-logs/111111111111-us-east-1.log"))
                + "2 111111111111 eni-1 not-an-address 10.10.11.201 42119 8080 6 3 787 1793404931 1793405503 ACCEPT OK\n"
                + "this line is no flow-log record\n");
        Path compressed = root.resolve("flow-logs/222222222222-us-east-1.log");
        String plainUpload = api.upload(Files.readAllBytes(plain), "text/plain").json().path("id").asText();
        String gzipUpload = api.upload(gzip(Files.readAllBytes(compressed)), "text/plain").json().path("id").asText();

        Answer accepted = api.post(estate + "/flow-logs", "{\"uploadIds\": [\"" + plainUpload + "\", \"" + gzipUpload + "\"]}");
        String result = api.run(accepted);

        Inventory inventory = AwsCliImporter.importDirectory(root);
        Traffic expected = FlowLogReader.create().read(List.of(plain, compressed), inventory);
        assertThat(result).isEqualTo(estate + "/traffic");
        JsonNode summary = api.get(result).json();
        assertThat(summary.path("records").asLong()).isEqualTo(expected.records());
        assertThat(summary.path("malformed").asLong()).isEqualTo(2);
        assertThat(summary.path("edgeCount").asInt()).isEqualTo(expected.edges().size());
        assertThat(summary.path("malformedSamples")).hasSize(2)
                .allSatisfy(sample -> assertThat(sample.asText()).startsWith("upload " + plainUpload + ":"));
        assertThat(summary.path("sources")).extracting(source -> source.path("name").asText() + "=" + source.path("malformed").asLong())
                .containsExactly("upload " + plainUpload + "=2", "upload " + gzipUpload + "=0");
        assertThat(api.get(estate).json().path("trafficRecords").asLong()).isEqualTo(expected.records());

        String assessment = api.run(api.post(estate + "/assessments", "{}"));
        assertThat(api.get(assessment).json().path("trafficRecords").asLong()).isEqualTo(expected.records());
    }

    @Test
    void readsFlowLogsPackedInAnArchive()
            throws IOException
    {
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream output = new java.util.zip.ZipOutputStream(zip)) {
            output.putNextEntry(new java.util.zip.ZipEntry("logs/eu-west-1.log"));
            output.write(Files.readAllBytes(root.resolve("flow-logs/111111111111-eu-west-1.log")));
            output.closeEntry();
        }
        String upload = api.upload(zip.toByteArray(), "application/zip").json().path("id").asText();

        String result = api.run(api.post(estate + "/flow-logs", "{\"uploadIds\": [\"" + upload + "\"]}"));

        Traffic expected = FlowLogReader.create().read(List.of(root.resolve("flow-logs/111111111111-eu-west-1.log")), AwsCliImporter.importDirectory(root));
        JsonNode summary = api.get(result).json();
        assertThat(summary.path("records").asLong()).isEqualTo(expected.records());
        assertThat(summary.path("malformed").asLong()).isZero();
        assertThat(summary.path("sources")).singleElement().satisfies(source -> assertThat(source.path("name").asText()).isEqualTo("upload " + upload));
    }

    @Test
    void refusesARequestWithoutFlowLogsAndAFlowLogGivenAsAnEstateArchive()
    {
        Answer empty = api.post(estate + "/flow-logs", "{}");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().path("detail").asText()).contains("uploadIds", "fromAws");

        Answer unknown = api.post(estate + "/flow-logs", "{\"uploadIds\": [\"00000000-0000-0000-0000-000000000000\"]}");
        assertThat(unknown.status()).isEqualTo(404);

        String upload = api.upload("version srcaddr\n".getBytes(StandardCharsets.UTF_8), "text/plain").json().path("id").asText();
        Answer asArchive = api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"ARCHIVE\", \"uploadId\": \"" + upload + "\"}");
        assertThat(asArchive.status()).isEqualTo(422);
        assertThat(asArchive.json().path("detail").asText()).contains("flow-log file");
    }

    @Test
    void letsAViewerReadTheTrafficButNotReplaceIt()
    {
        assertThat(viewer.get(estate + "/traffic").status()).isEqualTo(200);

        Answer refused = viewer.post(estate + "/flow-logs", "{\"fromAws\": true}");

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("detail").asText()).contains("operator");
    }

    private static byte[] gzip(byte[] bytes)
            throws IOException
    {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream output = new GZIPOutputStream(compressed)) {
            output.write(bytes);
        }
        return compressed.toByteArray();
    }
}
