package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.server.http.ApiClient.Answer;
import io.cloudmigrate.server.http.WebhookReceiver.Received;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks through the API against a real receiver on the loopback: signed deliveries in the
 * published shape, retries with backoff, giving up on a receiver that times out, and every attempt
 * recorded where an admin can read it.
 */
class WebhookDeliveryApiTest
{
    private static final Duration FIRST_RETRY = Duration.ofMillis(300);
    private static final int ATTEMPTS = 3;
    private static final Duration WAIT = Duration.ofSeconds(30);
    private static final String WEBHOOKS = "/api/v1/workspaces/" + TestServer.WORKSPACE + "/webhooks";

    @TempDir
    static Path dataDirectory;

    private static CloudMigrateServer server;
    private static WebhookReceiver receiver;
    private static ApiClient api;
    private static String estate;
    private static String assessment;
    private static String resource;

    @BeforeAll
    static void startServerAndReceiver()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, TestServer.USER, "admin", false);
        TestServer.addUser(options, "auditor", "viewer", true);
        WebhookOptions webhooks = WebhookOptions.DEFAULTS.withAllowPrivateAddresses(true).withRetries(ATTEMPTS, FIRST_RETRY, Duration.ofSeconds(1))
                .withTimeout(Duration.ofMillis(500));
        server = CloudMigrateServer.start(options, webhooks, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        receiver = WebhookReceiver.start();
        api = new ApiClient(server.url()).signIn(TestServer.USER, TestServer.PASSWORD);
        estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
        assessment = api.run(api.post(estate + "/assessments", "{}"));
        resource = api.get(assessment + "/recommendations?limit=1").json().path("items").get(0).path("resourceId").asText();
    }

    @AfterAll
    static void stop()
    {
        server.close();
        receiver.close();
    }

    @Test
    void showsTheSigningSecretOnlyInTheAnswerThatCreatesTheWebhook()
    {
        Answer created = create("/shown-once", "[\"job.failed\"]", "slack");

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().path("secret").asText()).startsWith("whsec_");
        assertThat(created.json().path("format").asText()).isEqualTo("slack");
        assertThat(created.header("Location")).isEqualTo(WEBHOOKS + "/" + created.json().path("id").asText());
        JsonNode listed = api.get(WEBHOOKS).json().path("items");
        assertThat(listed).anySatisfy(webhook -> assertThat(webhook.path("id").asText()).isEqualTo(created.json().path("id").asText()));
        assertThat(listed).allSatisfy(webhook -> assertThat(webhook.has("secret")).isFalse());
        JsonNode audited = new ApiClient(server.url()).signIn("auditor", TestServer.PASSWORD).get("/api/v1/audit?action=createWebhook").json().path("items");
        assertThat(audited).anySatisfy(entry -> {
            assertThat(entry.path("targets").path("webhookId").asText()).isEqualTo(created.json().path("id").asText());
            assertThat(entry.path("after").toString()).contains("/shown-once").doesNotContain("secret").doesNotContain("whsec_");
        });
    }

    @Test
    void deliversASignedOverrideEventInThePublishedShape()
    {
        JsonNode webhook = create("/overrides", "[\"override.set\"]", "json").json();

        Instant before = Instant.now();
        Answer changed = api.put(assessment + "/recommendations/" + ApiClient.encode(resource) + "/override",
                "{\"strategy\": \"REHOST\", \"justification\": \"The <team> & its vendor agreed.\"}");

        assertThat(changed.status()).isEqualTo(200);
        Received delivery = receiver.await("/overrides", 1, WAIT).getFirst();
        assertThat(WebhookReceiver.signedWith(delivery, webhook.path("secret").asText())).isTrue();
        assertThat(WebhookReceiver.signedWith(delivery, "whsec_another")).isFalse();
        assertThat(Long.parseLong(delivery.header("X-CloudMigrate-Timestamp"))).isBetween(before.getEpochSecond() - 1, Instant.now().getEpochSecond());
        assertThat(delivery.header("X-CloudMigrate-Event")).isEqualTo("override.set");
        assertThat(delivery.header("Content-Type")).isEqualTo("application/json");
        JsonNode event = json(delivery.body());
        assertThat(payloadSchema().validate(event)).isEmpty();
        assertThat(event.path("actor").asText()).isEqualTo(TestServer.USER);
        assertThat(event.path("workspaceId").asText()).isEqualTo(TestServer.WORKSPACE);
        assertThat(event.path("data").path("resourceId").asText()).isEqualTo(resource);
        assertThat(event.path("data").path("after").path("justification").asText()).isEqualTo("The <team> & its vendor agreed.");

        JsonNode recorded = awaitDelivery(webhook, "delivered");
        assertThat(recorded.path("id").asText()).isEqualTo(delivery.header("X-CloudMigrate-Delivery"));
        assertThat(recorded.path("attempts").asInt()).isEqualTo(1);
        assertThat(recorded.path("lastStatusCode").asInt()).isEqualTo(200);
        assertThat(recorded.path("lastError").isNull()).isTrue();
    }

    @Test
    void retriesWithGrowingWaitsUntilTheReceiverAccepts()
    {
        receiver.failFirst("/flaky", 2, 503);
        JsonNode webhook = create("/flaky", "[\"wave.approved\", \"wave.rejected\"]", "teams").json();

        // Decisions are taken on the estate's newest assessment; another test may have made a newer one.
        String newest = "/api/v1/assessments/" + api.get(estate + "/assessments?limit=1").json().path("items").get(0).path("id").asText();
        Answer decided = api.post(newest + "/waves/1/approval", "{\"decision\": \"REJECTED\", \"comment\": \"Not before the freeze.\"}");

        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        List<Received> attempts = receiver.await("/flaky", 3, WAIT);
        JsonNode recorded = awaitDelivery(webhook, "delivered");
        assertThat(recorded.path("attempts").asInt()).isEqualTo(3);
        assertThat(recorded.path("lastStatusCode").asInt()).isEqualTo(200);
        assertThat(attempts).extracting(attempt -> attempt.header("X-CloudMigrate-Delivery")).containsOnly(recorded.path("id").asText());
        assertThat(attempts).extracting(Received::body).containsOnly(attempts.getFirst().body());
        assertThat(attempts).allSatisfy(attempt -> assertThat(WebhookReceiver.signedWith(attempt, webhook.path("secret").asText())).isTrue());
        // Less at most a quarter of jitter: 300 ms, then 600 ms.
        assertThat(Duration.between(attempts.get(0).at(), attempts.get(1).at())).isGreaterThanOrEqualTo(Duration.ofMillis(225));
        assertThat(Duration.between(attempts.get(1).at(), attempts.get(2).at())).isGreaterThanOrEqualTo(Duration.ofMillis(450));
        JsonNode card = json(attempts.getFirst().body());
        assertThat(card.path("attachments").get(0).path("content").path("body").get(0).path("text").asText())
                .isEqualTo("Wave 1 rejected by " + TestServer.USER + ": Not before the freeze.");
    }

    @Test
    void givesUpOnAReceiverThatTimesOutAndRecordsWhy()
    {
        receiver.stall("/stalled", Duration.ofSeconds(2));
        JsonNode webhook = create("/stalled", "[\"job.succeeded\"]", "json").json();

        api.run(api.post(estate + "/assessments", "{}"));

        JsonNode recorded = awaitDelivery(webhook, "gave_up");
        assertThat(recorded.path("attempts").asInt()).isEqualTo(ATTEMPTS);
        assertThat(recorded.path("lastStatusCode").isNull()).isTrue();
        assertThat(recorded.path("lastError").asText()).containsIgnoringCase("timeout");
        assertThat(recorded.path("nextAttemptAt").isNull()).isTrue();
        assertThat(recorded.path("finishedAt").isNull()).isFalse();
        assertThat(receiver.received("/stalled")).hasSize(ATTEMPTS);
        assertThat(payloadSchema().validate(json(receiver.received("/stalled").getFirst().body()))).isEmpty();
    }

    @Test
    void refusesAWebhookThatIsNotHttpEvenWithPrivateAddressesAllowed()
    {
        Answer refused = api.post(WEBHOOKS, "{\"url\": \"file:///etc/passwd\", \"events\": [\"job.failed\"]}");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("detail").asText()).contains("https://");
    }

    @Test
    void refusesAnUnknownEventByTheContract()
    {
        assertThat(api.post(WEBHOOKS, "{\"url\": \"" + receiver.url("/x") + "\", \"events\": [\"estate.deleted\"]}").status()).isEqualTo(400);
    }

    @Test
    void answersNotFoundForTheDeliveriesOfAWebhookThatIsGone()
    {
        String id = create("/gone", "[\"job.failed\"]", "json").json().path("id").asText();

        assertThat(api.delete(WEBHOOKS + "/" + id).status()).isEqualTo(204);
        assertThat(api.get(WEBHOOKS + "/" + id + "/deliveries").status()).isEqualTo(404);
        assertThat(api.delete(WEBHOOKS + "/" + id).status()).isEqualTo(404);
    }

    private static Answer create(String path, String events, String format)
    {
        return api.post(WEBHOOKS, "{\"url\": \"" + receiver.url(path) + "\", \"events\": " + events + ", \"format\": \"" + format + "\"}");
    }

    /** Polls the webhook's deliveries until the newest is in the state. */
    private static JsonNode awaitDelivery(JsonNode webhook, String state)
    {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode newest = null;
        while (Instant.now().isBefore(deadline)) {
            Answer answer = api.get(WEBHOOKS + "/" + webhook.path("id").asText() + "/deliveries?limit=1");
            assertThat(answer.status()).isEqualTo(200);
            newest = answer.json().path("items").path(0);
            if (newest.path("state").asText().equals(state)) {
                return newest;
            }
            pause();
        }
        throw new AssertionError("no delivery reached " + state + " within " + WAIT + "; newest: " + newest);
    }

    static JsonSchema payloadSchema()
    {
        Path schema = Path.of("..", "docs", "schemas", "webhook-payload.schema.json").toAbsolutePath().normalize();
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(SchemaLocation.of(schema.toUri().toString()));
    }

    static JsonNode json(String text)
    {
        try {
            return JsonDocuments.mapper().readTree(text);
        }
        catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
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
