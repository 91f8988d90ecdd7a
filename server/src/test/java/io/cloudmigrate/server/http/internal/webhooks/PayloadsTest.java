package io.cloudmigrate.server.http.internal.webhooks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.server.http.internal.storage.Job.JobError;
import io.cloudmigrate.server.http.internal.storage.Job.JobKind;
import io.cloudmigrate.server.http.internal.storage.Job.JobState;
import io.cloudmigrate.server.http.internal.storage.RecommendationItem.Override;
import io.cloudmigrate.server.http.internal.storage.Webhook.Format;
import io.cloudmigrate.server.http.internal.webhooks.WebhookEvent.JobData;
import io.cloudmigrate.server.http.internal.webhooks.WebhookEvent.OverrideData;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PayloadsTest
{
    private static final WebhookEvent OVERRIDE = new WebhookEvent(1, "0d9a3c43-5e0b-4a5e-8f0e-2b6f4f2d8c11", "override.set", "2026-12-05T20:00:00Z",
            "00000000-0000-0000-0000-000000000001", "alice",
            new OverrideData("5b3f1f1e-0000-4000-8000-000000000001", "5b3f1f1e-0000-4000-8000-000000000002", "arn:aws:ec2:eu-west-1:123456789012:instance/i-1",
                    null, new Override(Strategy.REHOST, null, "<!channel> needs a PostgreSQL extension & more", "alice", "2026-12-05T20:00:00Z")));
    private static final WebhookEvent FAILED_JOB = new WebhookEvent(1, "6e4f0a8b-1c2d-4e5f-8a9b-0c1d2e3f4a5b", "job.failed", "2026-12-05T20:01:00Z",
            "00000000-0000-0000-0000-000000000001", null,
            new JobData("7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d", JobKind.ASSESS, JobState.FAILED, null, null,
                    new JobError("https://cloudmigrate.io/problems/timeout", "Timed Out", "the assess job exceeded its time limit of 1 s"),
                    "2026-12-05T20:00:59Z", "2026-12-05T20:01:00Z"));

    @Test
    void sendsTheEventItselfAsJson()
    {
        JsonNode json = json(Payloads.render(OVERRIDE, Format.JSON));

        assertThat(json.path("schemaVersion").asInt()).isEqualTo(1);
        assertThat(json.path("type").asText()).isEqualTo("override.set");
        assertThat(json.path("data").path("after").path("strategy").asText()).isEqualTo("REHOST");
        assertThat(json.path("data").path("before").isNull()).isTrue();
    }

    @Test
    void escapesSlackMarkupInTextFromUsers()
    {
        JsonNode slack = json(Payloads.render(OVERRIDE, Format.SLACK));

        assertThat(slack.path("text").asText())
                .isEqualTo("Override of arn:aws:ec2:eu-west-1:123456789012:instance/i-1 set to REHOST by alice: &lt;!channel&gt; needs a PostgreSQL extension &amp; more");
        assertThat(slack.path("blocks").get(0).path("type").asText()).isEqualTo("section");
        assertThat(slack.path("blocks").get(0).path("text").path("type").asText()).isEqualTo("mrkdwn");
        assertThat(slack.path("blocks").get(0).path("fields")).extracting(field -> field.path("text").asText()).contains("*After*\nREHOST", "*Before*\nno override");
        assertThat(slack.path("blocks").get(1).path("type").asText()).isEqualTo("context");
    }

    @Test
    void wrapsAnAdaptiveCardInATeamsMessage()
    {
        JsonNode teams = json(Payloads.render(FAILED_JOB, Format.TEAMS));

        assertThat(teams.path("type").asText()).isEqualTo("message");
        JsonNode attachment = teams.path("attachments").get(0);
        assertThat(attachment.path("contentType").asText()).isEqualTo("application/vnd.microsoft.card.adaptive");
        JsonNode card = attachment.path("content");
        assertThat(card.path("type").asText()).isEqualTo("AdaptiveCard");
        assertThat(card.path("version").asText()).isEqualTo("1.4");
        assertThat(card.path("body").get(0).path("text").asText()).isEqualTo("Job 7a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d (assess) failed: the assess job exceeded its time limit of 1 s");
        assertThat(card.path("body").get(1).path("type").asText()).isEqualTo("FactSet");
        assertThat(card.path("body").get(1).path("facts")).extracting(fact -> fact.path("title").asText()).containsExactly("Job", "State", "Workspace", "When");
    }

    @Test
    void keepsSlackTextsWithinSlacksLimitsWithoutCuttingAnEscape()
    {
        String justification = "x".repeat(Payloads.SLACK_SECTION_LIMIT - 20) + "&".repeat(100);
        WebhookEvent longOne = new WebhookEvent(1, OVERRIDE.id(), OVERRIDE.type(), OVERRIDE.occurredAt(), OVERRIDE.workspaceId(), "alice",
                new OverrideData("a", "e", "r", null, new Override(Strategy.RETAIN, null, justification, "alice", "2026-12-05T20:00:00Z")));

        JsonNode section = json(Payloads.render(longOne, Format.SLACK)).path("blocks").get(0);

        String text = section.path("text").path("text").asText();
        assertThat(text).hasSizeLessThanOrEqualTo(Payloads.SLACK_SECTION_LIMIT).endsWith("…*");
        assertThat(text.substring(0, text.length() - 2)).doesNotEndWith("&").doesNotEndWith("&a").doesNotEndWith("&am").doesNotEndWith("&amp");
        assertThat(Payloads.shortened("ab&amp;cd", 6)).isEqualTo("ab…");
        assertThat(Payloads.shortened("abcdef", 6)).isEqualTo("abcdef");
    }

    @Test
    void rendersTheSameEventToTheSameBytes()
    {
        for (Format format : Format.values()) {
            assertThat(Payloads.render(OVERRIDE, format)).isEqualTo(Payloads.render(OVERRIDE, format));
        }
    }

    private static JsonNode json(String text)
    {
        try {
            return JsonDocuments.mapper().readTree(text);
        }
        catch (JsonProcessingException e) {
            throw new AssertionError("not JSON: " + text, e);
        }
    }
}
