package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.server.http.ServerOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the server's database is, shared by {@code serve} and {@code user} so that both name it the same way.
 */
final class DatabaseOptions
{
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Embedded database and uploads (default: ~/.cloudmigrate); one server at a time.")
    Path dataDirectory = Path.of(System.getProperty("user.home"), ".cloudmigrate");

    @Option(names = "--database-url", paramLabel = "URL", description = "An external PostgreSQL, e.g. jdbc:postgresql://HOST/DB, instead of the embedded one.")
    String databaseUrl;

    @Option(names = "--database-user", paramLabel = "USER", description = "The user for --database-url.")
    String databaseUser;

    @Option(names = "--database-password-file", paramLabel = "FILE", description = "A file holding the password for --database-url (its first line).")
    Path databasePasswordFile;

    /** The given options with the database these flags name. */
    ServerOptions applyTo(ServerOptions options)
    {
        if (databaseUrl == null && (databaseUser != null || databasePasswordFile != null)) {
            throw new ParameterException(spec.commandLine(), "--database-user and --database-password-file need --database-url");
        }
        if (databaseUrl == null) {
            return options;
        }
        if (!databaseUrl.startsWith("jdbc:postgresql:")) {
            throw new ParameterException(spec.commandLine(), "--database-url must start with jdbc:postgresql:, found " + databaseUrl);
        }
        return options.withDatabase(new ServerOptions.ExternalDatabase(databaseUrl, databaseUser == null ? "" : databaseUser, password()));
    }

    private String password()
    {
        if (databasePasswordFile == null) {
            return "";
        }
        try {
            return Files.readAllLines(databasePasswordFile, StandardCharsets.UTF_8).stream().findFirst().orElse("");
        }
        catch (IOException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.INPUT_NOT_FOUND, "cannot read --database-password-file " + databasePasswordFile + ": " + e.getMessage(), e);
        }
    }
}
