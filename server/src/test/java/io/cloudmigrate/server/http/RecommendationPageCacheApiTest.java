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
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Recommendation pages answered again from the server's page cache, through real HTTP: the same bytes
 * as when they were read from the database, a reviewer's change on the very next read, and never to a
 * caller who no longer sees the assessment.
 */
class RecommendationPageCacheApiTest
{
    private static final List<String> VIEWS = List.of("full", "summary");

    @TempDir
    static Path dataDirectory;

    private static ServerOptions options;
    private static TestServer server;
    private static ApiClient api;
    private static String assessment;

    @BeforeAll
    static void startServerWithTheSampleAssessed()
    {
        options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, "viewer", "viewer", false);
        TestServer.addUser(options, "boss", "viewer", true);
        server = TestServer.start(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
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
    void answersAPageReadAgainWithTheBytesItWasFirstAnsweredWith()
    {
        for (String view : VIEWS) {
            String page = assessment + "/recommendations?view=" + view + "&limit=5&strategy=REHOST";
            Answer first = api.get(page);
            Answer again = api.get(page);

            assertThat(first.status()).as(view).isEqualTo(200);
            assertThat(again.status()).as(view).isEqualTo(200);
            assertThat(again.body()).as(view).isEqualTo(first.body());
            assertThat(again.header("Content-Type")).as(view).isEqualTo("application/json");
        }
    }

    @Test
    void showsAnOverrideOnTheVeryNextPageReadAndItsRemovalOnTheOneAfter()
    {
        for (String view : VIEWS) {
            String page = assessment + "/recommendations?view=" + view + "&limit=10";
            JsonNode before = api.get(page).json();
            assertThat(api.get(page).json()).isEqualTo(before);
            JsonNode last = before.path("items").get(9);
            String resourceId = last.path("resourceId").asText();
            String strategy = last.path("effectiveStrategy").asText().equals("RETIRE") ? "RETAIN" : "RETIRE";

            Answer put = api.put(item(resourceId) + "/override", "{\"strategy\": \"" + strategy + "\", \"justification\": \"Decided in review (" + view + ").\"}");
            assertThat(put.status()).as(put.body()).isEqualTo(200);
            JsonNode overridden = api.get(page).json().path("items").get(9);

            assertThat(overridden.path("effectiveStrategy").asText()).as(view).isEqualTo(strategy);
            assertThat(overridden.path("override").path("justification").asText()).as(view).isEqualTo("Decided in review (" + view + ").");

            assertThat(api.delete(item(resourceId) + "/override").status()).isEqualTo(204);
            assertThat(api.get(page).json()).as(view).isEqualTo(before);
        }
    }

    @Test
    void refusesACachedPageToAMemberWhoseMembershipEnded()
    {
        // A member of another workspace still passes the role check of the route: only the store's scope stands between them and the page.
        ApiClient administrator = api.anonymous().signIn("boss", TestServer.PASSWORD);
        String elsewhere = administrator.post("/api/v1/workspaces", "{\"name\": \"Elsewhere\"}").header("Location");
        assertThat(administrator.put(elsewhere + "/members/viewer", "{\"role\": \"viewer\"}").status()).isEqualTo(200);
        ApiClient viewer = api.anonymous().signIn("viewer", TestServer.PASSWORD);
        for (String view : VIEWS) {
            String page = assessment + "/recommendations?view=" + view + "&limit=3&strategy=REPLATFORM";
            assertThat(viewer.get(page).status()).as(view).isEqualTo(200);
            assertThat(viewer.get(page).status()).as(view).isEqualTo(200);
        }

        assertThat(api.delete("/api/v1/workspaces/" + TestServer.WORKSPACE + "/members/viewer").status()).isEqualTo(204);

        for (String view : VIEWS) {
            String page = assessment + "/recommendations?view=" + view + "&limit=3&strategy=REPLATFORM";
            assertThat(viewer.get(page).status()).as(view).isEqualTo(404);
            assertThat(api.get(page).status()).as(view).isEqualTo(200);
        }
    }

    private static String item(String resourceId)
    {
        return assessment + "/recommendations/" + ApiClient.encode(resourceId);
    }
}
