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
 * Users managed from a browser by a server administrator, as {@code cloudmigrate user} manages them:
 * added, listed, disabled and enabled, passwords reset, each change in the audit log, and never a
 * password or its hash in an answer or an entry.
 */
class UserAdministrationApiTest
{
    private static final String USERS = "/api/v1/users";
    private static final String ADMINISTRATOR = "boss";

    @TempDir
    static Path dataDirectory;

    private static TestServer server;
    private static ApiClient administrator;

    @BeforeAll
    static void startServer()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, ADMINISTRATOR, "viewer", true);
        server = TestServer.start(options, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        administrator = server.api().anonymous().signIn(ADMINISTRATOR, TestServer.PASSWORD);
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void addsListsAndShowsAUserWithoutEverShowingThePasswordOrItsHash()
    {
        Answer created = administrator.post(USERS, "{\"name\": \"nina\", \"password\": \"nina's long password\", \"role\": \"operator\"}");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(USERS + "/nina");
        assertThat(created.json().path("role").asText()).isEqualTo("operator");
        assertThat(created.json().path("administrator").asBoolean()).isFalse();
        assertThat(created.json().path("disabled").asBoolean()).isFalse();
        Answer listed = administrator.get(USERS);
        assertThat(listed.json().path("items")).extracting(user -> user.path("name").asText()).contains("nina", ADMINISTRATOR, TestServer.USER).isSorted();
        assertThat(administrator.get(USERS + "/nina").json()).isEqualTo(created.json());
        for (Answer answer : new Answer[] {created, listed, administrator.get(USERS + "/nina")}) {
            assertThat(answer.body()).doesNotContain("nina's long password").doesNotContainIgnoringCase("argon2").doesNotContain("password");
        }
        // Made by the same code as the CLI's: the user signs in with what the administrator set.
        assertThat(server.api().anonymous().signIn("nina", "nina's long password").get("/api/v1/workspaces").status()).isEqualTo(200);

        JsonNode entry = auditOf("createUser", "nina");
        assertThat(entry.path("actor").asText()).isEqualTo(ADMINISTRATOR);
        assertThat(entry.path("after").path("role").asText()).isEqualTo("operator");
        assertThat(entry.toString()).doesNotContain("nina's long password").doesNotContainIgnoringCase("argon2");
    }

    @Test
    void disablesAUserWhoseTokensStopAtOnceAndEnablesThemToSignInAnew()
    {
        administrator.post(USERS, "{\"name\": \"olga\", \"password\": \"olga's long password\"}");
        ApiClient olga = server.api().anonymous().signIn("olga", "olga's long password");

        Answer disabled = administrator.post(USERS + "/olga/disable", "{}");

        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(disabled.json().path("disabled").asBoolean()).isTrue();
        assertThat(olga.get("/api/v1/workspaces").status()).isEqualTo(401);
        assertThat(signIn("olga", "olga's long password").status()).isEqualTo(401);

        Answer enabled = administrator.post(USERS + "/olga/enable", "{}");

        assertThat(enabled.status()).as(enabled.body()).isEqualTo(200);
        assertThat(enabled.json().path("disabled").asBoolean()).isFalse();
        assertThat(olga.get("/api/v1/workspaces").status()).as("a token of before the disable").isEqualTo(401);
        assertThat(signIn("olga", "olga's long password").status()).isEqualTo(200);
        assertThat(auditOf("disableUser", "olga").path("after").path("disabled").asBoolean()).isTrue();
        assertThat(auditOf("enableUser", "olga").path("after").path("disabled").isBoolean()).isTrue();
        assertThat(auditOf("enableUser", "olga").path("after").path("disabled").asBoolean()).isFalse();
    }

    @Test
    void resetsAPasswordAndEndsTheUsersSessionsWithoutRecordingIt()
    {
        administrator.post(USERS, "{\"name\": \"pavel\", \"password\": \"pavel's first password\"}");
        ApiClient pavel = server.api().anonymous().signIn("pavel", "pavel's first password");

        Answer reset = administrator.put(USERS + "/pavel/password", "{\"password\": \"pavel's second password\"}");

        assertThat(reset.status()).as(reset.body()).isEqualTo(204);
        assertThat(pavel.get("/api/v1/workspaces").status()).isEqualTo(401);
        assertThat(signIn("pavel", "pavel's first password").status()).isEqualTo(401);
        assertThat(signIn("pavel", "pavel's second password").status()).isEqualTo(200);
        JsonNode entry = auditOf("resetUserPassword", "pavel");
        assertThat(entry.path("actor").asText()).isEqualTo(ADMINISTRATOR);
        assertThat(administrator.get("/api/v1/audit?limit=500").body()).doesNotContain("pavel's second password").doesNotContain("pavel's first password");
    }

    @Test
    void refusesWhatTheCommandLineRefusesWithProblems()
    {
        administrator.post(USERS, "{\"name\": \"quinn\", \"password\": \"quinn's long password\"}");

        Answer tooShort = administrator.post(USERS, "{\"name\": \"rosa\", \"password\": \"tiny-pw-7\"}");
        Answer taken = administrator.post(USERS, "{\"name\": \"quinn\", \"password\": \"another long password\"}");
        Answer badName = administrator.post(USERS, "{\"name\": \"Not A Name\", \"password\": \"another long password\"}");
        Answer unknown = administrator.post(USERS + "/nobody/disable", "{}");
        Answer self = administrator.post(USERS + "/" + ADMINISTRATOR + "/disable", "{}");
        Answer shortReset = administrator.put(USERS + "/quinn/password", "{\"password\": \"tiny-pw-8\"}");

        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(tooShort.body()).contains("password").doesNotContain("tiny-pw-7");
        assertThat(taken.status()).isEqualTo(409);
        assertThat(taken.json().path("detail").asText()).isEqualTo("a user named 'quinn' exists already");
        assertThat(badName.status()).isEqualTo(400);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("detail").asText()).isEqualTo("no user named 'nobody'");
        assertThat(self.status()).isEqualTo(409);
        assertThat(self.json().path("detail").asText()).contains("you cannot disable your own account");
        assertThat(shortReset.status()).isEqualTo(400);
        assertThat(shortReset.body()).doesNotContain("tiny-pw-8");
        for (Answer answer : new Answer[] {tooShort, taken, badName, unknown, self, shortReset}) {
            assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        }
        assertThat(signIn(ADMINISTRATOR, TestServer.PASSWORD).status()).as("the administrator is still enabled").isEqualTo(200);
        assertThat(signIn("quinn", "quinn's long password").status()).as("quinn's password is unchanged").isEqualTo(200);
    }

    @Test
    void letsOnlyServerAdministratorsManageUsers()
    {
        // The fixture's user is an admin of the default workspace, not a server administrator.
        Answer listed = server.api().get(USERS);
        Answer added = server.api().post(USERS, "{\"name\": \"sven\", \"password\": \"sven's long password\"}");

        assertThat(listed.status()).isEqualTo(403);
        assertThat(added.status()).isEqualTo(403);
        assertThat(administrator.get(USERS + "/sven").status()).isEqualTo(404);
    }

    private static Answer signIn(String user, String password)
    {
        return server.api().anonymous().post("/api/v1/auth/token",
                "{\"grant_type\": \"password\", \"username\": \"" + user + "\", \"password\": \"" + password + "\"}");
    }

    /** The newest audit entry of the action that names the user. */
    private static JsonNode auditOf(String action, String user)
    {
        for (JsonNode entry : administrator.get("/api/v1/audit?action=" + action + "&limit=500").json().path("items")) {
            if (entry.path("targets").path("userName").asText().equals(user)) {
                return entry;
            }
        }
        throw new AssertionError("no " + action + " of " + user + " in the audit log");
    }
}
