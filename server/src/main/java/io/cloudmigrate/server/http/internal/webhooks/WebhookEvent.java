package io.cloudmigrate.server.http.internal.webhooks;

import io.cloudmigrate.server.http.internal.storage.Job.JobError;
import io.cloudmigrate.server.http.internal.storage.Job.JobKind;
import io.cloudmigrate.server.http.internal.storage.Job.JobState;
import io.cloudmigrate.server.http.internal.storage.RecommendationItem.Override;

import static java.util.Objects.requireNonNull;

/**
 * An event as the {@code json} format sends it, documented in {@code docs/webhooks.md} and by the
 * schema {@code docs/schemas/webhook-payload.schema.json}.
 *
 * @param schemaVersion the version of this shape; a change that could break a receiver raises it
 * @param id the event's id: one per event, the same in every delivery of it
 * @param type e.g. {@code job.failed}
 * @param actor who made the change; {@code null} for jobs, which end on their own
 */
public record WebhookEvent(int schemaVersion, String id, String type, String occurredAt, String workspaceId, String actor, EventData data)
{
    public static final int SCHEMA_VERSION = 1;

    public WebhookEvent
    {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        requireNonNull(occurredAt, "occurredAt is null");
        requireNonNull(workspaceId, "workspaceId is null");
        requireNonNull(data, "data is null");
    }

    /** What the event is about. */
    public sealed interface EventData
            permits JobData, WaveData, OverrideData {}

    /**
     * A job that ended.
     *
     * @param estateId {@code null} for an import that failed before it made its estate
     * @param result the path of what it made, when it succeeded
     * @param error why it failed or was cancelled
     */
    public record JobData(String jobId, JobKind kind, JobState state, String estateId, String result, JobError error, String createdAt, String finishedAt)
            implements EventData {}

    /** A reviewer's decision on a wave of an assessment. */
    public record WaveData(String assessmentId, String estateId, int waveNumber, String decision, String comment, String author, String decidedAt,
            int resourceCount)
            implements EventData {}

    /**
     * An override set, changed or removed.
     *
     * @param before the override before; {@code null} when there was none
     * @param after the override now; {@code null} once removed
     */
    public record OverrideData(String assessmentId, String estateId, String resourceId, Override before, Override after)
            implements EventData {}
}
