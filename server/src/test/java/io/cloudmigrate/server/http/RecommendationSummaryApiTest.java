package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.server.http.ApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The summary view of the recommendations list, through real HTTP: each row says what the whole item
 * and the costs list say of the resource (with an override in force), in the same order, with the same
 * filters and cursors, at a fraction of the size.
 */
class RecommendationSummaryApiTest
{
    @TempDir
    static Path dataDirectory;

    private static TestServer server;
    private static ApiClient api;
    private static String assessment;
    private static String overridden;

    @BeforeAll
    static void startServerWithTheSampleAssessedAndOneOverride()
    {
        server = TestServer.start(TestDatabases.options(dataDirectory), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        api = server.api();
        String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
        assessment = api.run(api.post(estate + "/assessments", "{}"));
        JsonNode rehosted = api.get(assessment + "/recommendations?limit=1&strategy=REHOST").json().path("items").get(0);
        overridden = rehosted.path("resourceId").asText();
        Answer override = api.put(item(overridden) + "/override", "{\"strategy\": \"REPLATFORM\", \"justification\": \"Managed runtime agreed with the owners.\"}");
        assertThat(override.status()).as(override.body()).isEqualTo(200);
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void summarisesEachRecommendationAsItsWholeItemAndItsCostsSayIt()
    {
        Answer summaryAnswer = api.get(assessment + "/recommendations?view=summary&limit=500");
        Answer fullAnswer = api.get(assessment + "/recommendations?limit=500");
        JsonNode summaries = summaryAnswer.json().path("items");
        JsonNode full = fullAnswer.json().path("items");
        Map<String, JsonNode> costs = new HashMap<>();
        api.get(assessment + "/costs?limit=500").json().path("items").forEach(cost -> costs.put(cost.path("resourceId").asText(), cost));

        assertThat(summaries).hasSameSizeAs(full).hasSizeGreaterThan(50);
        for (int index = 0; index < full.size(); index++) {
            JsonNode summary = summaries.get(index);
            JsonNode item = full.get(index);
            JsonNode cost = costs.get(item.path("resourceId").asText());
            assertThat(summary.path("resourceId")).isEqualTo(item.path("resourceId"));
            for (String field : List.of("name", "type", "accountId", "region", "wave", "override", "effectiveStrategy")) {
                assertThat(summary.path(field)).as(field).isEqualTo(item.path(field));
            }
            assertThat(summary.path("strategy")).isEqualTo(item.path("recommendation").path("strategy"));
            assertThat(summary.path("ruleId")).isEqualTo(item.path("recommendation").path("ruleId"));
            assertThat(summary.path("confidence").asDouble()).isEqualTo(item.path("recommendation").path("confidence").asDouble());
            if (item.path("risk").isNull()) {
                assertThat(summary.path("riskScore").isNull() && summary.path("riskLevel").isNull()).isTrue();
            }
            else {
                assertThat(summary.path("riskScore")).isEqualTo(item.path("risk").path("score"));
                assertThat(summary.path("riskLevel")).isEqualTo(item.path("risk").path("level"));
            }
            assertThat(summary.path("currentMonthlyUsd")).isEqualTo(cost.path("currentMonthlyUsd"));
            assertThat(summary.path("targetMonthlyUsd")).isEqualTo(cost.path("targetMonthlyUsd"));
            assertThat(summary.path("oneOffUsd")).isEqualTo(cost.path("oneOffUsd"));
            assertThat(summary.path("priceStatus")).isEqualTo(cost.path("status"));
            assertThat(summary.has("recommendation")).isFalse();
        }
        JsonNode decided = summaries.findParents("resourceId").stream().filter(row -> row.path("resourceId").asText().equals(overridden)).findFirst().orElseThrow();
        assertThat(decided.path("strategy").asText()).isEqualTo("REHOST");
        assertThat(decided.path("effectiveStrategy").asText()).isEqualTo("REPLATFORM");
        assertThat(decided.path("override").path("justification").asText()).isEqualTo("Managed runtime agreed with the owners.");
        assertThat(summaryAnswer.body().length()).isLessThan(fullAnswer.body().length() / 4);
    }

    @Test
    void pagesAndFiltersTheSummaryAsTheFullList()
    {
        for (String filter : List.of("", "&strategy=REPLATFORM", "&type=EC2_INSTANCE", "&riskLevel=LOW", "&wave=1")) {
            List<String> summaries = pages("/recommendations?view=summary&limit=7" + filter);
            List<String> full = pages("/recommendations?view=full&limit=7" + filter);
            assertThat(summaries).as(filter).isNotEmpty().isEqualTo(full);
        }
        assertThat(pages("/recommendations?view=summary&limit=7&strategy=REPLATFORM")).contains(overridden);
        assertThat(pages("/recommendations?view=summary&limit=7&strategy=REHOST")).doesNotContain(overridden);
    }

    @Test
    void refusesAnUnknownViewNamingTheParameter()
    {
        Answer answer = api.get(assessment + "/recommendations?view=everything");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("field").asText()).isEqualTo("view");
    }

    private static List<String> pages(String query)
    {
        List<String> ids = new ArrayList<>();
        String path = assessment + query;
        while (path != null) {
            JsonNode page = api.get(path).json();
            page.path("items").forEach(found -> ids.add(found.path("resourceId").asText()));
            path = page.path("nextCursor").isNull() ? null : assessment + query + "&cursor=" + page.path("nextCursor").asText();
        }
        return ids;
    }

    private static String item(String resourceId)
    {
        return assessment + "/recommendations/" + ApiClient.encode(resourceId);
    }
}
