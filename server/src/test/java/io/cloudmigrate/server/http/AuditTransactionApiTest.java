package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.server.http.ApiClient.Answer;
import io.cloudmigrate.server.http.internal.storage.Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A change and its audit entry are one transaction: a database that refuses the entry (here a
 * trigger the test installs for one action) undoes the change. And a sign-in is recorded as the user
 * who signed in.
 */
class AuditTransactionApiTest
{
    private static final String REFUSED_ACTION = "createWorkspace";

    @TempDir
    static Path dataDirectory;

    private static TestServer server;
    private static ApiClient administrator;

    @BeforeAll
    static void startServer()
            throws SQLException
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        try (Database database = Database.open(options, false); Connection connection = database.connection(); Statement statement = connection.createStatement()) {
            statement.execute("create function refuse_test_audit() returns trigger language plpgsql as $$ begin "
                    + "if new.action = '" + REFUSED_ACTION + "' then raise exception 'the test refuses this audit entry'; end if; return new; end $$");
            statement.execute("create trigger refuse_test_audit before insert on audit_log for each row execute function refuse_test_audit()");
        }
        TestServer.addUser(options, "root", "admin", true);
        server = TestServer.start(options, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        administrator = server.api().anonymous().signIn("root", TestServer.PASSWORD);
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void undoesAChangeWhoseAuditEntryCannotBeWritten()
    {
        Answer refused = administrator.post("/api/v1/workspaces", "{\"name\": \"Unrecorded\"}");

        assertThat(refused.status()).isEqualTo(503);
        assertThat(administrator.get("/api/v1/workspaces").json().path("items")).extracting(item -> item.path("name").asText()).doesNotContain("Unrecorded");
    }

    @Test
    void recordsASignInAsTheUserWhoSignedIn()
    {
        server.api().anonymous().signIn(TestServer.USER, TestServer.PASSWORD);

        JsonNode signIns = administrator.get("/api/v1/audit?action=createToken").json().path("items");
        assertThat(signIns).extracting(entry -> entry.path("actor").asText()).contains(TestServer.USER, "root").doesNotContain("anonymous");
        assertThat(signIns.toString()).doesNotContain("access_token").doesNotContain("refresh_token");
    }
}
