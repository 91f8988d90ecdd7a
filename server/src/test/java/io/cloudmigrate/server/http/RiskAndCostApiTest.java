package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Risks and costs, and the tag filter, through real HTTP against a started server with the sample
 * assessed. The sample tags 54 recommended resources Environment=production.
 */
class RiskAndCostApiTest
{
    @TempDir
    static Path dataDirectory;

    private static TestServer server;
    private static ApiClient api;
    private static String assessment;

    @BeforeAll
    static void startServerWithTheSampleAssessed()
    {
        server = TestServer.start(TestDatabases.options(dataDirectory), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        api = server.api();
        String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
        assessment = api.run(api.post(estate + "/assessments", "{}"));
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void filtersRecommendationsByEveryTagGiven()
    {
        JsonNode production = items("/recommendations?limit=500&tag=Environment%3Dproduction");
        assertThat(production).hasSize(54);
        JsonNode both = items("/recommendations?limit=500&tag=Environment%3Dproduction&tag=Owner%3Dstorefront-team");
        assertThat(both).isNotEmpty().hasSizeLessThan(production.size());
        Set<String> productionIds = ids(production);
        assertThat(ids(both)).isSubsetOf(productionIds);
        assertThat(items("/recommendations?limit=500&tag=Environment%3Dnowhere")).isEmpty();
        assertThat(api.get(assessment + "/recommendations?tag=no-equals-sign").status()).isEqualTo(400);
    }

    @Test
    void listsTheRiskOfEveryScoredResourceWithItsFactors()
    {
        JsonNode summary = api.get(assessment).json();
        int scored = 0;
        for (JsonNode count : summary.path("riskLevels")) {
            scored += count.asInt();
        }
        List<JsonNode> risks = all("/risks?limit=10");
        assertThat(risks).hasSize(scored);
        assertThat(risks).allSatisfy(risk -> {
            int sum = 0;
            for (JsonNode factor : risk.path("factors")) {
                sum += factor.path("contribution").asInt();
            }
            assertThat(risk.path("score").asInt()).isBetween(0, 100);
            assertThat(sum).isGreaterThanOrEqualTo(risk.path("score").asInt());
        });
        JsonNode high = items("/risks?limit=500&riskLevel=HIGH");
        assertThat(high).hasSize(summary.path("riskLevels").path("HIGH").asInt()).allSatisfy(risk -> assertThat(risk.path("level").asText()).isEqualTo("HIGH"));
        JsonNode taggedWaveOne = items("/risks?limit=500&wave=1&tag=Environment%3Dproduction");
        assertThat(taggedWaveOne).isNotEmpty().allSatisfy(risk -> assertThat(risk.path("wave").asInt()).isEqualTo(1));
        assertThat(ids(taggedWaveOne)).isSubsetOf(ids(items("/recommendations?limit=500&tag=Environment%3Dproduction")));
    }

    @Test
    void pagesCostsLikeRecommendationsAndNamesWhatIsNotPriced()
    {
        List<JsonNode> costs = all("/costs?limit=7");
        List<String> ids = costs.stream().map(cost -> cost.path("resourceId").asText()).toList();
        assertThat(ids).hasSize(api.get(assessment).json().path("recommendationCount").asInt()).isSorted().doesNotHaveDuplicates();
        assertThat(costs).allSatisfy(cost -> {
            switch (cost.path("status").asText()) {
                case "PRICED" -> {
                    assertThat(cost.path("unpriced")).isEmpty();
                    assertThat(cost.path("targetMonthlyUsd").isNumber()).isTrue();
                }
                case "PARTIAL" -> assertThat(cost.path("unpriced")).isNotEmpty();
                case "UNKNOWN" -> {
                    assertThat(cost.path("unpriced")).isNotEmpty();
                    assertThat(cost.path("targetMonthlyUsd").isNull()).isTrue();
                }
                default -> throw new AssertionError("unexpected status " + cost);
            }
        });
        assertThat(costs).anySatisfy(cost -> assertThat(cost.path("status").asText()).isEqualTo("PARTIAL"));
        assertThat(items("/costs?limit=500&strategy=RETAIN")).allSatisfy(cost -> assertThat(cost.path("effectiveStrategy").asText()).isEqualTo("RETAIN"));
    }

    @Test
    void reportsTheCostOfAnUnpricedOverrideAsUnknownNeverZero()
    {
        JsonNode item = null;
        String unpricedStrategy = null;
        for (JsonNode candidate : items("/recommendations?limit=500")) {
            Set<String> priced = new TreeSet<>();
            candidate.path("cost").path("byStrategy").forEach(strategy -> priced.add(strategy.path("strategy").asText()));
            for (String strategy : List.of("RETIRE", "RETAIN", "RELOCATE", "REHOST", "REPLATFORM", "REPURCHASE", "REFACTOR")) {
                if (!priced.contains(strategy)) {
                    item = candidate;
                    unpricedStrategy = strategy;
                    break;
                }
            }
            if (item != null) {
                break;
            }
        }
        assertThat(item).as("a resource with a strategy that has no price").isNotNull();
        String resourceId = item.path("resourceId").asText();
        api.put(assessment + "/recommendations/" + ApiClient.encode(resourceId) + "/override",
                "{\"strategy\": \"" + unpricedStrategy + "\", \"justification\": \"The owners asked for it.\"}");

        JsonNode cost = null;
        for (JsonNode candidate : items("/costs?limit=500&strategy=" + unpricedStrategy)) {
            if (candidate.path("resourceId").asText().equals(resourceId)) {
                cost = candidate;
            }
        }
        assertThat(cost).isNotNull();
        assertThat(cost.path("status").asText()).isEqualTo("UNKNOWN");
        assertThat(cost.path("targetMonthlyUsd").isNull()).isTrue();
        assertThat(cost.path("oneOffUsd").isNull()).isTrue();
        assertThat(cost.path("unpriced").toString()).contains("the target of " + unpricedStrategy);
        assertThat(cost.path("currentMonthlyUsd").isNumber()).isTrue();
    }

    @Test
    void answersNotFoundForAnUnknownAssessment()
    {
        assertThat(api.get("/api/v1/assessments/" + UUID.randomUUID() + "/risks").status()).isEqualTo(404);
        assertThat(api.get("/api/v1/assessments/" + UUID.randomUUID() + "/costs").status()).isEqualTo(404);
    }

    private static JsonNode items(String path)
    {
        ApiClient.Answer answer = api.get(assessment + path);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().path("items");
    }

    private static List<JsonNode> all(String firstPage)
    {
        List<JsonNode> items = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.get(assessment + firstPage + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.path("items").forEach(items::add);
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
            pages++;
        }
        while (cursor != null && pages < 100);
        return items;
    }

    private static Set<String> ids(JsonNode items)
    {
        Set<String> ids = new TreeSet<>();
        items.forEach(item -> ids.add(item.path("resourceId").asText()));
        return ids;
    }
}
