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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Workspaces through the API: an administrator creates one, its members come and go and change
 * roles, and what each caller sees follows at once, with the tokens they already hold.
 */
class WorkspaceApiTest
{
    @TempDir
    static Path dataDirectory;

    private static TestServer server;
    private static ApiClient administrator;
    private static ApiClient bob;

    @BeforeAll
    static void startServer()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, "boss", "viewer", true);
        TestServer.addUser(options, "bob", "viewer", false);
        server = TestServer.start(options, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        administrator = server.api().anonymous().signIn("boss", TestServer.PASSWORD);
        bob = server.api().anonymous().signIn("bob", TestServer.PASSWORD);
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void followsMembershipsAndRolesAsTheyChange()
    {
        Answer created = administrator.post("/api/v1/workspaces", "{\"name\": \"Team Rocket\"}");
        assertThat(created.status()).isEqualTo(201);
        String team = created.header("Location");
        assertThat(administrator.get(team).json().path("name").asText()).isEqualTo("Team Rocket");
        String teamId = created.json().path("id").asText();

        assertThat(administrator.put(team + "/members/bob", "{\"role\": \"operator\"}").status()).isEqualTo(200);
        String estate = bob.run(bob.post("/api/v1/estates", "{\"workspaceId\": \"" + teamId + "\", \"source\": \"SAMPLE\"}"));
        assertThat(bob.get(estate).json().path("workspaceId").asText()).isEqualTo(teamId);
        assertThat(server.api().get(estate).status()).as("the fixture's user is no member of the team").isEqualTo(404);
        assertThat(server.api().get("/api/v1/estates?limit=500").json().path("items"))
                .extracting(item -> "/api/v1/estates/" + item.path("id").asText()).doesNotContain(estate);

        assertThat(administrator.put(team + "/members/bob", "{\"role\": \"viewer\"}").status()).isEqualTo(200);
        Answer asViewer = bob.post(estate + "/assessments", "{}");
        assertThat(asViewer.status()).isEqualTo(403);
        assertThat(bob.get(estate).status()).isEqualTo(200);

        JsonNode members = administrator.get(team + "/members").json().path("items");
        assertThat(members).extracting(member -> member.path("user").asText() + "=" + member.path("role").asText()).containsExactly("bob=viewer");

        assertThat(administrator.delete(team + "/members/bob").status()).isEqualTo(204);
        assertThat(bob.get(estate).status()).isEqualTo(404);
        assertThat(bob.get(team).status()).isEqualTo(404);
    }

    @Test
    void namesAnUnknownUserAndRefusesADuplicateWorkspaceName()
    {
        String team = administrator.post("/api/v1/workspaces", "{\"name\": \"Duplicates\"}").header("Location");

        Answer unknown = administrator.put(team + "/members/nobody", "{\"role\": \"viewer\"}");
        Answer duplicate = administrator.post("/api/v1/workspaces", "{\"name\": \"Duplicates\"}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("detail").asText()).isEqualTo("no user named 'nobody'");
        assertThat(duplicate.status()).isEqualTo(409);
        assertThat(duplicate.json().path("detail").asText()).contains("a workspace named 'Duplicates' exists already");
    }

    @Test
    void keepsAnUploadForTheUserWhoSentIt()
    {
        String uploadId = server.api().upload(RoleMatrixTest.smallZip(), "application/zip")
                .json().path("id").asText();
        String body = "{" + TestServer.IN_WORKSPACE + "\"source\": \"ARCHIVE\", \"uploadId\": \"" + uploadId + "\"}";

        assertThat(administrator.post("/api/v1/estates", body).status()).as("another user, even an administrator, does not find it").isEqualTo(404);
    }
}
