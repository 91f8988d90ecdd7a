package io.cloudmigrate.server.http;

import io.cloudmigrate.server.cli.CommandLineFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cloudmigrate workspace}: the first workspaces and members, made before anyone can sign in,
 * and what the server then lets those members see.
 */
class WorkspaceCommandTest
{
    @TempDir
    Path directory;

    private ServerOptions options;
    private Path password;

    @BeforeEach
    void database()
            throws IOException
    {
        options = TestDatabases.options(directory.resolve("data"));
        password = Files.writeString(directory.resolve("password"), TestServer.PASSWORD + "\n");
    }

    @Test
    void addsAWorkspaceAndAMemberWhoThenSeesItThroughTheApi()
    {
        Run added = run("workspace", "add", "acme");
        run("user", "add", "bob", "--password-file", password.toString());
        Run member = run("workspace", "add-member", "acme", "bob", "--role", "operator");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).matches("added workspace acme [0-9a-f-]{36}\\R");
        assertThat(member.exitCode()).as(member.err()).isZero();
        assertThat(member.out()).contains("bob is operator in acme");
        String id = added.out().strip().substring("added workspace acme ".length());
        try (CloudMigrateServer server = CloudMigrateServer.start(options, new java.io.PrintStream(java.io.OutputStream.nullOutputStream()))) {
            ApiClient bob = new ApiClient(server.url()).signIn("bob", TestServer.PASSWORD);
            assertThat(bob.get("/api/v1/workspaces").json().path("items")).anySatisfy(workspace -> {
                assertThat(workspace.path("id").asText()).isEqualTo(id);
                assertThat(workspace.path("role").asText()).isEqualTo("operator");
            });
            assertThat(bob.post("/api/v1/estates", "{\"workspaceId\": \"" + id + "\", \"source\": \"SAMPLE\"}").status()).isEqualTo(202);
            assertThat(bob.post("/api/v1/workspaces", "{\"name\": \"not allowed\"}").status()).isEqualTo(403);
        }
    }

    @Test
    void namesAnUnknownWorkspaceUserOrRoleAndATakenName()
    {
        run("workspace", "add", "acme");
        run("user", "add", "bob", "--password-file", password.toString());

        Run taken = run("workspace", "add", "acme");
        Run unknownWorkspace = run("workspace", "add-member", "nowhere", "bob", "--role", "viewer");
        Run unknownUser = run("workspace", "add-member", "acme", "nobody", "--role", "viewer");
        Run unknownRole = run("workspace", "add-member", "acme", "bob", "--role", "owner");

        assertThat(List.of(taken, unknownWorkspace, unknownUser, unknownRole)).allSatisfy(run -> assertThat(run.exitCode()).isEqualTo(2));
        assertThat(taken.err()).contains("a workspace named 'acme' exists already");
        assertThat(unknownWorkspace.err()).contains("no workspace named 'nowhere'");
        assertThat(unknownUser.err()).contains("no user named 'nobody'");
        assertThat(unknownRole.err()).contains("unknown role 'owner'");
    }

    private record Run(int exitCode, String out, String err) {}

    private Run run(String... arguments)
    {
        List<String> command = new ArrayList<>(List.of(arguments[0], arguments[1]));
        command.addAll(List.of("--data-dir", options.dataDirectory().toString()));
        options.database().ifPresent(database -> command.addAll(List.of("--database-url", database.jdbcUrl(), "--database-user", database.user())));
        command.addAll(List.of(arguments).subList(2, arguments.length));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = CommandLineFactory.create();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(command.toArray(String[]::new));
        return new Run(exitCode, out.toString(), err.toString());
    }
}
