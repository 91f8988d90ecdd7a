package io.cloudmigrate.server.http.internal.storage;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * A URL of a workspace that is told of the workspace's events, as the API shows it.
 *
 * @param events the event types it is sent, as labels ({@code job.failed}), sorted
 * @param format how its payloads are shaped: {@code json}, {@code slack} or {@code teams}
 * @param secret the key that signs its deliveries: shown once, in the answer that creates it, and {@code null} ever after
 */
public record Webhook(
        String id,
        String workspaceId,
        String url,
        List<String> events,
        String format,
        String createdBy,
        String createdAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String secret)
{
    public Webhook
    {
        requireNonNull(id, "id is null");
        requireNonNull(workspaceId, "workspaceId is null");
        requireNonNull(url, "url is null");
        events = List.copyOf(events);
        requireNonNull(format, "format is null");
        requireNonNull(createdBy, "createdBy is null");
        requireNonNull(createdAt, "createdAt is null");
    }

    /** The webhook as it is listed: without its secret. */
    public Webhook withoutSecret()
    {
        return new Webhook(id, workspaceId, url, events, format, createdBy, createdAt, null);
    }

    /** What a webhook can be told of; the label is the event's {@code type} in a payload. */
    public enum EventType
    {
        JOB_SUCCEEDED,
        JOB_FAILED,
        JOB_CANCELLED,
        WAVE_APPROVED,
        WAVE_REJECTED,
        OVERRIDE_SET,
        OVERRIDE_REMOVED;

        public String label()
        {
            return name().toLowerCase(Locale.ROOT).replace('_', '.');
        }

        /** @throws CloudMigrateException INVALID_REQUEST naming the known types */
        public static EventType ofLabel(String label)
        {
            return Arrays.stream(values()).filter(type -> type.label().equals(label)).findFirst()
                    .orElseThrow(() -> new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "unknown webhook event '" + label + "'; known: "
                            + Arrays.stream(values()).map(EventType::label).toList()));
        }
    }

    /** How a payload is shaped: the documented JSON, a Slack incoming-webhook message, or a Teams Adaptive Card message. */
    public enum Format
    {
        JSON,
        SLACK,
        TEAMS;

        public String label()
        {
            return name().toLowerCase(Locale.ROOT);
        }

        /** @throws CloudMigrateException INVALID_REQUEST naming the known formats */
        public static Format ofLabel(String label)
        {
            return Arrays.stream(values()).filter(format -> format.label().equals(label)).findFirst()
                    .orElseThrow(() -> new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "unknown webhook format '" + label + "'; known: json, slack, teams"));
        }
    }
}
