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
        commandLine.setExecutionExceptionHandler(executionExceptionHandler());
        commandLine.setParameterExceptionHandler(parameterExceptionHandler());
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        return commandLine;
    }

    private static IExecutionExceptionHandler executionExceptionHandler()
    {
        return (exception, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            boolean verbose = verbose(parseResult);
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
            err.println("cloudmigrate: " + exception.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(exception, err);
            err.println("Run '" + commandLine.getCommandSpec().qualifiedName() + " --help' for usage.");
            err.flush();
            return ExitCodes.USER_ERROR;
        };
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
