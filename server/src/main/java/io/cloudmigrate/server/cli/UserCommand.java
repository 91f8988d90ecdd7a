package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.server.http.ServerOptions;
import io.cloudmigrate.server.http.UserAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code cloudmigrate user}: local users of the server's database. Passwords are read from a file or
 * standard input, never from the command line (where {@code ps} and shell history would keep them).
 */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Manage the users of 'cloudmigrate serve'.",
        description = {"Adds, lists, disables and enables users and resets passwords in the database 'serve' uses (--data-dir or --database-url). "
                + "The first administrator is made with 'user add NAME --admin'; there is no default user or password. "
                + "With the embedded database, stop the server first."},
        subcommands = {UserCommand.Add.class, UserCommand.ListUsers.class, UserCommand.Disable.class, UserCommand.Enable.class, UserCommand.ResetPassword.class})
public final class UserCommand
        implements Runnable
{
    @Spec
    CommandSpec spec;

    @Override
    public void run()
    {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (add, list, disable, enable, reset-password)");
    }

    /** The options every subcommand shares: the database, and a way to open it. */
    abstract static class Subcommand
            implements java.util.concurrent.Callable<Integer>
    {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        void withUsers(Consumer<UserAdministration> work)
        {
            try (UserAdministration users = UserAdministration.open(database.applyTo(ServerOptions.defaults(database.dataDirectory)))) {
                work.accept(users);
            }
        }

        PrintWriter out()
        {
            return spec.commandLine().getOut();
        }
    }

    /** The options of the subcommands that take a password. */
    abstract static class WithPassword
            extends Subcommand
    {
        @Option(names = "--password-file", paramLabel = "FILE", description = "A file whose first line is the password; '-' (the default) reads standard input.")
        String passwordFile = "-";

        char[] password()
        {
            String line;
            try {
                if (passwordFile.equals("-")) {
                    if (System.console() != null) {
                        char[] typed = System.console().readPassword("Password (at least 12 characters): ");
                        return typed == null ? new char[0] : typed;
                    }
                    line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                }
                else {
                    line = Files.readAllLines(Path.of(passwordFile), StandardCharsets.UTF_8).stream().findFirst().orElse(null);
                }
            }
            catch (IOException e) {
                throw new CloudMigrateException(DiscoveryErrorCode.INPUT_NOT_FOUND, "cannot read the password from "
                        + (passwordFile.equals("-") ? "standard input" : "--password-file " + passwordFile) + ": " + e.getMessage(), e);
            }
            if (line == null) {
                throw new ParameterException(spec.commandLine(), "no password given: "
                        + (passwordFile.equals("-") ? "standard input is empty" : "--password-file " + passwordFile + " is empty"));
            }
            return line.toCharArray();
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Add a user with a role in the workspace named default (more with 'workspace add-member').")
    static final class Add
            extends WithPassword
    {
        @Parameters(index = "0", paramLabel = "NAME", description = "Lower-case letters, digits, '.', '_', '@', '-'.")
        String name;

        @Option(names = "--role", paramLabel = "ROLE", description = "viewer (reads), operator (also imports, assesses, overrides) or admin (default: ${DEFAULT-VALUE}).")
        String role = "viewer";

        @Option(names = "--admin", description = "An administrator: manages users, and is an admin of every workspace.")
        boolean administrator;

        @Override
        public Integer call()
        {
            char[] password = password();
            try {
                withUsers(users -> {
                    UserAdministration.Account account = users.add(name, password, role, administrator);
                    out().println("added " + account.name() + " (" + account.role() + (account.administrator() ? ", administrator" : "") + ")");
                });
            }
            finally {
                Arrays.fill(password, '\0');
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List the users, by name.")
    static final class ListUsers
            extends Subcommand
    {
        @Override
        public Integer call()
        {
            withUsers(users -> {
                List<UserAdministration.Account> accounts = users.list();
                int width = Math.max(4, accounts.stream().mapToInt(account -> account.name().length()).max().orElse(0));
                out().println(String.format("%-" + width + "s  %-8s  %-13s  %-8s  %s", "NAME", "ROLE", "ADMINISTRATOR", "STATUS", "CREATED"));
                for (UserAdministration.Account account : accounts) {
                    out().println(String.format("%-" + width + "s  %-8s  %-13s  %-8s  %s", account.name(), account.role(), account.administrator() ? "yes" : "no",
                            account.disabled() ? "disabled" : "enabled", account.createdAt()));
                }
            });
            return ExitCodes.OK;
        }
    }

    @Command(name = "disable", mixinStandardHelpOptions = true, description = "Disable a user: their tokens stop working at once; what they made stays.")
    static final class Disable
            extends Subcommand
    {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call()
        {
            withUsers(users -> users.disable(name));
            out().println("disabled " + name);
            return ExitCodes.OK;
        }
    }

    @Command(name = "enable", mixinStandardHelpOptions = true, description = "Enable a disabled user again; they sign in anew.")
    static final class Enable
            extends Subcommand
    {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call()
        {
            withUsers(users -> users.enable(name));
            out().println("enabled " + name);
            return ExitCodes.OK;
        }
    }

    @Command(name = "reset-password", mixinStandardHelpOptions = true, description = "Set a new password; the user's sessions end.")
    static final class ResetPassword
            extends WithPassword
    {
        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Override
        public Integer call()
        {
            char[] password = password();
            try {
                withUsers(users -> users.resetPassword(name, password));
            }
            finally {
                Arrays.fill(password, '\0');
            }
            out().println("reset the password of " + name);
            return ExitCodes.OK;
        }
    }
}
