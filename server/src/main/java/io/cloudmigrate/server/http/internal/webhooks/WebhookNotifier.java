package io.cloudmigrate.server.http.internal.webhooks;

import io.cloudmigrate.server.http.internal.storage.Job;
import io.cloudmigrate.server.http.internal.storage.RecommendationItem.Override;
import io.cloudmigrate.server.http.internal.storage.Wave;
import io.cloudmigrate.server.http.internal.storage.Webhook.EventType;
import io.cloudmigrate.server.http.internal.storage.WebhookOutbox;
import io.cloudmigrate.server.http.internal.webhooks.WebhookEvent.EventData;
import io.cloudmigrate.server.http.internal.webhooks.WebhookEvent.JobData;
import io.cloudmigrate.server.http.internal.webhooks.WebhookEvent.OverrideData;
import io.cloudmigrate.server.http.internal.webhooks.WebhookEvent.WaveData;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Turns what happened (a job ended, a wave was decided, an override changed) into webhook events.
 * Every method returns at once and never throws: a webhook must not fail or slow the job or request
 * that raised its event.
 */
public final class WebhookNotifier
{
    private static final Logger LOG = LoggerFactory.getLogger(WebhookNotifier.class);

    private final WebhookDispatcher dispatcher;
    private final WebhookOutbox outbox;

    public WebhookNotifier(WebhookDispatcher dispatcher, WebhookOutbox outbox)
    {
        this.dispatcher = requireNonNull(dispatcher, "dispatcher is null");
        this.outbox = requireNonNull(outbox, "outbox is null");
    }

    /** A change of a job's state; only the end of a job is an event. */
    public void jobChanged(Job job)
    {
        try {
            jobEnded(job);
        }
        catch (RuntimeException e) {
            LOG.warn("cannot tell the webhooks that job {} changed: {}", job.id(), e.toString());
        }
    }

    private void jobEnded(Job job)
    {
        EventType type = switch (job.state()) {
            case QUEUED, RUNNING -> null;
            case SUCCEEDED -> EventType.JOB_SUCCEEDED;
            case FAILED -> EventType.JOB_FAILED;
            case CANCELLED -> EventType.JOB_CANCELLED;
        };
        if (type == null) {
            return;
        }
        JobData data = new JobData(job.id(), job.kind(), job.state(), job.estateId(), job.result(), job.error(), job.createdAt(), job.finishedAt());
        dispatcher.publish(type, event(type, job.workspaceId(), null, data));
    }

    /** A decision on a wave of an assessment of the estate. */
    public void waveDecided(String actor, String assessmentId, String estateId, Wave wave)
    {
        Wave.Approval approval = wave.approval();
        if (approval.decision() == null) {
            return;
        }
        EventType type = switch (approval.decision()) {
            case APPROVED -> EventType.WAVE_APPROVED;
            case REJECTED -> EventType.WAVE_REJECTED;
        };
        WaveData data = new WaveData(assessmentId, estateId, wave.number(), approval.decision().name(), approval.comment(), approval.author(),
                approval.decidedAt(), wave.resourceCount());
        publishForEstate(type, estateId, actor, data);
    }

    /** An override set or changed ({@code after} present) or removed ({@code after} null). */
    public void overrideChanged(String actor, String assessmentId, String estateId, String resourceId, Override before, Override after)
    {
        EventType type = after == null ? EventType.OVERRIDE_REMOVED : EventType.OVERRIDE_SET;
        publishForEstate(type, estateId, actor, new OverrideData(assessmentId, estateId, resourceId, before, after));
    }

    private void publishForEstate(EventType type, String estateId, String actor, EventData data)
    {
        if (estateId == null) {
            return;
        }
        // The event's id and time are fixed now; the workspace is looked up off the caller's thread.
        String id = UUID.randomUUID().toString();
        String occurredAt = now();
        dispatcher.run(() -> outbox.workspaceOfEstate(UUID.fromString(estateId)).ifPresent(workspace ->
                dispatcher.publish(type, new WebhookEvent(WebhookEvent.SCHEMA_VERSION, id, type.label(), occurredAt, workspace.toString(), actor, data))));
    }

    private static WebhookEvent event(EventType type, String workspaceId, String actor, EventData data)
    {
        return new WebhookEvent(WebhookEvent.SCHEMA_VERSION, UUID.randomUUID().toString(), type.label(), now(), workspaceId, actor, data);
    }

    private static String now()
    {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }
}
