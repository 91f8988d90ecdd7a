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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Overrides made through the API reach what the server makes next, as {@code cloudmigrate override},
 * {@code model train --decisions} and {@code assess --decisions} carry them in the CLI: the estate's next
 * assessment ranks with a model that learned from them, and artifacts follow them, while the API keeps
 * the model's recommendation beside each override.
 */
class OverrideDecisionsApiTest
{
    /** Three REHOST instances of the sample a reviewer moves to REPLATFORM. */
    private static final List<String> DECIDED = List.of(
            "arn:aws:ec2:eu-west-1:111111111111:instance/i-061cb271a54f600d9",
            "arn:aws:ec2:eu-west-1:111111111111:instance/i-0a75a13a98e3711b6",
            "arn:aws:ec2:us-east-1:111111111111:instance/i-008d0eb7c387756ac");
    /** Instances like them that the rules and the prior also rehost. */
    private static final List<String> SIMILAR = List.of(
            "arn:aws:ec2:us-east-1:111111111111:instance/i-00b5389bb0a9349de",
            "arn:aws:ec2:us-east-1:111111111111:instance/i-05b2148f80e01670d");
    private static final String UNRELATED = "arn:aws:s3:::northwind-terraform-state";

    @TempDir
    static Path dataDirectory;

    private static TestServer server;
    private static ApiClient api;

