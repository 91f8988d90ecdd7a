package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.server.http.ApiClient.Answer;
import io.cloudmigrate.server.http.WebhookReceiver.Received;
import io.cloudmigrate.server.http.internal.storage.Database;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deliveries live in the database: one pending when the server stops is sent when it starts again,
 * and a job the previous run left running is a failure the webhooks hear of. And a server that does
 * not allow private addresses refuses webhooks to them.
 */
class WebhookRestartApiTest
{
    private static final String WEBHOOKS = "/api/v1/workspaces/" + TestServer.WORKSPACE + "/webhooks";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);

    @TempDir
    Path dataDirectory;

    @Test
    void resumesAPendingDeliveryAfterARestart()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, TestServer.USER, "admin", false);
        // Long enough a wait that the retry is due only after the restart.
        WebhookOptions webhooks = WebhookOptions.DEFAULTS.withAllowPrivateAddresses(true).withRetries(3, Duration.ofSeconds(3), Duration.ofSeconds(3))
                .withTimeout(Duration.ofSeconds(1));
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            receiver.failFirst("/later", 1, 503);
            String webhookId;
            String delivery;
            try (CloudMigrateServer first = CloudMigrateServer.start(options, webhooks, QUIET)) {
                ApiClient api = signIn(first);
                webhookId = api.post(WEBHOOKS, "{\"url\": \"" + receiver.url("/later") + "\", \"events\": [\"job.succeeded\"]}").json().path("id").asText();
                api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
                JsonNode failedOnce = awaitDelivery(api, webhookId, item -> item.path("attempts").asInt() == 1);
                assertThat(failedOnce.path("state").asText()).isEqualTo("pending");
                assertThat(failedOnce.path("lastStatusCode").asInt()).isEqualTo(503);
                assertThat(failedOnce.path("lastError").asText()).isEqualTo("the receiver answered 503");
                assertThat(failedOnce.path("nextAttemptAt").isNull()).isFalse();
                delivery = failedOnce.path("id").asText();
            }
            assertThat(receiver.received("/later")).hasSize(1);

            try (CloudMigrateServer second = CloudMigrateServer.start(options, webhooks, QUIET)) {
                JsonNode delivered = awaitDelivery(signIn(second), webhookId, item -> item.path("state").asText().equals("delivered"));

                assertThat(delivered.path("id").asText()).isEqualTo(delivery);
                assertThat(delivered.path("attempts").asInt()).isEqualTo(2);
                List<Received> attempts = receiver.received("/later");
                assertThat(attempts).hasSize(2).extracting(attempt -> attempt.header("X-CloudMigrate-Delivery")).containsOnly(delivery);
            }
        }
    }

    @Test
    void tellsTheWebhooksOfAJobThatTheRestartMarksFailed()
            throws SQLException, IOException
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, TestServer.USER, "admin", false);
        WebhookOptions webhooks = WebhookOptions.DEFAULTS.withAllowPrivateAddresses(true);
        try (WebhookReceiver receiver = WebhookReceiver.start()) {
            String jobId;
            try (CloudMigrateServer first = CloudMigrateServer.start(options, webhooks, QUIET)) {
                ApiClient api = signIn(first);
                assertThat(api.post(WEBHOOKS, "{\"url\": \"" + receiver.url("/failures") + "\", \"events\": [\"job.failed\"]}").status()).isEqualTo(201);
                Answer accepted = api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}");
                String location = accepted.header("Location");
                jobId = location.substring(location.lastIndexOf('/') + 1);
                api.run(accepted);
            }
            // As a crash during the job would have left it.
            try (Database database = Database.open(options, false); Connection connection = database.connection();
                    PreparedStatement update = connection.prepareStatement("update jobs set state = 'RUNNING', finished_at = null where id = ?")) {
                update.setObject(1, UUID.fromString(jobId));
                assertThat(update.executeUpdate()).isEqualTo(1);
            }

            try (CloudMigrateServer second = CloudMigrateServer.start(options, webhooks, QUIET)) {
                Instant deadline = Instant.now().plus(WAIT);
                while (receiver.received("/failures").isEmpty() && Instant.now().isBefore(deadline)) {
                    pause();
                }
                assertThat(receiver.received("/failures")).as("job.failed deliveries").hasSize(1);
                JsonNode event = JsonDocuments.mapper().readTree(receiver.received("/failures").getFirst().body());
                assertThat(event.path("type").asText()).isEqualTo("job.failed");
                assertThat(event.path("data").path("jobId").asText()).isEqualTo(jobId);
                assertThat(event.path("data").path("error").path("title").asText()).isEqualTo("Interrupted");
                assertThat(event.path("data").path("error").path("detail").asText()).isEqualTo("interrupted by restart");
            }
        }
    }

    @Test
    void refusesWebhooksToPrivateAddressesByDefault()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, TestServer.USER, "admin", false);
        try (CloudMigrateServer server = CloudMigrateServer.start(options, QUIET)) {
            ApiClient api = signIn(server);

            for (String url : List.of("http://127.0.0.1:8080/hook", "http://169.254.169.254/latest/meta-data/", "http://[::1]/hook", "http://localhost/hook")) {
                Answer refused = api.post(WEBHOOKS, "{\"url\": \"" + url + "\", \"events\": [\"job.failed\"]}");
                assertThat(refused.status()).as(url).isEqualTo(400);
                assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
                assertThat(refused.json().path("detail").asText()).contains("--webhook-allow-private");
            }
            assertThat(api.get(WEBHOOKS).json().path("items")).isEmpty();
        }
    }

    private static ApiClient signIn(CloudMigrateServer server)
    {
        return new ApiClient(server.url()).signIn(TestServer.USER, TestServer.PASSWORD);
    }

    private static JsonNode awaitDelivery(ApiClient api, String webhookId, Predicate<JsonNode> done)
    {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode newest = null;
        while (Instant.now().isBefore(deadline)) {
            newest = api.get(WEBHOOKS + "/" + webhookId + "/deliveries?limit=1").json().path("items").path(0);
            if (!newest.isMissingNode() && done.test(newest)) {
                return newest;
            }
            pause();
        }
        throw new AssertionError("the delivery did not get there within " + WAIT + "; newest: " + newest);
    }

    private static void pause()
    {
        try {
            Thread.sleep(100);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
