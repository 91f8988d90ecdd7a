package io.cloudmigrate.server.http;

import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.server.http.WebhookReceiver.Received;
import io.cloudmigrate.server.http.internal.storage.Database;
import io.cloudmigrate.server.http.internal.storage.Job.JobError;
import io.cloudmigrate.server.http.internal.storage.Job.JobKind;
import io.cloudmigrate.server.http.internal.storage.Job.JobState;
import io.cloudmigrate.server.http.internal.storage.Member;
import io.cloudmigrate.server.http.internal.storage.Role;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.cloudmigrate.server.http.internal.storage.Webhook.EventType;
import io.cloudmigrate.server.http.internal.storage.Webhook.Format;
import io.cloudmigrate.server.http.internal.storage.WebhookDelivery.State;
import io.cloudmigrate.server.http.internal.storage.WebhookOutbox;
import io.cloudmigrate.server.http.internal.storage.WebhookOutbox.Attempt;
import io.cloudmigrate.server.http.internal.storage.WebhookOutbox.Due;
import io.cloudmigrate.server.http.internal.storage.WebhookOutbox.Outcome;
import io.cloudmigrate.server.http.internal.storage.WebhookStore;
import io.cloudmigrate.server.http.internal.storage.WebhookStore.WebhookRequest;
import io.cloudmigrate.server.http.internal.storage.WorkspaceStore;
import io.cloudmigrate.server.http.internal.webhooks.WebhookDispatcher;
import io.cloudmigrate.server.http.internal.webhooks.WebhookEvent;
import io.cloudmigrate.server.http.internal.webhooks.WebhookEvent.JobData;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A delivery reaches its receiver once, however many times it is scheduled: at start-up the
 * dispatcher resumes the pending deliveries while events raised at the same moment (jobs that the
 * restart marks failed) are stored and sent at once, so the same pending row can be found by both.
 * Runs against the test database (the embedded PostgreSQL, or the one CI names).
 */
class WebhookSingleDeliveryTest
{
    private static final int EVENTS = 40;
    private static final String PATH = "/once";
    private static final String SECRET = "whsec_single_delivery_test";
    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final Scope ADMINISTRATOR = new Scope(new Member(UUID.randomUUID(), "administrator", true, Map.of()), Role.ADMIN);
    private static final WebhookOptions OPTIONS = WebhookOptions.DEFAULTS.withAllowPrivateAddresses(true).withTimeout(Duration.ofSeconds(5));

    @TempDir
    Path dataDirectory;

    @Test
    void sendsEachDeliveryOnceWhileResumeRunsBesideTheImmediateSends()
            throws InterruptedException
    {
        Vertx vertx = Vertx.vertx();
        try (Database database = Database.open(TestDatabases.options(dataDirectory)); WebhookReceiver receiver = WebhookReceiver.start()) {
            // A receiver that takes a moment keeps each delivery pending for that moment, as a real one over a network does.
            receiver.stall(PATH, Duration.ofMillis(50));
            UUID workspace = UUID.fromString(new WorkspaceStore(database).create("single delivery").id());
            new WebhookStore(database).create(workspace, new WebhookRequest(receiver.url(PATH).toString(), List.of(EventType.JOB_FAILED), Format.JSON, SECRET,
                    "administrator"), ADMINISTRATOR);
            WebhookDispatcher dispatcher = new WebhookDispatcher(new WebhookOutbox(database), vertx, OPTIONS);
            Set<String> published = new TreeSet<>();
            AtomicBoolean resuming = new AtomicBoolean(true);
            Thread resumer = Thread.ofPlatform().name("test-resumer").start(() -> {
                while (resuming.get()) {
                    dispatcher.resume();
                    pause(Duration.ofMillis(5));
                }
            });
            try {
                for (int index = 0; index < EVENTS; index++) {
                    WebhookEvent event = jobFailed(workspace);
                    published.add(event.id());
                    dispatcher.publish(EventType.JOB_FAILED, event);
                    pause(Duration.ofMillis(10));
                }
                awaitDelivered(database, EVENTS);
            }
            finally {
                resuming.set(false);
                resumer.join();
                // Lets any attempt still under way reach the receiver before it is counted.
                dispatcher.close();
            }

            List<Received> received = receiver.received(PATH);
            Map<String, Long> perDelivery = received.stream()
                    .collect(Collectors.groupingBy(request -> request.header("X-CloudMigrate-Delivery"), TreeMap::new, Collectors.counting()));
            assertThat(perDelivery).as("requests per delivery id").hasSize(EVENTS).allSatisfy((delivery, count) -> assertThat(count).as(delivery).isEqualTo(1));
            Set<String> receivedEvents = received.stream().map(WebhookSingleDeliveryTest::eventId).collect(Collectors.toCollection(TreeSet::new));
            assertThat(receivedEvents).isEqualTo(published);
            assertThat(received).allMatch(request -> WebhookReceiver.signedWith(request, SECRET));
        }
        finally {
            vertx.close().await();
        }
    }

