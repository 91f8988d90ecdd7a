package io.cloudmigrate.server.http;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.internal.auth.AccessTokens;
import io.cloudmigrate.server.http.internal.auth.ExternalTokens;
import io.cloudmigrate.server.http.internal.auth.SigningKey;
import io.cloudmigrate.server.http.internal.jobs.JobRunner;
import io.cloudmigrate.server.http.internal.routes.ApiRoutes;
import io.cloudmigrate.server.http.internal.routes.JobEventPublisher;
import io.cloudmigrate.server.http.internal.routes.Listening;
import io.cloudmigrate.server.http.internal.routes.RouterContract;
import io.cloudmigrate.server.http.internal.storage.ArtifactStore;
import io.cloudmigrate.server.http.internal.storage.AssessmentStore;
import io.cloudmigrate.server.http.internal.storage.DataDirectoryLock;
import io.cloudmigrate.server.http.internal.storage.Database;
import io.cloudmigrate.server.http.internal.storage.EstateStore;
import io.cloudmigrate.server.http.internal.storage.Job;
import io.cloudmigrate.server.http.internal.storage.JobStore;
import io.cloudmigrate.server.http.internal.storage.RefreshTokenStore;
import io.cloudmigrate.server.http.internal.storage.UploadStore;
import io.cloudmigrate.server.http.internal.storage.UserStore;
import io.cloudmigrate.server.http.internal.storage.WaveStore;
import io.cloudmigrate.server.http.internal.storage.WebhookOutbox;
import io.cloudmigrate.server.http.internal.storage.WebhookStore;
import io.cloudmigrate.server.http.internal.storage.WorkspaceStore;
import io.cloudmigrate.server.http.internal.webhooks.AddressPolicy;
import io.cloudmigrate.server.http.internal.webhooks.WebhookDispatcher;
import io.cloudmigrate.server.http.internal.webhooks.WebhookNotifier;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import io.vertx.micrometer.Label;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;
import io.vertx.openapi.contract.OpenAPIContract;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import static java.util.Objects.requireNonNull;

/**
 * The CloudMigrate HTTP server: the API of the OpenAPI contract over the same pipeline stages as the
 * CLI, with estates, assessments and jobs in PostgreSQL.
 *
 * <p>Starting takes the data directory's lock, opens (or starts) the database, migrates its schema,
 * marks jobs a previous run left behind as failed, and listens. {@link #close()} stops listening
 * after the requests in flight, records running jobs as interrupted, and releases everything.
 */
