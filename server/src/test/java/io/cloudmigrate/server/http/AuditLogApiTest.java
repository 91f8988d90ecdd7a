package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.server.http.ApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every change made through the API is in the audit log before it is answered, with who, from
 * where, the ids it touched and, for overrides, the state before and after; the log reads newest
 * first with filters and cursors, and the API has no way to change it.
 */
class AuditLogApiTest
{
    @TempDir
    static Path dataDirectory;

    private static TestServer server;
    /** The fixture's user: an admin of the default workspace, who makes the changes. */
    private static ApiClient api;
    /** A server administrator, who alone reads the log. */
    private static ApiClient auditor;
    private static String estate;
    private static String estateId;
    private static String assessment;

    @BeforeAll
    static void startServer()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, "auditor", "viewer", true);
        server = TestServer.start(options, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        api = server.api();
        auditor = api.anonymous().signIn("auditor", TestServer.PASSWORD);
        estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\", \"name\": \"Audited\"}"));
        estateId = estate.substring(estate.lastIndexOf('/') + 1);
        assessment = api.run(api.post(estate + "/assessments", "{}"));
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void recordsTheCreationOfAnEstateAndOfItsAssessmentWithTheirJobs()
    {
        // The estate of this class is the first one made; its id comes with the job's result, after the request.
        JsonNode created = items(auditor.get("/api/v1/audit?action=createEstate").json()).getLast();
        assertThat(created.path("actor").asText()).isEqualTo(TestServer.USER);
        assertThat(created.path("targets").path("workspaceId").asText()).isEqualTo(TestServer.WORKSPACE);
        assertThat(created.path("address").asText()).isEqualTo("127.0.0.1");
        assertThat(created.path("requestId").asText()).isNotEmpty();
        assertThat(Instant.parse(created.path("recordedAt").asText())).isBefore(Instant.now());
        assertThat(api.get("/api/v1/jobs/" + created.path("targets").path("jobId").asText()).json().path("result").asText()).isEqualTo(estate);

        JsonNode assessed = only(auditor.get("/api/v1/audit?action=createAssessment").json());
        assertThat(assessed.path("targets").path("estateId").asText()).isEqualTo(estateId);
        assertThat(api.get("/api/v1/jobs/" + assessed.path("targets").path("jobId").asText()).json().path("result").asText()).isEqualTo(assessment);
    }

    @Test
    void recordsAnOverrideWithItsStateBeforeAndAfter()
    {
        JsonNode first = api.get(assessment + "/recommendations?limit=1").json().path("items").get(0);
        String resourceId = first.path("resourceId").asText();
        String override = assessment + "/recommendations/" + ApiClient.encode(resourceId) + "/override";

        assertThat(api.put(override, "{\"strategy\": \"RETIRE\", \"justification\": \"Nobody uses it.\"}").status()).isEqualTo(200);
        assertThat(api.put(override, "{\"strategy\": \"RETAIN\", \"justification\": \"Finance still needs it.\"}").status()).isEqualTo(200);
        assertThat(api.delete(override).status()).isEqualTo(204);

        List<JsonNode> entries = items(auditor.get("/api/v1/audit?targetId=" + ApiClient.encode(resourceId)).json());
        assertThat(entries).extracting(entry -> entry.path("action").asText()).containsExactly("deleteOverride", "putOverride", "putOverride");
        JsonNode removed = entries.get(0);
        JsonNode changed = entries.get(1);
        JsonNode made = entries.get(2);
        assertThat(made.path("before").isNull()).isTrue();
        assertThat(made.path("after").path("strategy").asText()).isEqualTo("RETIRE");
        assertThat(changed.path("before").path("strategy").asText()).isEqualTo("RETIRE");
        assertThat(changed.path("after").path("strategy").asText()).isEqualTo("RETAIN");
        assertThat(changed.path("after").path("justification").asText()).isEqualTo("Finance still needs it.");
        assertThat(removed.path("before").path("strategy").asText()).isEqualTo("RETAIN");
        assertThat(removed.path("after").isNull()).isTrue();
        for (JsonNode entry : entries) {
            assertThat(entry.path("targets").path("resourceId").asText()).isEqualTo(resourceId);
            assertThat(entry.path("targets").path("estateId").asText()).isEqualTo(estateId);
        }
        assertThat(Long.parseLong(removed.path("id").asText())).isGreaterThan(Long.parseLong(changed.path("id").asText()));
    }

    @Test
    void recordsUploadsAndDeletionsButNotRefusedChanges()
    {
        Answer upload = api.upload(Archives.zip("estate/ec2.json"), "application/zip");
        assertThat(upload.status()).isEqualTo(201);
        assertThat(only(auditor.get("/api/v1/audit?targetId=" + upload.json().path("id").asText()).json()).path("action").asText()).isEqualTo("createUpload");

        String doomed = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\", \"name\": \"Doomed\"}"));
        String doomedId = doomed.substring(doomed.lastIndexOf('/') + 1);
        assertThat(api.delete(doomed).status()).isEqualTo(204);
        JsonNode deleted = only(auditor.get("/api/v1/audit?action=deleteEstate").json());
        assertThat(deleted.path("targets").path("estateId").asText()).isEqualTo(doomedId);

        // Refused: the job has ended, and the estate is gone. Nothing changed, so nothing is recorded.
        String job = items(auditor.get("/api/v1/audit?action=createEstate").json()).getLast().path("targets").path("jobId").asText();
        assertThat(api.post("/api/v1/jobs/" + job + "/cancel", "{}").status()).isEqualTo(409);
        assertThat(api.delete(doomed).status()).isEqualTo(404);
        assertThat(items(auditor.get("/api/v1/audit?action=cancelJob").json())).isEmpty();
        assertThat(items(auditor.get("/api/v1/audit?action=deleteEstate").json())).hasSize(1);
    }

    @Test
    void pagesNewestFirstWithACursorAndFiltersByTime()
    {
        List<JsonNode> all = items(auditor.get("/api/v1/audit?limit=500").json());
        assertThat(all).hasSizeGreaterThanOrEqualTo(2);
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = auditor.get("/api/v1/audit?limit=1" + (cursor == null ? "" : "&cursor=" + cursor)).json();
            items(page).forEach(entry -> paged.add(entry.path("id").asText()));
            cursor = page.path("nextCursor").isTextual() ? page.path("nextCursor").asText() : null;
        }
        while (cursor != null && paged.size() < all.size() + 5);
        List<String> ids = all.stream().map(entry -> entry.path("id").asText()).toList();
        assertThat(paged).startsWith(ids.toArray(String[]::new));
        assertThat(ids).isSortedAccordingTo((left, right) -> Long.compare(Long.parseLong(right), Long.parseLong(left)));

        assertThat(items(auditor.get("/api/v1/audit?since=2999-01-01T00:00:00Z").json())).isEmpty();
        assertThat(items(auditor.get("/api/v1/audit?until=2000-01-01T00:00:00Z").json())).isEmpty();
        assertThat(items(auditor.get("/api/v1/audit?since=2000-01-01T00:00:00Z&limit=500").json())).hasSameSizeAs(all);
        assertThat(auditor.get("/api/v1/audit?since=yesterday").status()).isEqualTo(400);
        assertThat(auditor.get("/api/v1/audit?cursor=bm9wZQ").status()).isEqualTo(400);
    }

    @Test
    void isForServerAdministratorsOnly()
    {
        assertThat(api.get("/api/v1/audit").status()).as("a workspace admin").isEqualTo(403);
        assertThat(api.anonymous().get("/api/v1/audit").status()).isEqualTo(401);
        assertThat(auditor.get("/api/v1/audit").status()).isEqualTo(200);
    }

    @Test
    void offersNoWayToChangeOrRemoveAnEntry()
    {
        String id = items(auditor.get("/api/v1/audit?limit=1").json()).getFirst().path("id").asText();
        assertThat(auditor.delete("/api/v1/audit").status()).isEqualTo(405);
        assertThat(auditor.put("/api/v1/audit", "{}").status()).isEqualTo(405);
        assertThat(auditor.delete("/api/v1/audit/" + id).status()).isEqualTo(404);
        assertThat(auditor.put("/api/v1/audit/" + id, "{}").status()).isEqualTo(404);
    }

    private static JsonNode only(JsonNode page)
    {
        List<JsonNode> items = items(page);
        assertThat(items).hasSize(1);
        return items.getFirst();
    }

    private static List<JsonNode> items(JsonNode page)
    {
        return StreamSupport.stream(page.path("items").spliterator(), false).toList();
    }
}
