package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.CloudMigrate;
import io.cloudmigrate.server.http.internal.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

/**
 * Starting, stopping and crashing: the data directory's lock, the schema version, jobs left running,
 * and that nothing committed is lost.
 */
class ServerLifecycleTest
{
    private static final Pattern SERVING = Pattern.compile("serving (http://\\S+)/api/v1");

    @TempDir
    Path dataDirectory;

    @Test
    void marksAJobKilledWithTheServerAsFailedAndKeepsEarlierResults()
            throws Exception
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, TestServer.USER, "admin", false);
        Process process = serveInAnotherProcess(options);
        String estate;
        String assessment;
        JsonNode earlier;
        String killedJob;
        try {
            ApiClient api = new ApiClient(awaitUrl(process)).signIn(TestServer.USER, TestServer.PASSWORD);
            estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
            assessment = api.run(api.post(estate + "/assessments", "{}"));
            earlier = api.get(assessment).json();
            killedJob = api.post(estate + "/assessments", "{}").header("Location");
            assertThat(api.awaitStarted(killedJob).path("state").asText()).isEqualTo("RUNNING");
        }
        finally {
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        }

        try (CloudMigrateServer restarted = start(options)) {
            ApiClient api = new ApiClient(restarted.url()).signIn(TestServer.USER, TestServer.PASSWORD);
            JsonNode job = api.get(killedJob).json();
            assertThat(job.path("state").asText()).isEqualTo("FAILED");
            assertThat(job.path("error").path("detail").asText()).isEqualTo("interrupted by restart");
            assertThat(job.path("finishedAt").isNull()).isFalse();

            assertThat(api.get(assessment).json()).isEqualTo(earlier);
            assertThat(api.get(assessment + "/recommendations?limit=500").json().path("items")).hasSize(earlier.path("recommendationCount").asInt());
            assertThat(api.get(estate).json().path("resourceCount").asInt()).isEqualTo(120);
            assertThat(api.get(estate + "/assessments").json().path("items")).hasSize(1);
        }
    }

    @Test
    void marksRunningJobsAsInterruptedWhenTheServerStops()
            throws Exception
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, TestServer.USER, "admin", false);
        String job;
        // The assessment asks this Price List API for prices, and gets no answer until the server has stopped:
        // the job is still running when the shutdown reaches it, however fast or slow the machine is.
        try (HeldPriceList prices = HeldPriceList.start()) {
            Process process = serveInAnotherProcess(options, prices.environment(), "--prices", "live", "--price-cache", dataDirectory.resolve("prices").toString());
            try {
                ApiClient api = new ApiClient(awaitUrl(process)).signIn(TestServer.USER, TestServer.PASSWORD);
                String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
                job = api.post(estate + "/assessments", "{}").header("Location");
                assertThat(prices.awaitAsked()).as("the assessment asked the Price List API").isTrue();
                assertThat(api.get(job).json().path("state").asText()).isEqualTo("RUNNING");
                // SIGTERM, as an operator stops the server: the shutdown hook closes it.
                process.destroy();
                assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("serve stopped on SIGTERM").isTrue();
            }
            finally {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        }
        try (CloudMigrateServer server = start(options)) {
            JsonNode stopped = new ApiClient(server.url()).signIn(TestServer.USER, TestServer.PASSWORD).get(job).json();
            assertThat(stopped.path("state").asText()).isEqualTo("FAILED");
            assertThat(stopped.path("error").path("detail").asText()).isEqualTo("interrupted by shutdown");
        }
    }

    @Test
    void refusesASecondServerOnTheSameDataDirectory()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        try (CloudMigrateServer first = start(options)) {
            assertThatThrownBy(() -> start(options))
                    .isInstanceOf(CloudMigrateException.class)
                    .hasMessageContaining("the data directory " + dataDirectory + " is in use by another 'cloudmigrate serve'")
                    .extracting(error -> ((CloudMigrateException) error).errorCode()).isEqualTo(ServerErrorCode.ALREADY_SERVING);
            assertThat(new ApiClient(first.url()).get("/ready").status()).isEqualTo(200);
        }
    }

    @Test
    void refusesADatabaseMigratedByANewerVersion()
            throws SQLException
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        try (Database database = Database.open(options); Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("insert into flyway_schema_history (installed_rank, version, description, type, script, checksum, installed_by, execution_time, success) "
                    + "values (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'test', 0, true)");
        }
        assertThatThrownBy(() -> start(options))
                .isInstanceOf(CloudMigrateException.class)
                .hasMessageMatching("(?s).*schema is at version 99, newer than this CloudMigrate knows \\([0-9]+\\).*")
                .extracting(error -> ((CloudMigrateException) error).errorCode()).isEqualTo(ServerErrorCode.SCHEMA_TOO_NEW);
    }

    @Test
    void keepsTheEmbeddedDatabaseDurable()
            throws SQLException
    {
        assumeFalse(TestDatabases.external(), "the durability of an external database is its operator's");
        try (Database database = Database.open(ServerOptions.defaults(dataDirectory)); Connection connection = database.connection();
                Statement statement = connection.createStatement()) {
            for (String setting : List.of("fsync", "synchronous_commit")) {
                try (ResultSet result = statement.executeQuery("show " + setting)) {
                    result.next();
                    assertThat(result.getString(1)).as(setting).isEqualTo("on");
                }
            }
        }
    }

    private static CloudMigrateServer start(ServerOptions options)
    {
        return CloudMigrateServer.start(options, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    }

    /** {@code cloudmigrate serve} in a JVM of its own, so that it can be killed outright. */
    private static Process serveInAnotherProcess(ServerOptions options)
            throws IOException
    {
        return serveInAnotherProcess(options, Map.of());
    }

    private static Process serveInAnotherProcess(ServerOptions options, Map<String, String> environment, String... arguments)
            throws IOException
    {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElseThrow(), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), CloudMigrate.class.getName(),
                "serve", "--port", "0", "--data-dir", options.dataDirectory().toString()));
        options.database().ifPresent(database -> command.addAll(List.of("--database-url", database.jdbcUrl(), "--database-user", database.user())));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        builder.environment().putAll(environment);
        return builder.start();
    }

    private static URI awaitUrl(Process process)
            throws Exception
    {
        // Not closed here: once the URL is read, the rest is drained in the background, so that the server never blocks on a full pipe.
        BufferedReader errors = new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8));
        CompletableFuture<URI> url = CompletableFuture.supplyAsync(() -> {
            try {
                StringBuilder seen = new StringBuilder();
                for (String line = errors.readLine(); line != null; line = errors.readLine()) {
                    Matcher serving = SERVING.matcher(line);
                    if (serving.find()) {
                        Thread.ofVirtual().start(() -> drain(errors));
                        return URI.create(serving.group(1));
                    }
                    seen.append(line).append('\n');
                }
                throw new AssertionError("serve ended without a URL:\n" + seen);
            }
            catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        return url.get(120, TimeUnit.SECONDS);
    }

    private static void drain(BufferedReader errors)
    {
        try (errors) {
            errors.lines().forEach(ignored -> {});
        }
        catch (IOException | UncheckedIOException e) {
            // The process is gone.
        }
    }
}
