package io.cloudmigrate.server.http.internal.webhooks;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.server.http.internal.storage.JsonText;
import io.cloudmigrate.server.http.internal.storage.RecommendationItem.Override;
import io.cloudmigrate.server.http.internal.storage.Webhook.Format;
import io.cloudmigrate.server.http.internal.webhooks.WebhookEvent.JobData;
import io.cloudmigrate.server.http.internal.webhooks.WebhookEvent.OverrideData;
import io.cloudmigrate.server.http.internal.webhooks.WebhookEvent.WaveData;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The body of a delivery in a webhook's format: the event itself ({@code json}); a Slack
 * incoming-webhook message with a plain {@code text} fallback and {@code blocks} ({@code slack});
 * or a Teams message carrying an Adaptive Card, the shape Teams Workflows' "when a webhook request
 * is received" accepts ({@code teams}). Bodies are built as JSON trees, so values are escaped by
 * construction; Slack also reads {@code &}, {@code <} and {@code >} as markup (a {@code <!channel>}
 * pings everyone), so text from users is escaped for it as Slack asks.
 */
public final class Payloads
{
    private static final String ADAPTIVE_CARD_VERSION = "1.4";
    // Slack refuses a message whose section text passes 3000 characters, or a field 2000.
    static final int SLACK_SECTION_LIMIT = 3000;
    static final int SLACK_FIELD_LIMIT = 2000;

    private Payloads() {}

    public static String render(WebhookEvent event, Format format)
    {
        return switch (format) {
            case JSON -> JsonText.write(event);
            case SLACK -> JsonText.write(slack(event));
            case TEAMS -> JsonText.write(teams(event));
        };
    }

    private static ObjectNode slack(WebhookEvent event)
    {
        ObjectNode message = JsonDocuments.mapper().createObjectNode();
        message.put("text", slackEscape(summary(event)));
        ArrayNode blocks = message.putArray("blocks");
        ObjectNode section = blocks.addObject().put("type", "section");
        section.putObject("text").put("type", "mrkdwn").put("text", "*" + shortened(slackEscape(summary(event)), SLACK_SECTION_LIMIT - 2) + "*");
        ArrayNode fields = section.putArray("fields");
        facts(event).forEach((name, value) -> fields.addObject().put("type", "mrkdwn")
                .put("text", shortened("*" + name + "*\n" + slackEscape(value), SLACK_FIELD_LIMIT)));
        ObjectNode context = blocks.addObject().put("type", "context");
        context.putArray("elements").addObject().put("type", "mrkdwn").put("text", slackEscape("CloudMigrate " + event.type() + " · event " + event.id()));
        return message;
    }

    private static ObjectNode teams(WebhookEvent event)
    {
        ObjectNode message = JsonDocuments.mapper().createObjectNode().put("type", "message");
        ObjectNode attachment = message.putArray("attachments").addObject();
        attachment.put("contentType", "application/vnd.microsoft.card.adaptive");
        attachment.putNull("contentUrl");
        ObjectNode card = attachment.putObject("content");
        card.put("$schema", "http://adaptivecards.io/schemas/adaptive-card.json").put("type", "AdaptiveCard").put("version", ADAPTIVE_CARD_VERSION);
        ArrayNode body = card.putArray("body");
        body.addObject().put("type", "TextBlock").put("text", summary(event)).put("weight", "Bolder").put("size", "Medium").put("wrap", true);
        ArrayNode facts = body.addObject().put("type", "FactSet").putArray("facts");
        facts(event).forEach((name, value) -> facts.addObject().put("title", name).put("value", value));
        body.addObject().put("type", "TextBlock").put("text", "CloudMigrate " + event.type() + " · event " + event.id()).put("isSubtle", true)
                .put("size", "Small").put("wrap", true);
        return message;
    }

    /** One line that says what happened. */
    static String summary(WebhookEvent event)
    {
        return switch (event.data()) {
            case JobData job -> "Job " + job.jobId() + " (" + job.kind().name().toLowerCase(Locale.ROOT) + ") " + switch (job.state()) {
                case QUEUED, RUNNING -> "is " + job.state().name().toLowerCase(Locale.ROOT);
                case SUCCEEDED -> "succeeded";
                case CANCELLED -> "was cancelled";
                case FAILED -> "failed" + (job.error() == null || job.error().detail() == null ? "" : ": " + job.error().detail());
            };
            case WaveData wave -> "Wave " + wave.waveNumber() + " " + wave.decision().toLowerCase(Locale.ROOT) + " by " + wave.author() + ": " + wave.comment();
            case OverrideData override -> override.after() == null
                    ? "Override of " + override.resourceId() + " removed by " + event.actor()
                    : "Override of " + override.resourceId() + " set to " + override.after().strategy() + " by " + override.after().author() + ": "
                            + override.after().justification();
        };
    }

    /** The details a chat message lists under its summary, in a fixed order. */
    static Map<String, String> facts(WebhookEvent event)
    {
        Map<String, String> facts = new LinkedHashMap<>();
        switch (event.data()) {
            case JobData job -> {
                facts.put("Job", job.jobId());
                facts.put("State", job.state().name());
                if (job.estateId() != null) {
                    facts.put("Estate", job.estateId());
                }
                if (job.result() != null) {
                    facts.put("Result", job.result());
                }
            }
            case WaveData wave -> {
                facts.put("Assessment", wave.assessmentId());
                facts.put("Wave", Integer.toString(wave.waveNumber()));
                facts.put("Resources", Integer.toString(wave.resourceCount()));
            }
            case OverrideData override -> {
                facts.put("Assessment", override.assessmentId());
                facts.put("Resource", override.resourceId());
                facts.put("Before", strategy(override.before()));
                facts.put("After", strategy(override.after()));
            }
        }
        facts.put("Workspace", event.workspaceId());
        facts.put("When", event.occurredAt());
        return facts;
    }

    private static String strategy(Override override)
    {
        return override == null ? "no override" : override.strategy().name();
    }

    /** The text cut to the limit with an ellipsis; never inside an escape such as {@code &amp;}. */
    static String shortened(String text, int limit)
    {
        if (text.length() <= limit) {
            return text;
        }
        int end = limit - 1;
        int entity = text.lastIndexOf('&', end);
        if (entity >= 0 && text.indexOf(';', entity) >= end) {
            end = entity;
        }
        return text.substring(0, end) + "…";
    }

    /** Slack's escaping of its three control characters, ampersand first. */
    static String slackEscape(String text)
    {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
