package io.cloudmigrate.server.http;

import io.cloudmigrate.server.cli.CommandLineFactory;
import io.cloudmigrate.server.http.internal.storage.Database;
import io.cloudmigrate.server.http.internal.storage.DataDirectoryLock;
import io.cloudmigrate.server.http.internal.storage.UserStore;
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
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code cloudmigrate user} against the database {@code serve} uses, as a user runs it.
 */
class UserCommandTest
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
        password = Files.writeString(directory.resolve("password"), "a long enough secret\n");
    }

    @Test
    void addsTheFirstAdministratorWithAPasswordFromAFileAndListsIt()
    {
        Run added = run("add", "alice", "--admin", "--password-file", password.toString());
        Run listed = run("list");

        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(added.out()).contains("added alice (admin, administrator)");
        assertThat(listed.out().lines().toList()).hasSize(2);
        assertThat(listed.out().lines().skip(1).findFirst().orElseThrow()).matches("alice\\s+admin\\s+yes\\s+enabled\\s+\\S+");
        assertThat(listed.out()).doesNotContain("a long enough secret").doesNotContain("argon2");
        assertThat(authenticates("alice", "a long enough secret")).isTrue();
    }

    @Test
    void storesOnlyAnArgon2idHashOfThePassword()
    {
        run("add", "bob", "--role", "operator", "--password-file", password.toString());

        String stored = withDatabase(database -> {
            try (var connection = database.connection(); var statement = connection.createStatement();
                    var result = statement.executeQuery("select password_hash from users where name = 'bob'")) {
                result.next();
                return result.getString(1);
            }
            catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        });

        assertThat(stored).startsWith("$argon2id$v=19$").doesNotContain("secret");
    }

    @Test
    void refusesAShortPasswordADuplicateNameAndAnUnknownRoleAsUserErrors()
            throws IOException
    {
        Path shortPassword = Files.writeString(directory.resolve("short"), "too short\n");
        run("add", "carol", "--password-file", password.toString());

        Run tooShort = run("add", "dave", "--password-file", shortPassword.toString());
        Run duplicate = run("add", "carol", "--password-file", password.toString());
        Run unknownRole = run("add", "erin", "--role", "owner", "--password-file", password.toString());

        assertThat(tooShort.exitCode()).isEqualTo(2);
        assertThat(tooShort.err()).contains("the password is too short: at least 12 characters, found 9");
        assertThat(duplicate.exitCode()).isEqualTo(2);
        assertThat(duplicate.err()).contains("a user named 'carol' exists already");
        assertThat(unknownRole.exitCode()).isEqualTo(2);
        assertThat(unknownRole.err()).contains("unknown role 'owner'");
        assertThat(run("list").out()).contains("carol").doesNotContain("dave").doesNotContain("erin");
    }

    @Test
    void takesNoPasswordAsAnArgument()
    {
        Run run = run("add", "frank", "--password", "a long enough secret");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run("list").out()).doesNotContain("frank");
    }

    @Test
    void aDisabledUserNoLongerAuthenticates()
    {
        run("add", "grace", "--password-file", password.toString());

        Run disabled = run("disable", "grace");

        assertThat(disabled.exitCode()).as(disabled.err()).isZero();
        assertThat(run("list").out()).containsPattern("grace\\s+viewer\\s+no\\s+disabled");
        assertThat(authenticates("grace", "a long enough secret")).isFalse();
    }

    @Test
    void anEnabledUserAuthenticatesAgain()
    {
        run("add", "ivan", "--password-file", password.toString());
        run("disable", "ivan");

        Run enabled = run("enable", "ivan");

        assertThat(enabled.exitCode()).as(enabled.err()).isZero();
        assertThat(enabled.out()).contains("enabled ivan");
        assertThat(run("list").out()).containsPattern("ivan\\s+viewer\\s+no\\s+enabled");
        assertThat(authenticates("ivan", "a long enough secret")).isTrue();
    }

    @Test
    void aResetPasswordReplacesTheOldOne()
            throws IOException
    {
        run("add", "heidi", "--password-file", password.toString());
        Path newPassword = Files.writeString(directory.resolve("new"), "another long secret\n");

        Run reset = run("reset-password", "heidi", "--password-file", newPassword.toString());

        assertThat(reset.exitCode()).as(reset.err()).isZero();
        assertThat(authenticates("heidi", "a long enough secret")).isFalse();
        assertThat(authenticates("heidi", "another long secret")).isTrue();
    }

    @Test
    void namesAnUnknownUser()
    {
        Run run = run("disable", "nobody");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("no user named 'nobody'");
    }

    private boolean authenticates(String name, String password)
    {
        return withDatabase(database -> new UserStore(database).authenticate(name, password.toCharArray()).isPresent());
    }

    private <T> T withDatabase(Function<Database, T> work)
    {
        DataDirectoryLock lock = options.database().isPresent() ? null : DataDirectoryLock.acquire(options.dataDirectory());
        try (Database database = Database.open(options, false)) {
            return work.apply(database);
        }
        finally {
            if (lock != null) {
                lock.close();
            }
        }
    }

    private record Run(int exitCode, String out, String err) {}

    private Run run(String... arguments)
    {
        List<String> command = new ArrayList<>(List.of("user"));
        command.add(arguments[0]);
        command.addAll(List.of("--data-dir", options.dataDirectory().toString()));
        options.database().ifPresent(database -> command.addAll(List.of("--database-url", database.jdbcUrl(), "--database-user", database.user())));
        command.addAll(List.of(arguments).subList(1, arguments.length));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = CommandLineFactory.create();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(command.toArray(String[]::new));
        return new Run(exitCode, out.toString(), err.toString());
    }
}
