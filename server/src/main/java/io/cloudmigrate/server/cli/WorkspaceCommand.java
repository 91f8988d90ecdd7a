package io.cloudmigrate.server.cli;

import io.cloudmigrate.server.http.ServerOptions;
import io.cloudmigrate.server.http.UserAdministration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * {@code cloudmigrate workspace}: workspaces of the server's database and their members, for the
 * first workspaces before anyone can sign in (afterwards the API does the same for administrators).
 */
@Command(
        name = "workspace",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Manage the workspaces of 'cloudmigrate serve'.",
        description = {"Creates workspaces and adds members in the database 'serve' uses (--data-dir or --database-url). "
                + "Every server starts with a workspace named 'default'. With the embedded database, stop the server first."},
        subcommands = {WorkspaceCommand.Add.class, WorkspaceCommand.AddMember.class})
public final class WorkspaceCommand
        implements Runnable
{
    @Spec
    CommandSpec spec;

    @Override
    public void run()
    {
        throw new ParameterException(spec.commandLine(), "a subcommand is required (add, add-member)");
    }

    abstract static class Subcommand
            implements Callable<Integer>
    {
        @Spec
        CommandSpec spec;

        @Mixin
        DatabaseOptions database = new DatabaseOptions();

        void withAdministration(Consumer<UserAdministration> work)
        {
            try (UserAdministration administration = UserAdministration.open(database.applyTo(ServerOptions.defaults(database.dataDirectory)))) {
                work.accept(administration);
            }
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true, description = "Create a workspace and print its id.")
    static final class Add
            extends Subcommand
    {
        @Parameters(index = "0", paramLabel = "NAME", description = "1 to 100 characters.")
        String name;

        @Override
        public Integer call()
        {
            withAdministration(administration -> {
                UserAdministration.WorkspaceAccount workspace = administration.addWorkspace(name);
                spec.commandLine().getOut().println("added workspace " + workspace.name() + " " + workspace.id());
            });
            return ExitCodes.OK;
        }
    }

    @Command(name = "add-member", mixinStandardHelpOptions = true, description = "Make a user a member of a workspace with a role (or change their role).")
    static final class AddMember
            extends Subcommand
    {
        @Parameters(index = "0", paramLabel = "WORKSPACE", description = "The workspace's name.")
        String workspace;

        @Parameters(index = "1", paramLabel = "USER")
        String user;

        @Option(names = "--role", paramLabel = "ROLE", required = true, description = "viewer, operator or admin.")
        String role;

        @Override
        public Integer call()
        {
            withAdministration(administration -> administration.addMember(workspace, user, role));
            spec.commandLine().getOut().println(user + " is " + role + " in " + workspace);
            return ExitCodes.OK;
        }
    }
}
