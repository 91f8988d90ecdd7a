package io.cloudmigrate.server.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * Runs {@code cloudmigrate} in-process with captured output, as a user would from a shell.
 */
record CommandRun(int exitCode, String out, String err)
{
    static CommandRun of(String... args)
    {
        return of(CommandLineFactory.create(), args);
    }

    /** As the executable runs: with only the command the arguments name, when they name one. */
    static CommandRun asLaunched(String... args)
    {
        return of(CommandLineFactory.forArguments(args), args);
    }

    private static CommandRun of(CommandLine commandLine, String... args)
    {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CommandRun(exitCode, out.toString(), err.toString());
    }
}
