package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.server.http.ApiClient.Answer;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Estates from uploaded AWS CLI JSON archives: streamed to disk, checked, limited, imported by the
 * importer {@code cloudmigrate import} uses.
 */
class ArchiveUploadApiTest
{
    private static final long UPLOAD_LIMIT = 2 * 1024 * 1024;

    @TempDir
    static Path dataDirectory;
    @TempDir
    static Path sample;

    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void startServer()
    {
        SampleEstate.extractTo(sample);
        server = TestServer.start(TestDatabases.options(dataDirectory).withMaximumUploadBytes(UPLOAD_LIMIT),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        api = server.api();
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void importsAZipOfTheImportLayoutAsTheSampleImportReadsIt()
            throws IOException
    {
        byte[] zip = zip(sample, "northwind/");
        Answer upload = api.upload(zip, "application/zip");
        assertThat(upload.status()).isEqualTo(201);
        assertThat(upload.json().path("sizeBytes").asLong()).isEqualTo(zip.length);
        assertThat(upload.json().path("sha256").asText()).isEqualTo(sha256(zip));

        String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"ARCHIVE\", \"uploadId\": \"" + upload.json().path("id").asText() + "\"}"));
        JsonNode fromArchive = api.get(estate).json();
        JsonNode fromSample = api.get(api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"))).json();
        assertThat(fromArchive.path("source").asText()).isEqualTo("ARCHIVE");
        assertThat(fromArchive.path("name").asText()).isEqualTo(fromSample.path("name").asText());
        assertThat(fromArchive.path("resourceCount").asInt()).isEqualTo(fromSample.path("resourceCount").asInt());
        assertThat(fromArchive.path("trafficRecords").asLong()).isEqualTo(fromSample.path("trafficRecords").asLong());
    }

    @Test
    void importsATarGzAndListsAMalformedFileAsAWarningNamingIt()
            throws IOException
    {
        byte[] archive = tarGz(sample, "us-east-1/ec2-describe-instances.json", "{ not json");
        Answer upload = api.upload(archive, "application/gzip");
        assertThat(upload.status()).isEqualTo(201);

        String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"ARCHIVE\", \"uploadId\": \"" + upload.json().path("id").asText() + "\", \"name\": \"Broken\"}"));
        JsonNode read = api.get(estate).json();
        assertThat(read.path("name").asText()).isEqualTo("Broken");
        assertThat(read.path("warnings").toString()).contains("ec2-describe-instances.json");
    }

    @Test
    void refusesAnArchiveEntryOutsideTheArchiveNamingIt()
            throws IOException
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("../escape.json"));
            zip.write("{}".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        Answer answer = api.upload(bytes.toByteArray(), "application/zip");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("detail").asText()).contains("'../escape.json'");
        try (Stream<Path> files = Files.list(dataDirectory.resolve("uploads"))) {
            assertThat(files.filter(file -> file.toString().endsWith(".upload")).toList()).isEmpty();
        }
    }

    @Test
    void refusesATruncatedArchiveNamingTheEntry()
            throws IOException
    {
        byte[] whole = tarGz(sample, null, null);
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        Answer answer = api.upload(truncated, "application/gzip");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("detail").asText()).contains("entry '");
    }

    @Test
    void refusesAnUploadOverTheLimit()
    {
        Answer answer = api.upload(new byte[(int) UPLOAD_LIMIT + 1], "application/zip");
        assertThat(answer.status()).isEqualTo(413);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");

        // Without a Content-Length, the limit is found while the body streams to disk.
        byte[] streamed = new byte[(int) UPLOAD_LIMIT * 2];
        Answer chunked = api.send(HttpRequest.newBuilder(api.uri("/api/v1/uploads")).header("Content-Type", "application/zip")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(streamed))));
        assertThat(chunked.status()).isEqualTo(413);
        assertThat(api.get("/health").status()).isEqualTo(200);
    }

    @Test
    void refusesAnUploadThatIsNoArchive()
    {
        assertThat(api.upload("{}".getBytes(StandardCharsets.UTF_8), "application/json").status()).isEqualTo(415);
        Answer notZip = api.upload("plain text".getBytes(StandardCharsets.UTF_8), "application/zip");
        assertThat(notZip.status()).isEqualTo(422);
    }

    @Test
    void refusesAnArchiveEstateWithoutUploadOrWithAnUnknownOne()
    {
        assertThat(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"ARCHIVE\"}").status()).isEqualTo(422);
        assertThat(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"ARCHIVE\", \"uploadId\": \"00000000-0000-0000-0000-000000000000\"}").status()).isEqualTo(404);
        Answer unknownSource = api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"FTP\"}");
        assertThat(unknownSource.status()).isEqualTo(400);
        assertThat(unknownSource.json().path("field").asText()).isEqualTo("body/source");
    }

    private static byte[] zip(Path directory, String prefix)
            throws IOException
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Path file : files(directory)) {
                zip.putNextEntry(new ZipEntry(prefix + directory.relativize(file).toString().replace('\\', '/')));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    /** The directory as a .tar.gz, with one file's content replaced when a name is given. */
    private static byte[] tarGz(Path directory, String replaced, String content)
            throws IOException
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            for (Path file : files(directory)) {
                String name = directory.relativize(file).toString().replace('\\', '/');
                byte[] data = name.endsWith(String.valueOf(replaced)) ? content.getBytes(StandardCharsets.UTF_8) : Files.readAllBytes(file);
                TarArchiveEntry entry = new TarArchiveEntry(name);
                entry.setSize(data.length);
                tar.putArchiveEntry(entry);
                tar.write(data);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static List<Path> files(Path directory)
            throws IOException
    {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile).sorted().toList();
        }
    }

    private static String sha256(byte[] bytes)
    {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
