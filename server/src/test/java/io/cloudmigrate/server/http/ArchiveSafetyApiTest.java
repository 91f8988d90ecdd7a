package io.cloudmigrate.server.http;

import io.cloudmigrate.server.http.ApiClient.Answer;
import io.cloudmigrate.server.http.SafetyOptions.ArchiveLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Hostile uploads are refused with 422 naming the entry, before anything is unpacked, and leave no
 * file behind: zip bombs, entries outside the archive, links, and archives over the limits.
 */
class ArchiveSafetyApiTest
{
    private static final ArchiveLimits LIMITS = new ArchiveLimits(8L * 1024 * 1024, 50, 100);

    @TempDir
    static Path dataDirectory;

    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void startServer()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        server = TestServer.start(options.withSafety(options.safety().withArchiveLimits(LIMITS)),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        api = server.api();
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @AfterEach
    void nothingIsLeftBehind()
            throws IOException
    {
        // The data directory holds the database and the uploads folder; a refused archive adds nothing to either place.
        try (Stream<Path> files = Files.list(dataDirectory.resolve("uploads"))) {
            assertThat(files.toList()).isEmpty();
        }
        try (Stream<Path> files = Files.list(dataDirectory)) {
            assertThat(files.map(file -> file.getFileName().toString()).toList()).doesNotContain("escape.json", "passwd", "ec2.json");
        }
    }

    @Test
    void refusesAZipBombNamingItsEntry()
    {
        byte[] bomb = Archives.zipBomb("estate/us-east-1/ec2-describe-instances.json", 20L * 1024 * 1024);
        assertThat(bomb.length).isLessThan(100 * 1024);

        Answer answer = api.upload(bomb, "application/zip");

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.json().path("detail").asText()).contains("'estate/us-east-1/ec2-describe-instances.json'").contains("zip bomb");
    }

    @Test
    void refusesAnEntryThatClimbsOutOfTheArchive()
    {
        Answer answer = api.upload(Archives.zip("estate/ok.json", "estate/../../escape.json"), "application/zip");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("detail").asText()).contains("'estate/../../escape.json'").contains("outside");
    }

    @Test
    void refusesAnAbsolutePath()
    {
        Answer answer = api.upload(Archives.zip("/etc/passwd"), "application/zip");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("detail").asText()).contains("'/etc/passwd'");
    }

    @Test
    void refusesASymbolicLinkInATarGz()
    {
        Answer answer = api.upload(Archives.tarGzWithLink("estate/passwd", "/etc/passwd", true), "application/gzip");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("detail").asText()).contains("'estate/passwd'").contains("link");
    }

    @Test
    void refusesAHardLinkInATarGz()
    {
        Answer answer = api.upload(Archives.tarGzWithLink("estate/passwd", "../../etc/passwd", false), "application/gzip");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("detail").asText()).contains("'estate/passwd'").contains("link");
    }

    @Test
    void refusesASymbolicLinkInAZip()
    {
        Answer answer = api.upload(Archives.zipWithSymlink("estate/passwd", "../../../etc/passwd"), "application/zip");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("detail").asText()).contains("'estate/passwd'").contains("link");
    }

    @Test
    void refusesMoreEntriesThanTheLimit()
    {
        String[] names = IntStream.rangeClosed(1, LIMITS.maximumEntries() + 1).mapToObj(number -> "estate/file-" + number + ".json").toArray(String[]::new);
        Answer answer = api.upload(Archives.zip(names), "application/zip");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("detail").asText()).contains("more than 50 entries").contains("'estate/file-51.json'");
    }

    @Test
    void refusesAnArchiveThatUnpacksToMoreThanTheLimitEvenAtAModestRatio()
    {
        // Random bytes do not compress: the ratio is about 1, and only the total is over the limit.
        byte[] random = new byte[(int) LIMITS.maximumUnpackedBytes() / 3];
        new Random(7).nextBytes(random);
        Answer answer = api.upload(Archives.zip(Map.of("estate/part-1.json", random, "estate/part-2.json", random, "estate/part-3.json", random,
                "estate/part-4.json", random)), "application/zip");
        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.json().path("detail").asText()).contains("more than " + LIMITS.maximumUnpackedBytes() + " bytes").contains("'estate/part-4.json'");
    }
}
