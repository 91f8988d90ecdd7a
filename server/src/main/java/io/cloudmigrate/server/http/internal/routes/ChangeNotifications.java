package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.server.http.internal.storage.JsonText;
import io.cloudmigrate.server.http.internal.storage.RecommendationItem;
import io.cloudmigrate.server.http.internal.storage.RecommendationItem.Override;
import io.cloudmigrate.server.http.internal.storage.Wave;
import io.cloudmigrate.server.http.internal.webhooks.WebhookNotifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The changes made through the API that webhooks hear of (overrides and wave decisions), told by
 * {@link AuditTrail} once a change is recorded, with the state before and after it recorded there.
 */
final class ChangeNotifications
{
    private static final Logger LOG = LoggerFactory.getLogger(ChangeNotifications.class);

    private final WebhookNotifier notifier;

    ChangeNotifications(WebhookNotifier notifier)
    {
        this.notifier = requireNonNull(notifier, "notifier is null");
    }

    /**
     * Tells the webhooks of a change; never throws, as the change is made.
     *
     * @param before the override before the change, as the audit log records it (JSON), or null
     */
    void changed(String action, String actor, Map<String, String> targets, String before, Object result)
    {
        try {
            switch (action) {
                case "putOverride" -> {
                    if (result instanceof RecommendationItem item) {
                        notifier.overrideChanged(actor, targets.get("assessmentId"), targets.get("estateId"), targets.get("resourceId"), override(before), item.override());
                    }
                }
                case "deleteOverride" -> {
                    // Removing an override that was not there changes nothing.
                    if (before != null) {
                        notifier.overrideChanged(actor, targets.get("assessmentId"), targets.get("estateId"), targets.get("resourceId"), override(before), null);
                    }
                }
                case "decideWave" -> {
                    if (result instanceof Wave wave) {
                        notifier.waveDecided(actor, targets.get("assessmentId"), targets.get("estateId"), wave);
                    }
                }
                default -> {
                    // Other changes raise no webhook event; jobs raise theirs when they end.
                }
            }
        }
        catch (RuntimeException e) {
            LOG.warn("cannot tell the webhooks of {}: {}", action, e.toString());
        }
    }

    private static Override override(String json)
    {
        return json == null ? null : JsonText.read(json, Override.class);
    }
}
