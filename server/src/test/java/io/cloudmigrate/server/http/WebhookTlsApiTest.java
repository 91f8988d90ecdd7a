package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.server.http.WebhookReceiver.Received;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks over HTTPS to a receiver with a certificate of its own CA (made in the test): delivered
 * when the server is told to trust that CA ({@code serve --webhook-ca-file}), refused when it is not,
 * with the refusal recorded where an admin reads it, naming where it went and nothing secret.
 */
class WebhookTlsApiTest
{
    private static final String WEBHOOKS = "/api/v1/workspaces/" + TestServer.WORKSPACE + "/webhooks";
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    // Slack and Teams put the webhook's credential in the path: it must not reach a delivery's error.
    private static final String PATH = "/services/T0001/B0002/path-token-4f9a";

    @TempDir
    static Path certificates;

    private static TestCertificate certificate;

    @TempDir
    Path dataDirectory;

    @BeforeAll
    static void makeCertificate()
    {
        certificate = TestCertificate.create(certificates);
    }

    @Test
    void deliversToAnHttpsReceiverWhoseCaTheServerIsToldToTrust()
    {
        WebhookOptions trusting = WebhookOptions.DEFAULTS.withAllowPrivateAddresses(true).withTrustedCertificates(certificate.certificateFile());
        try (WebhookReceiver receiver = WebhookReceiver.startHttps(certificate.presentingIt());
                CloudMigrateServer server = CloudMigrateServer.start(options(), trusting, QUIET)) {
            ApiClient api = new ApiClient(server.url()).signIn(TestServer.USER, TestServer.PASSWORD);
            JsonNode webhook = create(api, receiver);

            api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));

            Received delivery = receiver.await(PATH, 1, WAIT).getFirst();
            assertThat(WebhookReceiver.signedWith(delivery, webhook.path("secret").asText())).isTrue();
            assertThat(delivery.header("X-CloudMigrate-Event")).isEqualTo("job.succeeded");
            JsonNode recorded = awaitDelivery(api, webhook, "delivered");
            assertThat(recorded.path("lastStatusCode").asInt()).isEqualTo(200);
            assertThat(recorded.path("lastError").isNull()).isTrue();
        }
    }

    @Test
    void refusesAnHttpsReceiverWhoseCaTheServerDoesNotTrustAndRecordsWhy()
    {
        WebhookOptions jvmCasOnly = WebhookOptions.DEFAULTS.withAllowPrivateAddresses(true).withRetries(1, Duration.ofSeconds(1), Duration.ofSeconds(1));
        try (WebhookReceiver receiver = WebhookReceiver.startHttps(certificate.presentingIt());
                CloudMigrateServer server = CloudMigrateServer.start(options(), jvmCasOnly, QUIET)) {
            ApiClient api = new ApiClient(server.url()).signIn(TestServer.USER, TestServer.PASSWORD);
            JsonNode webhook = create(api, receiver);

            api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));

            JsonNode recorded = awaitDelivery(api, webhook, "gave_up");
            String origin = "https://localhost:" + receiver.url(PATH).getPort();
            assertThat(recorded.path("attempts").asInt()).isEqualTo(1);
            assertThat(recorded.path("lastStatusCode").isNull()).isTrue();
            assertThat(recorded.path("lastError").asText())
                    .startsWith("TLS with " + origin + " failed")
                    .contains("--webhook-ca-file")
                    .doesNotContain("path-token-4f9a")
                    .doesNotContain(webhook.path("secret").asText());
            // The handshake failed before anything was sent.
            assertThat(receiver.received(PATH)).isEmpty();
        }
    }

    private ServerOptions options()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, TestServer.USER, "admin", false);
        return options;
    }

    private static JsonNode create(ApiClient api, WebhookReceiver receiver)
    {
        ApiClient.Answer created = api.post(WEBHOOKS, "{\"url\": \"" + receiver.url(PATH) + "\", \"events\": [\"job.succeeded\"]}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json();
    }

    private static JsonNode awaitDelivery(ApiClient api, JsonNode webhook, String state)
    {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode newest = null;
        while (Instant.now().isBefore(deadline)) {
            newest = api.get(WEBHOOKS + "/" + webhook.path("id").asText() + "/deliveries?limit=1").json().path("items").path(0);
            if (newest.path("state").asText().equals(state)) {
                return newest;
            }
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
        }
        throw new AssertionError("no delivery " + state + " within " + WAIT + "; newest: " + newest);
    }
}
