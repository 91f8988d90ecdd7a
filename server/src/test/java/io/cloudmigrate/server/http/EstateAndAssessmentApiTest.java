package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.server.http.ApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Estates, assessments, recommendations and overrides through real HTTP against a started server
 * with its embedded PostgreSQL (one for the class).
 */
class EstateAndAssessmentApiTest
{
    @TempDir
    static Path dataDirectory;

    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static TestServer server;
    private static ApiClient api;
    private static String estate;
    private static String assessment;

    @BeforeAll
    static void startServerWithTheSampleAssessed()
    {
        server = TestServer.start(TestDatabases.options(dataDirectory), new PrintStream(LOG, true, StandardCharsets.UTF_8));
        api = server.api();
        estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
        assessment = api.run(api.post(estate + "/assessments", "{}"));
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void importsTheBundledSampleAsAnEstate()
    {
        JsonNode read = api.get(estate).json();
        assertThat(read.path("name").asText()).isEqualTo("Northwind Traders");
        assertThat(read.path("source").asText()).isEqualTo("SAMPLE");
        assertThat(read.path("resourceCount").asInt()).isEqualTo(120);
        assertThat(read.path("trafficRecords").asLong()).isPositive();
        assertThat(read.path("accounts")).extracting(JsonNode::asText).containsExactly("111111111111", "222222222222");

        JsonNode list = api.get("/api/v1/estates").json();
        assertThat(list.path("items")).extracting(item -> "/api/v1/estates/" + item.path("id").asText()).contains(estate);
    }

    @Test
    void summarisesTheAssessmentAsTheCliCountsIt()
    {
        JsonNode summary = api.get(assessment).json();
        assertThat(summary.path("resourceCount").asInt()).isEqualTo(120);
        int recommendations = summary.path("recommendationCount").asInt();
        assertThat(recommendations).isPositive();
        int byStrategy = 0;
        for (JsonNode count : summary.path("strategies")) {
            byStrategy += count.asInt();
        }
        assertThat(byStrategy).isEqualTo(recommendations);
        assertThat(summary.path("waves")).isNotEmpty();
    }

    @Test
    void pagesEveryRecommendationOnceInResourceOrder()
    {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            JsonNode page = api.get(assessment + "/recommendations?limit=7" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            page.path("items").forEach(item -> seen.add(item.path("resourceId").asText()));
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
            pages++;
        }
        while (cursor != null && pages < 100);

        int total = api.get(assessment).json().path("recommendationCount").asInt();
        assertThat(seen).hasSize(total).doesNotHaveDuplicates().isSorted();
        assertThat(pages).isEqualTo((total + 6) / 7);
    }

    @Test
    void filtersRecommendationsByStrategyTypeWaveRiskAccountAndRegion()
    {
        JsonNode summary = api.get(assessment).json();
        JsonNode retained = api.get(assessment + "/recommendations?limit=500&strategy=RETAIN").json().path("items");
        assertThat(retained).hasSize(summary.path("strategies").path("RETAIN").asInt());

        JsonNode filtered = api.get(assessment + "/recommendations?limit=500&type=EC2_INSTANCE&wave=1&account=111111111111&region=us-east-1").json().path("items");
        assertThat(filtered).isNotEmpty().allSatisfy(item -> {
            assertThat(item.path("type").asText()).isEqualTo("EC2_INSTANCE");
            assertThat(item.path("wave").asInt()).isEqualTo(1);
            assertThat(item.path("accountId").asText()).isEqualTo("111111111111");
            assertThat(item.path("region").asText()).isEqualTo("us-east-1");
        });

        JsonNode high = api.get(assessment + "/recommendations?limit=500&riskLevel=HIGH").json().path("items");
        assertThat(high).hasSize(summary.path("riskLevels").path("HIGH").asInt())
                .allSatisfy(item -> assertThat(item.path("risk").path("level").asText()).isEqualTo("HIGH"));
    }

    @Test
    void keepsAnOverrideBesideTheModelsRecommendationAndAcrossReassessment()
    {
        JsonNode first = api.get(assessment + "/recommendations?limit=1&strategy=REHOST").json().path("items").get(0);
        String resource = assessment + "/recommendations/" + ApiClient.encode(first.path("resourceId").asText());

        Answer overridden = api.put(resource + "/override",
                "{\"strategy\": \"REFACTOR\", \"target\": \"Amazon ECS on AWS Fargate\", \"justification\": \"The team containerises it this quarter.\"}");
        assertThat(overridden.status()).isEqualTo(200);
        JsonNode item = overridden.json();
        assertThat(item.path("recommendation").path("strategy").asText()).isEqualTo("REHOST");
        assertThat(item.path("override").path("strategy").asText()).isEqualTo("REFACTOR");
        assertThat(item.path("override").path("justification").asText()).isEqualTo("The team containerises it this quarter.");
        assertThat(item.path("override").path("author").asText()).isEqualTo(TestServer.USER);
        assertThat(item.path("override").path("recordedAt").asText()).isNotEmpty();
        assertThat(item.path("effectiveStrategy").asText()).isEqualTo("REFACTOR");
        assertThat(api.get(assessment + "/recommendations?limit=500&strategy=REFACTOR").json().path("items"))
                .extracting(found -> found.path("resourceId").asText()).contains(first.path("resourceId").asText());

        String again = api.run(api.post(estate + "/assessments", "{}"));
        JsonNode reassessed = api.get(again + "/recommendations/" + ApiClient.encode(first.path("resourceId").asText())).json();
        // the model learned from the override (OverrideDecisionsApiTest), and still answers for itself beside it
        assertThat(reassessed.path("recommendation").path("ruleId").asText()).isNotEqualTo("override");
        assertThat(reassessed.path("recommendation").path("override").isNull()).isTrue();
        assertThat(reassessed.path("recommendation").path("baseline").path("strategy").asText()).isEqualTo("REHOST");
        assertThat(reassessed.path("override").path("strategy").asText()).isEqualTo("REFACTOR");
        assertThat(api.get(again).json().path("overrideCount").asInt()).isEqualTo(1);

        assertThat(api.delete(resource + "/override").status()).isEqualTo(204);
        assertThat(api.get(resource).json().path("override").isNull()).isTrue();
    }

    @Test
    void refusesAnOverrideWithoutJustificationNamingTheField()
    {
        JsonNode first = api.get(assessment + "/recommendations?limit=1").json().path("items").get(0);
        String override = assessment + "/recommendations/" + ApiClient.encode(first.path("resourceId").asText()) + "/override";

        Answer missing = api.put(override, "{\"strategy\": \"RETIRE\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(missing.json().path("detail").asText()).contains("justification");

        Answer blank = api.put(override, "{\"strategy\": \"RETIRE\", \"justification\": \"   \"}");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("field").asText()).isEqualTo("body/justification");
    }

    @Test
    void namesTheInvalidQueryParameter()
    {
        Answer answer = api.get(assessment + "/recommendations?limit=0");
        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.json().path("field").asText()).isEqualTo("limit");
        assertThat(answer.json().path("status").asInt()).isEqualTo(400);
        assertThat(answer.body()).doesNotContain("Exception").doesNotContain("\tat ");

        assertThat(api.get(assessment + "/recommendations?strategy=MOVE").json().path("field").asText()).isEqualTo("strategy");
        assertThat(api.get("/api/v1/estates/not-an-id").json().path("field").asText()).isEqualTo("estateId");

        Answer impossibleDate = api.post(estate + "/assessments", "{\"asOf\": \"2026-02-30\"}");
        assertThat(impossibleDate.status()).isEqualTo(400);
        assertThat(impossibleDate.json().path("detail").asText()).contains("asOf");
    }