public final class CloudMigrateServer
        implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(CloudMigrateServer.class);
    private static final String CONTRACT = "io/cloudmigrate/server/http/openapi.yaml";
    private static final long START_TIMEOUT_SECONDS = 60;
    private static final long STOP_GRACE_SECONDS = 10;

    private final List<AutoCloseable> resources;
    private final Vertx vertx;
    private final HttpServer httpServer;
    private final JobRunner jobs;
    private final WebhookDispatcher webhooks;
    private final URI url;
    private final Optional<HttpServer> metricsServer;
    private final Optional<URI> metricsUrl;
    private boolean closed;

    private CloudMigrateServer(List<AutoCloseable> resources, Vertx vertx, HttpServer httpServer, JobRunner jobs, WebhookDispatcher webhooks, URI url,
            Optional<HttpServer> metricsServer, Optional<URI> metricsUrl)
    {
        this.metricsUrl = metricsUrl;
        this.resources = resources;
        this.vertx = vertx;
        this.httpServer = httpServer;
        this.jobs = jobs;
        this.webhooks = webhooks;
        this.url = url;
        this.metricsServer = metricsServer;
    }

    /**
     * Starts a server.
     *
     * @param log where the one-line JSON request log goes (standard output for {@code serve})
     * @throws CloudMigrateException when the data directory or database is in use, the schema is
     *         newer than this version knows, the database cannot be opened, or the port cannot be bound
     */
    public static CloudMigrateServer start(ServerOptions options, PrintStream log)
    {
        return start(options, WebhookOptions.DEFAULTS, log);
    }

    /**
     * Starts a server that delivers webhooks as the given options say.
     *
     * @see #start(ServerOptions, PrintStream)
     */
    public static CloudMigrateServer start(ServerOptions options, WebhookOptions webhookOptions, PrintStream log)
    {
        requireNonNull(options, "options is null");
        requireNonNull(webhookOptions, "webhookOptions is null");
        requireNonNull(log, "log is null");
        List<AutoCloseable> resources = new ArrayList<>();
        Vertx vertx = null;
        try {
            resources.add(DataDirectoryLock.acquire(options.dataDirectory()));
            Database database = Database.open(options);
            resources.add(database);
            JobStore jobStore = new JobStore(database);
            List<Job> interrupted = jobStore.interruptAll("interrupted by restart");
            if (!interrupted.isEmpty()) {
                LOG.warn("{} job(s) of the previous run were still running; they are marked as failed (interrupted by restart)", interrupted.size());
            }

            PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
            new JvmMemoryMetrics().bindTo(registry);
            new JvmGcMetrics().bindTo(registry);
            new JvmThreadMetrics().bindTo(registry);
            vertx = Vertx.builder()
                    .with(new VertxOptions().setMetricsOptions(new MicrometerMetricsOptions()
                            .setEnabled(true)
                            .setLabels(EnumSet.of(Label.HTTP_METHOD, Label.HTTP_ROUTE, Label.HTTP_CODE))))
                    .withMetrics(new MicrometerMetricsFactory(registry))
                    .build();
            Vertx started = vertx;
            WebhookOutbox outbox = new WebhookOutbox(database);
            WebhookDispatcher dispatcher = new WebhookDispatcher(outbox, vertx, webhookOptions);
            // Also closed with the resources if the start fails after this.
            resources.add(dispatcher);
            WebhookNotifier webhooks = new WebhookNotifier(dispatcher, outbox);
            // A job the previous run left behind has failed now, and its webhooks are told so like any other failure.
            interrupted.forEach(webhooks::jobChanged);
            JobRunner jobs = new JobRunner(jobStore, job -> {
                JobEventPublisher.publish(started, job);
                webhooks.jobChanged(job);
            }, registry, options.concurrentJobs(), options.jobTimeouts());
            byte[] signingKey = SigningKey.read(options.authentication().signingKeyFile().orElse(options.dataDirectory().resolve(SigningKey.FILE_NAME)),
                    options.authentication().signingKeyFile().isEmpty());
            WaveStore waves = new WaveStore(database);
            ArtifactStore artifacts = new ArtifactStore(database, options.dataDirectory().resolve("artifacts"), waves);
            int orphans = artifacts.removeOrphans();
            if (orphans > 0) {
                LOG.info("{} artifact folder(s) of deleted assessments or interrupted generations were removed", orphans);
            }
            ApiRoutes.Services services = new ApiRoutes.Services(database, new EstateStore(database),
                    new UploadStore(database, options.dataDirectory().resolve("uploads")), new AssessmentStore(database, options.pageCacheBytes()), jobStore, jobs, registry,
                    new UserStore(database), new WorkspaceStore(database), new RefreshTokenStore(database),
                    new AccessTokens(vertx, signingKey, options.authentication().accessTokenLifetime()),
                    waves, artifacts, new WebhookStore(database), webhooks, new AddressPolicy(webhookOptions.allowPrivateAddresses()),
                    options.authentication().identityProvider().map(provider -> new ExternalTokens(started, provider)));
            int resumed = dispatcher.resume();
            if (resumed > 0) {
                LOG.info("{} webhook deliveries of the previous run are pending; they resume when due", resumed);
            }

            Buffer contractText = Buffer.buffer(readContract());
            OpenAPIContract contract = await(OpenAPIContract.from(vertx, RouterContract.of(contractText.getBytes())), "load the OpenAPI contract " + CONTRACT);
            Router router = ApiRoutes.create(vertx, contract, contractText, services, options, log);
            HttpServer httpServer = await(vertx.createHttpServer(Listening.options(options))
                    .requestHandler(router)
                    .listen(), Listening.attempt(options));
            URI url = URI.create(Listening.scheme(options) + "://" + hostForUrl(options.bindAddress()) + ":" + httpServer.actualPort());
            Optional<HttpServer> metricsServer = Optional.empty();
            Optional<URI> metricsUrl = Optional.empty();
            if (options.safety().metricsListener().isPresent()) {
                SafetyOptions.MetricsListener listener = options.safety().metricsListener().get();
                // Only /metrics, without a token: this address is meant for a private network the API's users do not reach.
                Router metrics = Router.router(vertx);
                metrics.get("/metrics").handler(context -> context.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                        .end(registry.scrape()));
                HttpServer listening = await(vertx.createHttpServer().requestHandler(metrics).listen(listener.port(), listener.host()),
                        "listen for /metrics on " + listener.host() + ":" + listener.port() + " (serve --metrics-bind)");
                metricsServer = Optional.of(listening);
                metricsUrl = Optional.of(URI.create("http://" + hostForUrl(listener.host()) + ":" + listening.actualPort()));
            }
            return new CloudMigrateServer(resources, vertx, httpServer, jobs, dispatcher, url, metricsServer, metricsUrl);
        }
        catch (RuntimeException e) {
            if (vertx != null) {
                closeQuietly(vertx);
            }
            closeAll(resources);
            throw e;
        }
    }

    /** Where {@code /metrics} is served without a token, when {@code --metrics-bind} asks for it, e.g. {@code http://10.0.0.5:9090}. */
    public Optional<URI> metricsUrl()
    {
        return metricsUrl;
    }

    /** Where the server listens, e.g. {@code http://127.0.0.1:8080}, or {@code https://…} with TLS. */
    public URI url()
    {
        return url;
    }

    @Override
    public synchronized void close()
    {
        if (closed) {
            return;
        }
        closed = true;
        try {
            httpServer.shutdown(STOP_GRACE_SECONDS, TimeUnit.SECONDS).toCompletionStage().toCompletableFuture().get(STOP_GRACE_SECONDS + 1, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException | TimeoutException e) {
            LOG.warn("the HTTP server did not stop cleanly: {}", e.toString());
        }
        metricsServer.ifPresent(server -> server.close());
        jobs.close();
        // Before Vert.x, whose HTTP client an attempt in flight uses: cut short, it stays pending for the next start.
        webhooks.close();
        closeQuietly(vertx);
        closeAll(resources);
    }

    private static byte[] readContract()
    {
        try (InputStream input = CloudMigrateServer.class.getClassLoader().getResourceAsStream(CONTRACT)) {
            return requireNonNull(input, "the contract is missing from the jar: " + CONTRACT).readAllBytes();
        }
        catch (IOException e) {
            throw new IllegalStateException("cannot read the contract " + CONTRACT, e);
        }
    }

    private static <T> T await(Future<T> future, String what)
    {
        try {
            return future.toCompletionStage().toCompletableFuture().get(START_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CloudMigrateException(ServerErrorCode.LISTEN_FAILED, "interrupted while trying to " + what, e);
        }
        catch (ExecutionException | TimeoutException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new CloudMigrateException(ServerErrorCode.LISTEN_FAILED, "cannot " + what + ": " + cause.getMessage(), cause);
        }
    }

    private static String hostForUrl(String bindAddress)
    {
        return bindAddress.contains(":") ? "[" + bindAddress + "]" : bindAddress;
    }

    private static void closeQuietly(Vertx vertx)
    {
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(STOP_GRACE_SECONDS, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        catch (ExecutionException | TimeoutException e) {
            LOG.warn("Vert.x did not stop cleanly: {}", e.toString());
        }
    }

    private static void closeAll(List<AutoCloseable> resources)
    {
        for (AutoCloseable resource : resources.reversed()) {
            try {
                resource.close();
            }
            catch (Exception e) {
                LOG.warn("cannot release {}: {}", resource.getClass().getSimpleName(), e.toString());
            }
        }
    }
}
