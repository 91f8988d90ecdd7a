package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.server.http.CloudMigrateServer;
import io.cloudmigrate.server.http.ServerOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code cloudmigrate serve}: the HTTP API, until the process is stopped.
 */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Serve the CloudMigrate API over HTTP.",
        description = {
                "Serves the API described at /api/v1/openapi.yaml: estates, assessments, recommendations with overrides, and jobs with progress. "
                        + "Without --database-url it runs an embedded PostgreSQL with its data under --data-dir. Request logs go to standard output "
                        + "as one JSON line each. Stops cleanly on SIGTERM or Ctrl-C: requests in flight finish, running jobs are recorded as interrupted."})
public final class ServeCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port = ServerOptions.PORT_DEFAULT;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}; there is no authentication yet).")
    String bindAddress = ServerOptions.BIND_ADDRESS_DEFAULT;

    @Option(names = "--data-dir", paramLabel = "DIR", description = "Embedded database and uploads (default: ~/.cloudmigrate); one server at a time.")
    Path dataDirectory = Path.of(System.getProperty("user.home"), ".cloudmigrate");

    @Option(names = "--database-url", paramLabel = "URL", description = "An external PostgreSQL, e.g. jdbc:postgresql://HOST/DB, instead of the embedded one.")
    String databaseUrl;

    @Option(names = "--database-user", paramLabel = "USER", description = "The user for --database-url.")
    String databaseUser;

    @Option(names = "--database-password-file", paramLabel = "FILE", description = "A file holding the password for --database-url (its first line).")
    Path databasePasswordFile;

    @Option(names = "--max-upload-bytes", paramLabel = "BYTES", description = "Largest archive accepted (default: ${DEFAULT-VALUE}).")
    long maximumUploadBytes = ServerOptions.MAXIMUM_UPLOAD_BYTES_DEFAULT;

    @Override
    public Integer call()
            throws InterruptedException
    {
        ServerOptions options = options();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CloudMigrateServer server = CloudMigrateServer.start(options, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "cloudmigrate-shutdown"));
        spec.commandLine().getErr().println("cloudmigrate: serving " + server.url() + "/api/v1 (contract at " + server.url() + "/api/v1/openapi.yaml); Ctrl-C stops");
        spec.commandLine().getErr().flush();
        stopped.await();
        return ExitCodes.OK;
    }

    private ServerOptions options()
    {
        if (port < 0 || port > 65535) {
            throw new ParameterException(spec.commandLine(), "--port must be between 0 and 65535, found " + port);
        }
        if (maximumUploadBytes < 1) {
            throw new ParameterException(spec.commandLine(), "--max-upload-bytes must be positive, found " + maximumUploadBytes);
        }
        if (databaseUrl == null && (databaseUser != null || databasePasswordFile != null)) {
            throw new ParameterException(spec.commandLine(), "--database-user and --database-password-file need --database-url");
        }
        ServerOptions options = new ServerOptions(bindAddress, port, dataDirectory, Optional.empty(), maximumUploadBytes,
                ServerOptions.MAXIMUM_BODY_BYTES_DEFAULT, ServerOptions.CONCURRENT_JOBS_DEFAULT);
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
