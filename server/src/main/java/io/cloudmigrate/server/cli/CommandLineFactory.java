package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.CloudMigrateException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

import java.io.PrintWriter;
import java.io.UncheckedIOException;

/**
 * Builds the picocli command line with the one failure path: a {@link CloudMigrateException} prints
 * its message and exits with the code of its category; anything else is a bug and says so. Stack
 * traces only with {@code --verbose}.
 */
public final class CommandLineFactory
{
    private CommandLineFactory() {}

    public static CommandLine create()
    {
        CommandLine commandLine = new CommandLine(new RootCommand());
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
