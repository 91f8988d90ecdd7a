package io.cloudmigrate.server;

import io.cloudmigrate.server.cli.CommandLineFactory;

/**
 * The {@code cloudmigrate} executable.
 */
public final class CloudMigrate
{
    private CloudMigrate() {}

    public static void main(String[] args)
    {
        int exitCode = CommandLineFactory.forArguments(args).execute(args);
        System.exit(exitCode);
    }
}