    @Test
    void claimsADueDeliveryForOneSenderUntilItsLeaseRunsOut()
    {
        try (Database database = Database.open(TestDatabases.options(dataDirectory))) {
            UUID workspace = UUID.fromString(new WorkspaceStore(database).create("claims").id());
            UUID webhook = UUID.fromString(new WebhookStore(database).create(workspace, new WebhookRequest("https://hooks.example.com/claims",
                    List.of(EventType.JOB_FAILED), Format.JSON, SECRET, "administrator"), ADMINISTRATOR).id());
            WebhookOutbox outbox = new WebhookOutbox(database);
            Due due = outbox.enqueue(webhook, UUID.randomUUID(), EventType.JOB_FAILED, "{}").orElseThrow();

            Attempt first = outbox.claim(due.deliveryId(), due.nextAttemptAt(), Duration.ofMinutes(1)).orElseThrow();
            assertThat(outbox.claim(due.deliveryId(), due.nextAttemptAt(), Duration.ofMinutes(1))).as("a second claim of the same due delivery").isEmpty();
            assertThat(outbox.pending()).singleElement().satisfies(pending -> assertThat(pending.nextAttemptAt()).isAfter(Instant.now().plusSeconds(50)));

            outbox.record(first, new Outcome(State.PENDING, 503, "the receiver answered 503", Optional.of(Instant.now().minusSeconds(1))));
            Due retry = outbox.pending().getFirst();
            // The first claim is spent: recording it again (a sender whose lease ran out) changes nothing.
            outbox.record(first, new Outcome(State.DELIVERED, 200, null, Optional.empty()));
            assertThat(outbox.pending()).containsExactly(retry);

            Attempt second = outbox.claim(retry.deliveryId(), retry.nextAttemptAt(), Duration.ofMillis(200)).orElseThrow();
            assertThat(second.attemptsBefore()).isEqualTo(1);
            // As a crash would leave it: the claim runs out, and the delivery can be claimed again.
            pause(Duration.ofMillis(400));
            assertThat(outbox.claim(retry.deliveryId(), outbox.pending().getFirst().nextAttemptAt(), Duration.ofMinutes(1))).isPresent();
        }
    }

    private static WebhookEvent jobFailed(UUID workspace)
    {
        String now = Instant.now().toString();
        JobData data = new JobData(UUID.randomUUID().toString(), JobKind.ASSESS, JobState.FAILED, null, null,
                new JobError("urn:cloudmigrate:problem:interrupted", "Interrupted", "interrupted by restart"), now, now);
        return new WebhookEvent(WebhookEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), EventType.JOB_FAILED.label(), now, workspace.toString(), null, data);
    }

    private static String eventId(Received request)
    {
        try {
            return JsonDocuments.mapper().readTree(request.body()).path("id").asText();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until this many deliveries have ended as delivered and none is pending. */
    private static void awaitDelivered(Database database, int count)
    {
        Instant deadline = Instant.now().plus(WAIT);
        Map<String, Integer> states = Map.of();
        while (Instant.now().isBefore(deadline)) {
            states = countByState(database);
            if (states.getOrDefault("delivered", 0) == count && !states.containsKey("pending")) {
                return;
            }
            pause(Duration.ofMillis(50));
        }
        throw new AssertionError("deliveries by state after " + WAIT + ": " + states);
    }

    private static Map<String, Integer> countByState(Database database)
    {
        try (Connection connection = database.connection();
                PreparedStatement select = connection.prepareStatement("select state, count(*) from webhook_deliveries group by state");
                ResultSet result = select.executeQuery()) {
            Map<String, Integer> states = new TreeMap<>();
            while (result.next()) {
                states.put(result.getString(1), result.getInt(2));
            }
            return states;
        }
        catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void pause(Duration duration)
    {
        try {
            Thread.sleep(duration);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }
}