    @Test
    void refusesAPathWithDotSegmentsRatherThanRoutingItElsewhere()
    {
        for (String path : List.of("/api/v1/estates/./assessments", "/api/v1/estates/%2e/assessments", "/api/v1/estates/../estates")) {
            Answer answer = api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(server.server().url() + path))
                    .header("Content-Type", "application/json").POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}")));
            assertThat(answer.status()).as(path).isEqualTo(400);
            assertThat(answer.json().path("detail").asText()).as(path).contains("'.' or '..' segment");
        }
    }

    @Test
    void answersUnknownIdsWithNotFound()
    {
        for (String path : List.of("/api/v1/estates/00000000-0000-0000-0000-000000000000", "/api/v1/assessments/00000000-0000-0000-0000-000000000000",
                "/api/v1/jobs/00000000-0000-0000-0000-000000000000", assessment + "/recommendations/no-such-resource", "/api/v1/no-such-path")) {
            Answer answer = api.get(path);
            assertThat(answer.status()).as(path).isEqualTo(404);
            assertThat(answer.header("Content-Type")).as(path).isEqualTo("application/problem+json");
            assertThat(answer.json().path("type").asText()).as(path).startsWith("urn:cloudmigrate:problem:");
        }
    }

    @Test
    void streamsJobProgressAsServerSentEvents()
    {
        Answer accepted = api.post(estate + "/assessments", "{\"maxWaveSize\": 10}");
        assertThat(accepted.status()).isEqualTo(202);
        Answer stream = api.get(accepted.header("Location") + "/events");

        assertThat(stream.header("Content-Type")).isEqualTo("text/event-stream");
        List<String> data = stream.body().lines().filter(line -> line.startsWith("data: ")).toList();
        assertThat(data).isNotEmpty();
        JsonNode last = parse(data.getLast().substring("data: ".length()));
        assertThat(last.path("state").asText()).isEqualTo("SUCCEEDED");
        assertThat(last.path("result").asText()).startsWith("/api/v1/assessments/");
        assertThat(last.path("progress").path("stepNumber").asInt()).isEqualTo(last.path("progress").path("stepCount").asInt());
    }

    @Test
    void cancelsARunningJobAtItsNextStep()
    {
        String job = api.post(estate + "/assessments", "{}").header("Location");
        Answer cancel = api.post(job + "/cancel", "");
        assertThat(cancel.status()).isEqualTo(202);

        JsonNode ended = api.awaitJob(job);
        assertThat(ended.path("state").asText()).isEqualTo("CANCELLED");
        assertThat(ended.path("error").path("detail").asText()).startsWith("cancelled by request");
        assertThat(ended.path("result").isNull()).isTrue();
    }

    @Test
    void refusesASecondJobOnAnEstateWhileOneRunsNamingIt()
    {
        Answer first = api.post(estate + "/assessments", "{}");
        Answer second = api.post(estate + "/assessments", "{}");
        Answer delete = api.delete(estate);
        String firstId = first.json().path("id").asText();
        api.awaitJob(first.header("Location"));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.json().path("detail").asText()).contains("already has a job in progress: assess job " + firstId);
        assertThat(delete.status()).isEqualTo(409);
        assertThat(api.get(estate).status()).isEqualTo(200);
    }

    @Test
    void servesSwaggerUiForTheContract()
    {
        Answer page = api.get("/api/docs/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(api.get("/api/docs/swagger-initializer.js").body()).contains("\"/api/v1/openapi.yaml\"");
        assertThat(api.get("/api/docs/swagger-ui-bundle.js").status()).isEqualTo(200);
    }

    @Test
    void refusesToCancelAJobThatHasEnded()
    {
        Answer accepted = api.post(estate + "/assessments", "{}");
        api.awaitJob(accepted.header("Location"));
        Answer cancel = api.post(accepted.header("Location") + "/cancel", "");
        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.json().path("detail").asText()).contains("has already ended (succeeded)");
    }

    @Test
    void echoesTheRequestIdAndLogsOneJsonLinePerRequest()
    {
        Answer answer = api.send(java.net.http.HttpRequest.newBuilder(api.uri("/health")).header("X-Request-Id", "trace-42").GET());
        assertThat(answer.header("X-Request-Id")).isEqualTo("trace-42");
        assertThat(api.get("/health").header("X-Request-Id")).matches("[0-9a-f-]{36}");

        String line = LOG.toString(StandardCharsets.UTF_8).lines().filter(text -> text.contains("\"requestId\":\"trace-42\"")).findFirst().orElseThrow();
        JsonNode logged = parse(line);
        assertThat(logged.path("method").asText()).isEqualTo("GET");
        assertThat(logged.path("route").asText()).isEqualTo("/health");
        assertThat(logged.path("status").asInt()).isEqualTo(200);
        assertThat(logged.has("durationMs")).isTrue();
    }

    @Test
    void servesHealthReadinessMetricsAndTheContract()
    {
        assertThat(api.get("/health").json().path("status").asText()).isEqualTo("UP");
        assertThat(api.get("/ready").json().path("schemaVersion").asText()).isEqualTo(latestMigration());
        String metrics = api.get("/metrics").body();
        assertThat(metrics).contains("cloudmigrate_jobs_seconds_count{kind=\"ASSESS\",state=\"SUCCEEDED\"}")
                .contains("route=\"/api/v1/estates\"")
                .contains("jvm_memory_used_bytes");
        Answer contract = api.get("/api/v1/openapi.yaml");
        assertThat(contract.header("Content-Type")).isEqualTo("application/yaml");
        assertThat(contract.body()).startsWith("openapi: 3.1.0");
    }

    @Test
    void deletesAnEstateWithItsAssessments()
    {
        String other = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\", \"name\": \"To delete\"}"));
        String otherAssessment = api.run(api.post(other + "/assessments", "{}"));
        assertThat(api.get(other).json().path("name").asText()).isEqualTo("To delete");

        assertThat(api.delete(other).status()).isEqualTo(204);
        assertThat(api.get(other).status()).isEqualTo(404);
        assertThat(api.get(otherAssessment).status()).isEqualTo(404);
        assertThat(api.get(estate).status()).isEqualTo(200);
    }

    private static JsonNode parse(String json)
    {
        try {
            return io.cloudmigrate.discovery.JsonDocuments.mapper().readTree(json);
        }
        catch (java.io.IOException e) {
            throw new AssertionError(json, e);
        }
    }

    /** The version of the newest migration on the class path: each branch adds its own. */
    private static String latestMigration()
    {
        try (Stream<Path> files = Files.list(Path.of(
                EstateAndAssessmentApiTest.class.getResource("/io/cloudmigrate/server/http/migrations").toURI()))) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.matches("V[0-9]+__.*\\.sql"))
                    .map(name -> Integer.parseInt(name.substring(1, name.indexOf("__"))))
                    .max(Integer::compare)
                    .map(String::valueOf)
                    .orElseThrow();
        }
        catch (IOException | URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
