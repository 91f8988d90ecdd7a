package io.cloudmigrate.server.cli;

import picocli.CommandLine.IVersionProvider;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Reads the version Maven filtered into {@code version.properties}.
 */
public final class VersionProvider
        implements IVersionProvider
{
    @Override
    public String[] getVersion()
    {
        Properties properties = new Properties();
        try (InputStream input = VersionProvider.class.getResourceAsStream("/io/cloudmigrate/server/version.properties")) {
            if (input != null) {
                properties.load(input);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new String[] {
                "cloudmigrate " + properties.getProperty("version", "unknown"),
                "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")"};
    }
}
