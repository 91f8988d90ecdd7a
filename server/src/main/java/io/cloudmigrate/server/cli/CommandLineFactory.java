package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.CloudMigrateException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Builds the picocli command line with the one failure path: a {@link CloudMigrateException} prints
 * its message and exits with the code of its category; anything else is a bug and says so. Stack
 * traces only with {@code --verbose}.
 */
public final class CommandLineFactory
{
    /** The commands under {@code cloudmigrate}, in the order its help lists them. */
    static final List<String> COMMAND_NAMES = List.of("scan", "import", "flows", "assess", "prices", "generate", "graph", "demo", "diff",
            "iam-policy", "serve", "override", "model", "user", "workspace", "help");

    private CommandLineFactory() {}

    /** The whole command line: every command under {@code cloudmigrate}. */
    public static CommandLine create()
    {
        return configured(root(COMMAND_NAMES));
    }

    /**
     * The command line for one run. Building picocli's model of a command reads its annotations by reflection,
     * a tenth of a second for all of them in a fresh process; so when the run names a command first (after
     * {@code --verbose}, perhaps), only that one is built. Anything else, from {@code --help} to a misspelt
     * command, gets the whole tree, so that help, errors and suggestions are what they always were; so does
     * {@code help}, which lists its siblings.
     */
    public static CommandLine forArguments(String... arguments)
    {
        int first = 0;
        while (first < arguments.length && arguments[first].equals("--verbose")) {
            first++;
        }
        if (first < arguments.length && !arguments[first].equals("help") && COMMAND_NAMES.contains(arguments[first])) {
            return configured(root(List.of(arguments[first])));
        }
        return create();
    }

    private static CommandLine root(List<String> names)
    {
        CommandLine root = new CommandLine(new RootCommand());
        for (String name : names) {
            root.addSubcommand(command(name));
        }
        return root;
    }

    // Classes rather than instances, as the annotation's subcommands attribute would give them: picocli's
    // factory makes them, so that nothing differs from a tree declared on RootCommand.
    private static Class<?> command(String name)
    {
        return switch (name) {
            case "scan" -> ScanCommand.class;
            case "import" -> ImportCommand.class;
            case "flows" -> FlowsCommand.class;
            case "assess" -> AssessCommand.class;
            case "prices" -> PricesCommand.class;
            case "generate" -> GenerateCommand.class;
            case "graph" -> GraphCommand.class;
            case "demo" -> DemoCommand.class;
            case "diff" -> DiffCommand.class;
            case "iam-policy" -> IamPolicyCommand.class;
            case "serve" -> ServeCommand.class;
            case "override" -> OverrideCommand.class;
            case "model" -> ModelCommand.class;
            case "user" -> UserCommand.class;
            case "workspace" -> WorkspaceCommand.class;
            case "help" -> CommandLine.HelpCommand.class;
            default -> throw new IllegalArgumentException("no command named " + name);
        };
    }

    // Settings after the subcommands: picocli gives a setting to the subcommands present when it is set.
    private static CommandLine configured(CommandLine commandLine)
    {
        commandLine.setExecutionStrategy(CommandLineFactory::execute);
        commandLine.setExecutionExceptionHandler(executionExceptionHandler());
        commandLine.setParameterExceptionHandler(parameterExceptionHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    /**
     * Runs the command with standard error wrapped in an {@link ErrorStream}. An {@link OutOfMemoryError}
     * is not an exception, so picocli lets it through: it is caught here.
     */
    private static int execute(ParseResult parseResult)
    {
        CommandLine root = parseResult.commandSpec().commandLine();
        root.setErr(ErrorStream.around(root.getErr()));
        try {
            return new CommandLine.RunLast().execute(parseResult);
        }
        catch (OutOfMemoryError error) {
            return outOfMemory(error, innermost(parseResult).commandSpec().commandLine(), parseResult);
        }
    }

    private static IExecutionExceptionHandler executionExceptionHandler()
    {
        return (exception, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            if (err instanceof ErrorStream stream) {
                stream.startLine();
            }
            boolean verbose = verbose(parseResult);
            OutOfMemoryError outOfMemory = OutOfMemoryMessage.find(exception);
            if (outOfMemory != null) {
                return outOfMemory(outOfMemory, commandLine, parseResult);
            }
            if (exception instanceof CloudMigrateException error) {
                err.println("cloudmigrate: " + error.getMessage());
                if (verbose) {
                    error.printStackTrace(err);
                }
                err.flush();
                return ExitCodes.of(error.errorCode().category());
            }
            if (exception instanceof UncheckedIOException ioError) {
                err.println("cloudmigrate: " + ioError.getCause().getMessage());
                if (verbose) {
                    ioError.printStackTrace(err);
                }
                err.flush();
                return ExitCodes.EXTERNAL_ERROR;
            }
            err.println("cloudmigrate: internal error: " + exception + (verbose ? "" : " (run again with --verbose for the stack trace, and report it)"));
            if (verbose) {
                exception.printStackTrace(err);
            }
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        };
    }

    private static IParameterExceptionHandler parameterExceptionHandler()
    {
        return (ParameterException exception, String[] args) -> {
            CommandLine commandLine = exception.getCommandLine();
            PrintWriter err = commandLine.getErr();
            if (err instanceof ErrorStream stream) {
                stream.startLine();
            }
            err.println("cloudmigrate: " + exception.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
            err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return ExitCodes.USER_ERROR;
        };
    }

    private static int outOfMemory(OutOfMemoryError error, CommandLine commandLine, ParseResult parseResult)
    {
        PrintWriter err = commandLine.getErr();
        String stage = null;
        if (err instanceof ErrorStream stream) {
            stream.startLine();
            stage = stream.stage();
        }
        err.println("cloudmigrate: " + OutOfMemoryMessage.describe(commandLine.getCommandName(), stage, error, Runtime.getRuntime().maxMemory()));
        if (verbose(parseResult)) {
            error.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.INTERNAL_ERROR;
    }

    private static ParseResult innermost(ParseResult parseResult)
    {
        ParseResult current = parseResult;
        while (current.subcommand() != null) {
            current = current.subcommand();
        }
        return current;
    }

    private static boolean verbose(ParseResult parseResult)
    {
        ParseResult current = parseResult;
        while (current != null) {
            if (current.hasMatchedOption("--verbose")) {
                return true;
            }
            current = current.subcommand();
        }
        return false;
    }
}
