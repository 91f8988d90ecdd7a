package io.cloudmigrate.server.http.internal.webhooks;

import io.cloudmigrate.server.http.WebhookOptions;
import io.cloudmigrate.server.http.internal.storage.Webhook.EventType;
import io.cloudmigrate.server.http.internal.storage.WebhookDelivery.State;
import io.cloudmigrate.server.http.internal.storage.WebhookOutbox;
import io.cloudmigrate.server.http.internal.storage.WebhookOutbox.Attempt;
import io.cloudmigrate.server.http.internal.storage.WebhookOutbox.Due;
import io.cloudmigrate.server.http.internal.storage.WebhookOutbox.Outcome;
import io.cloudmigrate.server.http.internal.storage.WebhookOutbox.Subscriber;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import static java.util.Objects.requireNonNull;

/**
 * Delivers events to webhooks, never in the way of what raised them: {@link #publish} hands the
 * event to a virtual thread and returns. There the event is stored as one pending delivery per
 * subscribed webhook (the outbox), and each delivery is attempted, then retried on its
 * {@link RetrySchedule} until it is delivered or given up, every attempt recorded. Pending deliveries
 * are in the database with the time they are due, so a restart resumes them ({@link #resume}).
 * <p>
 * A delivery may be scheduled more than once (a resume finds a delivery that a new event's immediate
 * send has scheduled too); each attempt is therefore claimed in the database first
 * ({@link WebhookOutbox#claim}), and only the one claim that succeeds sends. An attempt cut short by a
 * shutdown or a crash is made again, which is why a delivery carries an id to deduplicate by.
 */
public final class WebhookDispatcher
        implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatcher.class);
    private static final long SHUTDOWN_GRACE_SECONDS = 5;
    // Attempts at once: a restart may find thousands due, and each holds a database connection for a moment.
    private static final int CONCURRENT_ATTEMPTS = 8;
    private static final Duration LEASE_MARGIN = Duration.ofMinutes(1);

    private final WebhookOutbox outbox;
    private final RetrySchedule schedule;
    private final WebhookSender sender;
    private final HttpClient client;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService timers = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("cloudmigrate-webhook-retries").factory());
    private final Semaphore sending = new Semaphore(CONCURRENT_ATTEMPTS);
    private final Duration lease;
    private volatile boolean closing;

    public WebhookDispatcher(WebhookOutbox outbox, Vertx vertx, WebhookOptions options)
    {
        this.outbox = requireNonNull(outbox, "outbox is null");
        requireNonNull(options, "options is null");
        this.schedule = new RetrySchedule(options);
        // Longer than any attempt: the sender gives up on an answer after twice the timeout; the margin covers
        // resolving the host and recording the outcome. Only a crash leaves a claim to run out.
        this.lease = options.timeout().multipliedBy(2).plus(LEASE_MARGIN);
        HttpClientOptions clientOptions = new HttpClientOptions()
                .setConnectTimeout((int) options.timeout().toMillis())
                // The connection goes to a checked address; TLS still names (and verifies) the URL's host.
                .setForceSni(true)
                .setVerifyHost(true)
                // A pooled connection is keyed by host, not by the address checked for this attempt.
                .setKeepAlive(false);
        WebhookTrust.of(options.trustedCertificates()).ifPresent(clientOptions::setTrustOptions);
        this.client = vertx.createHttpClient(clientOptions);
        this.sender = new WebhookSender(client, new AddressPolicy(options.allowPrivateAddresses()), options.timeout());
    }

    /** Schedules the pending deliveries a previous run left, each when it is due. */
    public int resume()
    {
        int count = 0;
        for (Due due : outbox.pending()) {
            schedule(due);
            count++;
        }
        return count;
    }

    /**
     * Stores and sends an event to the webhooks of its workspace that want its type. Returns at once;
     * a failure here is logged, never passed to the caller.
     */
    public void publish(EventType type, WebhookEvent event)
    {
        requireNonNull(type, "type is null");
        requireNonNull(event, "event is null");
        run(() -> {
            for (Subscriber subscriber : outbox.subscribers(UUID.fromString(event.workspaceId()), type)) {
                String payload = Payloads.render(event, subscriber.format());
                outbox.enqueue(subscriber.webhookId(), UUID.fromString(event.id()), type, payload).ifPresent(this::schedule);
            }
        });
    }

    /** Runs work off the caller's thread; a failure is logged. */
    void run(Runnable work)
    {
        try {
            executor.execute(() -> {
                try {
                    work.run();
                }
                catch (RuntimeException e) {
                    if (!closing) {
                        LOG.warn("webhook work failed: {}", e.toString());
                    }
                }
            });
        }
        catch (RejectedExecutionException e) {
            // The server is stopping; a stored delivery resumes at the next start.
        }
    }

    private void schedule(Due due)
    {
        long delay = Math.max(0, Duration.between(Instant.now(), due.nextAttemptAt()).toMillis());
        try {
            timers.schedule(() -> run(() -> attempt(due)), delay, TimeUnit.MILLISECONDS);
        }
        catch (RejectedExecutionException e) {
            // Stopping: the delivery stays pending in the database.
        }
    }

    private void attempt(Due due)
    {
        try {
            sending.acquire();
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
        try {
            attemptNow(due);
        }
        finally {
            sending.release();
        }
    }

    private void attemptNow(Due due)
    {
        if (closing) {
            return;
        }
        // The same delivery may be scheduled twice (a resume finds one an immediate send also has): only one claim succeeds.
        Optional<Attempt> claimed = outbox.claim(due.deliveryId(), due.nextAttemptAt(), lease);
        if (claimed.isEmpty()) {
            return;
        }
        Attempt attempt = claimed.get();
        UUID deliveryId = attempt.deliveryId();
        WebhookSender.Result result = sender.send(attempt);
        if (closing && !result.delivered()) {
            // Cut short by the shutdown: not counted, made again at the next start. One that got through is recorded as usual.
            outbox.release(attempt);
            return;
        }
        int attemptsMade = attempt.attemptsBefore() + 1;
        Outcome outcome;
        if (result.delivered()) {
            outcome = new Outcome(State.DELIVERED, result.statusCode(), null, Optional.empty());
        }
        else {
            Optional<Duration> delay = result.retryable() ? schedule.delayAfter(attemptsMade, deliveryId) : Optional.empty();
            Optional<Instant> dueAt = delay.map(wait -> Instant.now().plus(wait));
            outcome = new Outcome(dueAt.isPresent() ? State.PENDING : State.GAVE_UP, result.statusCode(), result.error(), dueAt);
            if (dueAt.isEmpty()) {
                LOG.info("webhook delivery {} to {} given up after {} attempt(s): {}", deliveryId, WebhookSender.origin(URI.create(attempt.url())), attemptsMade,
                        result.error());
            }
        }
        outbox.record(attempt, outcome);
        outcome.nextAttemptAt().ifPresent(dueAt -> schedule(new Due(deliveryId, dueAt)));
    }

    /** Stops sending; pending deliveries stay in the database for the next start. */
    @Override
    public synchronized void close()
    {
        if (closing) {
            return;
        }
        closing = true;
        timers.shutdownNow();
        executor.shutdown();
        try {
            executor.awaitTermination(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        client.close();
    }
}