    @BeforeAll
    static void startServer()
    {
        server = TestServer.start(TestDatabases.options(dataDirectory), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        api = server.api();
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void theNextAssessmentLearnsFromOverridesAndMovesSimilarResources()
    {
        String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
        String before = api.run(api.post(estate + "/assessments", "{}"));
        for (String resource : SIMILAR) {
            assertThat(recommendation(before, resource).path("strategy").asText()).as(resource).isEqualTo("REHOST");
        }
        String unrelatedBefore = recommendation(before, UNRELATED).path("strategy").asText();
        for (String resource : DECIDED) {
            Answer overridden = api.put(item(before, resource) + "/override",
                    "{\"strategy\": \"REPLATFORM\", \"target\": \"Amazon Linux 2023 on EC2\", \"justification\": \"The platform team standardises on AL2023.\"}");
            assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);
        }

        String after = api.run(api.post(estate + "/assessments", "{}"));

        for (String resource : SIMILAR) {
            JsonNode moved = recommendation(after, resource);
            assertThat(moved.path("strategy").asText()).as(resource).isEqualTo("REPLATFORM");
            assertThat(moved.path("ruleId").asText()).as(resource).isEqualTo("model");
            assertThat(moved.path("baseline").path("strategy").asText()).as(resource).isEqualTo("REHOST");
            assertThat(api.get(item(after, resource)).json().path("override").isNull()).as(resource).isTrue();
        }
        assertThat(recommendation(after, UNRELATED).path("strategy").asText()).isEqualTo(unrelatedBefore);
        for (String resource : DECIDED) {
            JsonNode decided = api.get(item(after, resource)).json();
            assertThat(decided.path("recommendation").path("ruleId").asText()).as(resource).isNotEqualTo("override");
            assertThat(decided.path("recommendation").path("override").isNull()).as(resource).isTrue();
            assertThat(decided.path("override").path("strategy").asText()).as(resource).isEqualTo("REPLATFORM");
            assertThat(decided.path("effectiveStrategy").asText()).as(resource).isEqualTo("REPLATFORM");
        }
    }

    @Test
    void artifactsFollowAnOverrideMadeAfterTheAssessment()
    {
        String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
        String assessment = api.run(api.post(estate + "/assessments", "{}"));
        String resource = SIMILAR.getFirst();
        JsonNode model = api.get(item(assessment, resource)).json();
        assertThat(model.path("recommendation").path("strategy").asText()).isEqualTo("REHOST");

        Answer overridden = api.put(item(assessment, resource) + "/override",
                "{\"strategy\": \"RETAIN\", \"justification\": \"The licence audit keeps it on premises until the third quarter.\"}");
        assertThat(overridden.status()).as(overridden.body()).isEqualTo(200);
        api.run(api.post(assessment + "/artifacts", ""));

        assertThat(runbooks(assessment)).contains("Decided by " + TestServer.USER).contains("The licence audit keeps it on premises until the third quarter.");
        assertThat(api.get(assessment + "/artifacts/file?path=report/readiness-report.html").body())
                .contains("The licence audit keeps it on premises until the third quarter.");
        JsonNode shown = api.get(item(assessment, resource)).json();
        assertThat(shown.path("recommendation").path("strategy").asText()).isEqualTo("REHOST");
        assertThat(shown.path("effectiveStrategy").asText()).isEqualTo("RETAIN");

        assertThat(api.delete(item(assessment, resource) + "/override").status()).isEqualTo(204);
        api.run(api.post(assessment + "/artifacts", ""));
        assertThat(runbooks(assessment)).doesNotContain("The licence audit keeps it on premises");
    }

    @Test
    void aPageShowsEachItemAsItIsReadAloneWithItsOverride()
    {
        String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
        String assessment = api.run(api.post(estate + "/assessments", "{}"));
        String decided = SIMILAR.getLast();
        assertThat(api.put(item(assessment, decided) + "/override", "{\"strategy\": \"REFACTOR\", \"target\": \"Amazon ECS \\\"Fargate\\\" <web>\", "
                + "\"justification\": \"Quotes \\\" and \\\\ stay escaped.\"}").status()).isEqualTo(200);

        JsonNode page = api.get(assessment + "/recommendations?limit=500").json();
        assertThat(page.path("items")).hasSizeGreaterThan(50);
        assertThat(page.path("nextCursor").isNull()).isTrue();
        for (JsonNode listed : page.path("items")) {
            assertThat(listed).isEqualTo(api.get(item(assessment, listed.path("resourceId").asText())).json());
        }
        JsonNode overridden = api.get(item(assessment, decided)).json();
        assertThat(overridden.path("override").path("target").asText()).isEqualTo("Amazon ECS \"Fargate\" <web>");
        assertThat(overridden.path("effectiveStrategy").asText()).isEqualTo("REFACTOR");
        JsonNode refactored = api.get(assessment + "/recommendations?limit=2&strategy=REFACTOR").json();
        assertThat(refactored.path("items")).extracting(found -> found.path("resourceId").asText()).contains(decided);
    }

    @Test
    void aGenerationCancelledWhileItWritesFilesLeavesTheEarlierArtifactsWhole()
    {
        String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
        String assessment = api.run(api.post(estate + "/assessments", "{}"));
        api.run(api.post(assessment + "/artifacts", ""));
        Map<String, String> first = new TreeMap<>();
        api.get(assessment + "/artifacts").json().path("files").forEach(file -> first.put(file.path("path").asText(), file.path("sha256").asText()));
        // the next generation writes different runbooks and report
        assertThat(api.put(item(assessment, SIMILAR.getFirst()) + "/override", "{\"strategy\": \"RETAIN\", \"justification\": \"Kept for the audit.\"}")
                .status()).isEqualTo(200);

        String job = api.post(assessment + "/artifacts", "").header("Location");
        awaitStep(job, 2);
        Answer cancel = api.post(job + "/cancel", "");
        assertThat(cancel.status()).as(cancel.body()).isEqualTo(202);
        JsonNode ended = api.awaitJob(job);

        assertThat(ended.path("state").asText()).isEqualTo("CANCELLED");
        assertThat(ended.path("error").path("detail").asText()).contains("during the step 'Generating");
        Map<String, String> listed = new TreeMap<>();
        api.get(assessment + "/artifacts").json().path("files").forEach(file -> listed.put(file.path("path").asText(), file.path("sha256").asText()));
        assertThat(listed).isEqualTo(first);
        for (String path : List.of("report/readiness-report.html", "MANIFEST.sha256")) {
            assertThat(sha256(api.bytes(assessment + "/artifacts/file?path=" + path).body())).as(path).isEqualTo(first.get(path));
        }
    }

    private static void awaitStep(String job, int step)
    {
        Instant deadline = Instant.now().plusSeconds(60);
        while (api.get(job).json().path("progress").path("stepNumber").asInt() < step) {
            assertThat(Instant.now()).as("job " + job + " reached step " + step).isBefore(deadline);
            Thread.onSpinWait();
        }
    }

    private static String sha256(byte[] bytes)
    {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        }
        catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    /** Every Markdown runbook of the assessment's artifacts, one after the other. */
    private static String runbooks(String assessment)
    {
        StringBuilder all = new StringBuilder();
        api.get(assessment + "/artifacts").json().path("files").forEach(file -> {
            String path = file.path("path").asText();
            if (path.startsWith("runbooks/") && path.endsWith(".md")) {
                all.append(api.get(assessment + "/artifacts/file?path=" + path).body());
            }
        });
        assertThat(all).as("the runbooks").isNotEmpty();
        return all.toString();
    }

    private static String item(String assessment, String resourceId)
    {
        return assessment + "/recommendations/" + ApiClient.encode(resourceId);
    }

    private static JsonNode recommendation(String assessment, String resourceId)
    {
        return api.get(item(assessment, resourceId)).json().path("recommendation");
    }
}
