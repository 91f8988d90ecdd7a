package io.cloudmigrate.server.http.internal.storage;

import java.util.Arrays;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * One event sent (or being sent) to one webhook, as an admin sees it: whether it arrived, after how
 * many attempts, and what the last attempt got.
 *
 * @param state {@code pending}, {@code delivered} or {@code gave_up}
 * @param lastStatusCode the HTTP status of the last attempt; {@code null} when none answered (refused, timed out)
 * @param lastError why the last attempt failed; {@code null} when it succeeded or none was made
 * @param nextAttemptAt when a pending delivery is tried next; {@code null} once it has ended
 */
public record WebhookDelivery(
        String id,
        String webhookId,
        String eventId,
        String event,
        String state,
        int attempts,
        Integer lastStatusCode,
        String lastError,
        String createdAt,
        String nextAttemptAt,
        String finishedAt)
{
    public WebhookDelivery
    {
        requireNonNull(id, "id is null");
        requireNonNull(webhookId, "webhookId is null");
        requireNonNull(eventId, "eventId is null");
        requireNonNull(event, "event is null");
        requireNonNull(state, "state is null");
        requireNonNull(createdAt, "createdAt is null");
    }

    /** Where a delivery is; the last two are final. */
    public enum State
    {
        PENDING,
        DELIVERED,
        GAVE_UP;

        public String label()
        {
            return name().toLowerCase(Locale.ROOT);
        }

        public static State ofLabel(String label)
        {
            return Arrays.stream(values()).filter(state -> state.label().equals(label)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown delivery state '" + label + "'"));
        }
    }
}
