package io.cloudmigrate.server.cli;

import io.cloudmigrate.server.http.AuthenticationOptions;
import io.cloudmigrate.server.http.CloudMigrateServer;
import io.cloudmigrate.server.http.JobTimeouts;
import io.cloudmigrate.server.http.SafetyOptions;
import io.cloudmigrate.server.http.ServerOptions;
import io.cloudmigrate.server.http.WebhookOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
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

    @Mixin
    PriceOptions prices = new PriceOptions();

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port = ServerOptions.PORT_DEFAULT;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Address to listen on (default: ${DEFAULT-VALUE}).")
    String bindAddress = ServerOptions.BIND_ADDRESS_DEFAULT;

    @Option(names = "--token-signing-key", paramLabel = "FILE", description = "The key that signs access tokens: base64 of at least 32 random bytes, "
            + "in a file only its owner may read (default: token-signing.key in --data-dir, generated on first start).")
    Path signingKeyFile;

    @Option(names = "--access-token-minutes", paramLabel = "MINUTES", description = "How long an access token works (default: ${DEFAULT-VALUE}).")
    long accessTokenMinutes = AuthenticationOptions.ACCESS_TOKEN_LIFETIME_DEFAULT.toMinutes();

    @Option(names = "--refresh-token-hours", paramLabel = "HOURS", description = "How long a refresh token may be exchanged, if not spent first (default: ${DEFAULT-VALUE}).")
    long refreshTokenHours = AuthenticationOptions.REFRESH_TOKEN_LIFETIME_DEFAULT.toHours();

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Mixin
    SafetyFlags safety = new SafetyFlags();

    @Mixin
    AuthenticationFlags authentication = new AuthenticationFlags();

    @Option(names = "--max-upload-bytes", paramLabel = "BYTES", description = "Largest archive accepted (default: ${DEFAULT-VALUE}).")
    long maximumUploadBytes = ServerOptions.MAXIMUM_UPLOAD_BYTES_DEFAULT;

    @Option(names = "--page-cache-megabytes", paramLabel = "MEGABYTES", description = "Memory for recommendation pages already answered, "
            + "answered again while nothing they show has changed (default: ${DEFAULT-VALUE}; 0 keeps none).")
    long pageCacheMegabytes = ServerOptions.PAGE_CACHE_BYTES_DEFAULT / (1024 * 1024);

    @Option(names = "--job-timeout", paramLabel = "KIND=DURATION",
            description = "How long a job of one kind (import, assess, generate, …) may run before it fails, e.g. generate=45m; repeatable "
                    + "(defaults: import=30m, assess=1h, generate=30m, any other 2h).")
    List<String> jobTimeouts = new ArrayList<>();

    @Option(names = "--webhook-allow-private", description = "Let webhooks point at loopback, private and link-local addresses (refused by default, "
            + "so that a workspace admin cannot make the server call into its own network); for tests and receivers on the server's own network.")
    boolean webhookAllowPrivate;

    @Option(names = "--webhook-ca-file", paramLabel = "FILE", description = "PEM file of CA certificates that HTTPS webhook receivers' certificates "
            + "may be issued by, besides the JVM's own CAs (a receiver with a company CA).")
    Path webhookCertificates;

    @Override
    public Integer call()
            throws InterruptedException
    {
        ServerOptions options = options();
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CloudMigrateServer server = CloudMigrateServer.start(options, webhookOptions(), out);
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
        if (accessTokenMinutes < 1 || refreshTokenHours < 1) {
            throw new ParameterException(spec.commandLine(), "--access-token-minutes and --refresh-token-hours must be positive");
        }
        if (pageCacheMegabytes < 0 || pageCacheMegabytes > Long.MAX_VALUE / (1024 * 1024)) {
            throw new ParameterException(spec.commandLine(), "--page-cache-megabytes must be 0 or more, found " + pageCacheMegabytes);
        }
        ServerOptions options = new ServerOptions(bindAddress, port, database.dataDirectory, Optional.empty(), maximumUploadBytes,
                ServerOptions.MAXIMUM_BODY_BYTES_DEFAULT, ServerOptions.CONCURRENT_JOBS_DEFAULT,
                authentication.applyTo(new AuthenticationOptions(Optional.ofNullable(signingKeyFile), Duration.ofMinutes(accessTokenMinutes),
                        Duration.ofHours(refreshTokenHours))),
                SafetyOptions.DEFAULTS, timeouts());
        return safety.applyTo(database.applyTo(options)).withPricing(prices.pricing()).withPageCacheBytes(pageCacheMegabytes * 1024 * 1024);
    }

    private WebhookOptions webhookOptions()
    {
        WebhookOptions webhooks = WebhookOptions.DEFAULTS.withAllowPrivateAddresses(webhookAllowPrivate);
        if (webhookCertificates == null) {
            return webhooks;
        }
        if (!Files.isReadable(webhookCertificates)) {
            throw new ParameterException(spec.commandLine(), "--webhook-ca-file " + webhookCertificates + " is not a readable file");
        }
        return webhooks.withTrustedCertificates(webhookCertificates);
    }

    private JobTimeouts timeouts()
    {
        JobTimeouts timeouts = JobTimeouts.DEFAULTS;
        for (String setting : jobTimeouts) {
            try {
                timeouts = timeouts.with(setting);
            }
            catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--job-timeout " + e.getMessage());
            }
        }
        return timeouts;
    }
}
