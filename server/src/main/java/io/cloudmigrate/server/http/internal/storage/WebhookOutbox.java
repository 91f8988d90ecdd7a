package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.server.http.internal.storage.Webhook.EventType;
import io.cloudmigrate.server.http.internal.storage.Webhook.Format;
import io.cloudmigrate.server.http.internal.storage.WebhookDelivery.State;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The deliveries as the dispatcher sees them, outside any request: an event is stored once per
 * subscribed webhook before anything is sent, so that a delivery survives a restart; an attempt is
 * claimed in the database before it is sent ({@link #claim}), so that one delivery is never sent by two
 * senders at once, and is recorded as it ends.
 */
public final class WebhookOutbox
{
    private final Database database;

    public WebhookOutbox(Database database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /** A webhook that wants an event, and the shape it wants it in. */
    public record Subscriber(UUID webhookId, Format format) {}

    /** A pending delivery and when it is due. */
    public record Due(UUID deliveryId, Instant nextAttemptAt) {}

    /** What one attempt sends, and how many attempts came before it. */
    public record Attempt(UUID deliveryId, UUID webhookId, String url, String secret, String eventType, String payload, int attemptsBefore) {}

    /** How an attempt ended: the delivery's new state, and when it is due again while pending. */
    public record Outcome(State state, Integer statusCode, String error, Optional<Instant> nextAttemptAt)
    {
        public Outcome
        {
            requireNonNull(state, "state is null");
            // As the database keeps it, so that the time a retry is scheduled for is the time it is due there.
            nextAttemptAt = requireNonNull(nextAttemptAt, "nextAttemptAt is null").map(dueAt -> dueAt.truncatedTo(ChronoUnit.MICROS));
        }
    }

    /** The workspace's webhooks that want this type of event, oldest first. */
    public List<Subscriber> subscribers(UUID workspaceId, EventType type)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, format from webhooks where workspace_id = ? and ? = any(events) order by created_at, id")) {
                select.setObject(1, workspaceId);
                select.setString(2, type.label());
                List<Subscriber> subscribers = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        subscribers.add(new Subscriber(result.getObject(1, UUID.class), Format.ofLabel(result.getString(2))));
                    }
                }
                return List.copyOf(subscribers);
            }
        });
    }

    /** Stores a pending delivery due now; empty when the webhook was deleted meanwhile. */
    public Optional<Due> enqueue(UUID webhookId, UUID eventId, EventType type, String payload)
    {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into webhook_deliveries (id, webhook_id, event_id, event_type, payload, state, attempts, "
                    + "created_at, next_attempt_at) select ?, ?, ?, ?, ?, 'pending', 0, ?, ? where exists (select 1 from webhooks where id = ?)")) {
                insert.setObject(1, id);
                insert.setObject(2, webhookId);
                insert.setObject(3, eventId);
                insert.setString(4, type.label());
                insert.setString(5, payload);
                insert.setTimestamp(6, Sql.timestamp(now));
                insert.setTimestamp(7, Sql.timestamp(now));
                insert.setObject(8, webhookId);
                return insert.executeUpdate() == 0 ? Optional.empty() : Optional.of(new Due(id, now));
            }
        });
    }

    /** Every pending delivery, soonest first: what a starting server resumes. */
    public List<Due> pending()
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, next_attempt_at from webhook_deliveries where state = 'pending' order by next_attempt_at, id")) {
                List<Due> due = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        due.add(new Due(result.getObject(1, UUID.class), result.getTimestamp(2).toInstant()));
                    }
                }
                return List.copyOf(due);
            }
        });
    }

    /**
     * Claims the next attempt of a delivery that is due: one statement moves its due time past the
     * lease, so that of two senders that find the same pending delivery (a resume at start-up and the
     * immediate send of a new event), the second finds it no longer due and sends nothing. The lease
     * outlasts any attempt; a claim left by a crash expires with it and the delivery is due again.
     *
     * @param dueAt the time the caller was told the delivery is due; a claim made a moment before it
     *        (a timer that fires early) still succeeds
     * @return the attempt to make; empty when the delivery has ended, is claimed by another sender,
     *         is not due yet, or its webhook is gone
     */
    public Optional<Attempt> claim(UUID deliveryId, Instant dueAt, Duration lease)
    {
        requireNonNull(deliveryId, "deliveryId is null");
        requireNonNull(dueAt, "dueAt is null");
        requireNonNull(lease, "lease is null");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Instant due = now.isAfter(dueAt) ? now : dueAt.truncatedTo(ChronoUnit.MICROS);
        return Sql.inTransaction(database, connection -> {
            // In PostgreSQL's read committed, a second claim of the row waits for the first and then re-checks the condition on the row it left.
            try (PreparedStatement claim = connection.prepareStatement("update webhook_deliveries d set next_attempt_at = ? from webhooks w "
                    + "where d.id = ? and w.id = d.webhook_id and d.state = 'pending' and d.next_attempt_at <= ? "
                    + "returning d.id, w.id, w.url, w.secret, d.event_type, d.payload, d.attempts")) {
                claim.setTimestamp(1, Sql.timestamp(now.plus(lease)));
                claim.setObject(2, deliveryId);
                claim.setTimestamp(3, Sql.timestamp(due));
                try (ResultSet result = claim.executeQuery()) {
                    if (!result.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new Attempt(result.getObject(1, UUID.class), result.getObject(2, UUID.class), result.getString(3), result.getString(4),
                            result.getString(5), result.getString(6), result.getInt(7)));
                }
            }
        });
    }

    /**
     * Records a claimed attempt: one more attempt, its status and error, and the delivery's new state.
     * Nothing changes when the claim was lost meanwhile (its lease ran out and another attempt was
     * recorded): the count of attempts is the claim's token.
     */
    public void record(Attempt attempt, Outcome outcome)
    {
        requireNonNull(attempt, "attempt is null");
        requireNonNull(outcome, "outcome is null");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Sql.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement("update webhook_deliveries set attempts = attempts + 1, state = ?, last_status_code = ?, "
                    + "last_error = ?, next_attempt_at = ?, finished_at = ? where id = ? and state = 'pending' and attempts = ?")) {
                update.setString(1, outcome.state().label());
                WebhookStore.setNullableInteger(update, 2, outcome.statusCode());
                update.setString(3, outcome.error());
                update.setTimestamp(4, outcome.nextAttemptAt().map(Sql::timestamp).orElse(null));
                update.setTimestamp(5, outcome.state() == State.PENDING ? null : Sql.timestamp(now));
                update.setObject(6, attempt.deliveryId());
                update.setInt(7, attempt.attemptsBefore());
                update.executeUpdate();
            }
            return null;
        });
    }

    /** Gives a claimed attempt back uncounted (a shutdown cut it short): the delivery is due at once, at the next start. */
    public void release(Attempt attempt)
    {
        requireNonNull(attempt, "attempt is null");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Sql.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement("update webhook_deliveries set next_attempt_at = ? "
                    + "where id = ? and state = 'pending' and attempts = ?")) {
                update.setTimestamp(1, Sql.timestamp(now));
                update.setObject(2, attempt.deliveryId());
                update.setInt(3, attempt.attemptsBefore());
                update.executeUpdate();
            }
            return null;
        });
    }

    /** The workspace of an estate, for events that name only the estate (overrides, waves). */
    public Optional<UUID> workspaceOfEstate(UUID estateId)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select workspace_id from estates where id = ?")) {
                select.setObject(1, estateId);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.of(result.getObject(1, UUID.class)) : Optional.empty();
                }
            }
        });
    }
}
