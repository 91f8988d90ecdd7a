package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.server.http.ApiClient.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Waves and their approvals through real HTTP against a started server: each test has its own
 * estate (the sample), because approvals belong to the estate.
 */
class WaveApiTest
{
    private static final String APPROVE = "{\"decision\": \"APPROVED\", \"comment\": \"Reviewed with the app owners.\"}";

    @TempDir
    Path dataDirectory;

    private TestServer server;
    private ApiClient viewer;
    private ApiClient api;
    private String estate;
    private String assessment;

    @BeforeEach
    void startServerWithTheSampleAssessed()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, "reader", "viewer", false);
        TestServer.addUser(options, "auditor", "viewer", true);
        server = TestServer.start(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        api = server.api();
        viewer = new ApiClient(server.server().url()).signIn("reader", TestServer.PASSWORD);
        estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
        assessment = api.run(api.post(estate + "/assessments", "{}"));
    }

    @AfterEach
    void stopServer()
    {
        server.close();
    }

    @Test
    void listsTheWavesOfTheSummaryWithStrategiesRiskCostAndPendingApproval()
    {
        JsonNode summary = api.get(assessment).json();
        JsonNode waves = api.get(assessment + "/waves").json().path("items");
        assertThat(waves).hasSameSizeAs(summary.path("waves"));
        for (int index = 0; index < waves.size(); index++) {
            JsonNode wave = waves.get(index);
            assertThat(wave.path("number").asInt()).isEqualTo(summary.path("waves").get(index).path("number").asInt());
            assertThat(wave.path("resourceCount").asInt()).isEqualTo(summary.path("waves").get(index).path("resourceCount").asInt())
                    .isEqualTo(wave.path("resourceIds").size());
            int byStrategy = 0;
            for (JsonNode count : wave.path("strategies")) {
                byStrategy += count.asInt();
            }
            assertThat(byStrategy).isEqualTo(wave.path("resourceCount").asInt());
            assertThat(wave.path("contentHash").asText()).matches("[0-9a-f]{64}");
            assertThat(wave.path("approval").path("state").asText()).isEqualTo("PENDING");
            JsonNode cost = wave.path("cost");
            assertThat(cost.path("pricedResources").asInt() + cost.path("partlyPricedResources").asInt() + cost.path("unpricedResources").asInt())
                    .isEqualTo(wave.path("resourceCount").asInt());
            assertThat(cost.path("complete").asBoolean()).isEqualTo(cost.path("partlyPricedResources").asInt() + cost.path("unpricedResources").asInt() == 0);
        }
        JsonNode first = waves.get(0);
        int recommendedInWaveOne = api.get(assessment + "/recommendations?limit=500&wave=1").json().path("items").size();
        assertThat(first.path("resourceCount").asInt()).isEqualTo(recommendedInWaveOne);
    }

    @Test
    void recordsWhoApprovedWhenAndWhy()
    {
        Answer approved = api.post(assessment + "/waves/1/approval", APPROVE);
        assertThat(approved.status()).isEqualTo(200);
        JsonNode approval = approved.json().path("approval");
        assertThat(approval.path("state").asText()).isEqualTo("APPROVED");
        assertThat(approval.path("comment").asText()).isEqualTo("Reviewed with the app owners.");
        assertThat(approval.path("author").asText()).isEqualTo(TestServer.USER);
        assertThat(approval.path("decidedAt").asText()).isNotEmpty();
        assertThat(approval.path("assessmentId").asText()).isEqualTo(assessment.substring(assessment.lastIndexOf('/') + 1));
        assertThat(api.get(assessment + "/waves").json().path("items").get(0).path("approval").path("state").asText()).isEqualTo("APPROVED");
        assertThat(api.get(assessment + "/waves").json().path("items").get(1).path("approval").path("state").asText()).isEqualTo("PENDING");

        Answer rejected = api.post(assessment + "/waves/2/approval", "{\"decision\": \"REJECTED\", \"comment\": \"The ERP cut-over is not planned yet.\"}");
        assertThat(rejected.json().path("approval").path("state").asText()).isEqualTo("REJECTED");
    }

    @Test
    void recordsEachDecisionInTheAuditLog()
    {
        api.post(assessment + "/waves/1/approval", APPROVE);
        ApiClient auditor = new ApiClient(server.server().url()).signIn("auditor", TestServer.PASSWORD);
        JsonNode entries = auditor.get("/api/v1/audit?action=decideWave").json().path("items");
        assertThat(entries).hasSize(1);
        JsonNode entry = entries.get(0);
        assertThat(entry.path("actor").asText()).isEqualTo(TestServer.USER);
        assertThat(entry.path("targets").path("assessmentId").asText()).isEqualTo(assessment.substring(assessment.lastIndexOf('/') + 1));
        assertThat(entry.path("targets").path("waveNumber").asText()).isEqualTo("1");
        assertThat(entry.path("targets").path("estateId").asText()).isEqualTo(estate.substring(estate.lastIndexOf('/') + 1));
        assertThat(entry.path("after").toString()).contains("\"state\":\"APPROVED\"").contains("Reviewed with the app owners.");
    }

    @Test
    void letsAViewerReadTheWavesButNotDecide()
    {
        assertThat(viewer.get(assessment + "/waves").status()).isEqualTo(200);
        ApiClient.Answer refused = viewer.post(assessment + "/waves/1/approval", APPROVE);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(api.get(assessment + "/waves").json().path("items").get(0).path("approval").path("state").asText()).isEqualTo("PENDING");
        assertThat(new ApiClient(server.server().url()).get(assessment + "/waves").status()).isEqualTo(401);
    }

    @Test
    void refusesADecisionWithoutACommentOrForAnUnknownWave()
    {
        assertThat(api.post(assessment + "/waves/1/approval", "{\"decision\": \"APPROVED\"}").status()).isEqualTo(400);
        Answer blank = api.post(assessment + "/waves/1/approval", "{\"decision\": \"APPROVED\", \"comment\": \"   \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("field").asText()).contains("comment");
        assertThat(api.post(assessment + "/waves/99/approval", APPROVE).status()).isEqualTo(404);
        assertThat(api.post("/api/v1/assessments/" + UUID.randomUUID() + "/waves/1/approval", APPROVE).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/assessments/" + UUID.randomUUID() + "/waves").status()).isEqualTo(404);
    }

    @Test
    void keepsAnApprovalWhenAReassessmentLeavesTheWaveAsItWas()
    {
        api.post(assessment + "/waves/1/approval", APPROVE);
        String again = api.run(api.post(estate + "/assessments", "{}"));
        JsonNode wave = api.get(again + "/waves").json().path("items").get(0);
        assertThat(wave.path("approval").path("state").asText()).isEqualTo("APPROVED");
        assertThat(wave.path("approval").path("assessmentId").asText()).isEqualTo(assessment.substring(assessment.lastIndexOf('/') + 1));
    }

    @Test
    void invalidatesAnApprovalWhenAReassessmentChangesTheWave()
    {
        api.post(assessment + "/waves/1/approval", APPROVE);
        String smaller = api.run(api.post(estate + "/assessments", "{\"maxWaveSize\": 5}"));
        JsonNode wave = api.get(smaller + "/waves").json().path("items").get(0);
        JsonNode approval = wave.path("approval");
        assertThat(approval.path("state").asText()).isEqualTo("INVALIDATED");
        assertThat(approval.path("decision").asText()).isEqualTo("APPROVED");
        assertThat(approval.path("invalidatedAt").asText()).isNotEmpty();
        assertThat(approval.path("invalidatedReason").asText()).contains("changed the resources or strategies of wave 1").contains(smaller.substring(smaller.lastIndexOf('/') + 1));

        // Recorded, not recomputed: the first assessment's wave shows the invalidation too.
        JsonNode old = api.get(assessment + "/waves").json().path("items").get(0).path("approval");
        assertThat(old.path("state").asText()).isEqualTo("INVALIDATED");

        // A new decision on the newest assessment stands again.
        assertThat(api.post(smaller + "/waves/1/approval", APPROVE).json().path("approval").path("state").asText()).isEqualTo("APPROVED");
    }

    @Test
    void invalidatesAnApprovalWhenAnOverrideChangesAStrategyInTheWave()
    {
        JsonNode wave = api.get(assessment + "/waves").json().path("items").get(0);
        api.post(assessment + "/waves/1/approval", APPROVE);
        String resourceId = wave.path("resourceIds").get(0).asText();
        JsonNode item = api.get(assessment + "/recommendations/" + ApiClient.encode(resourceId)).json();
        String other = item.path("effectiveStrategy").asText().equals("RETAIN") ? "REHOST" : "RETAIN";
        api.put(assessment + "/recommendations/" + ApiClient.encode(resourceId) + "/override",
                "{\"strategy\": \"" + other + "\", \"justification\": \"Decided after the approval.\"}");

        JsonNode changed = api.get(assessment + "/waves").json().path("items").get(0);
        assertThat(changed.path("contentHash").asText()).isNotEqualTo(wave.path("contentHash").asText());
        assertThat(changed.path("approval").path("state").asText()).isEqualTo("INVALIDATED");
        assertThat(changed.path("approval").path("invalidatedReason").asText()).contains("differ");
    }

    @Test
    void refusesADecisionOnAnAssessmentThatIsNotTheNewest()
    {
        String newer = api.run(api.post(estate + "/assessments", "{}"));
        Answer refused = api.post(assessment + "/waves/1/approval", APPROVE);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(refused.json().path("detail").asText()).contains(newer.substring(newer.lastIndexOf('/') + 1));
    }
}
