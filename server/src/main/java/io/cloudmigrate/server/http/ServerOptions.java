package io.cloudmigrate.server.http;

import io.cloudmigrate.server.pipeline.Pricing;

import java.nio.file.Path;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How {@code cloudmigrate serve} runs.
 *
 * @param bindAddress the address to listen on; 127.0.0.1 by default
 * @param port the port, or 0 for any free one
 * @param dataDirectory where the embedded database and uploads live; locked while the server runs
 * @param database an external PostgreSQL; when empty, an embedded one under the data directory
 * @param maximumUploadBytes the largest archive accepted
 * @param maximumBodyBytes the largest JSON request body accepted
 * @param concurrentJobs how many jobs run at once; the rest wait in the queue
 * @param authentication token signing and lifetimes
 * @param safety TLS, CORS, rate limits and archive limits
 * @param jobTimeouts how long a job of each kind may run before it fails
 * @param pricing where assessment jobs take their prices from; the bundled snapshot unless {@code serve --prices} says otherwise
 * @param pageCacheBytes the most bytes of rendered recommendation pages kept in memory ({@code serve --page-cache-megabytes}); 0 keeps none
 */
public record ServerOptions(
        String bindAddress,
        int port,
        Path dataDirectory,
        Optional<ExternalDatabase> database,
        long maximumUploadBytes,
        long maximumBodyBytes,
        int concurrentJobs,
        AuthenticationOptions authentication,
        SafetyOptions safety,
        JobTimeouts jobTimeouts,
        Pricing pricing,
        long pageCacheBytes)
{
    public static final String BIND_ADDRESS_DEFAULT = "127.0.0.1";
    public static final int PORT_DEFAULT = 8080;
    public static final long MAXIMUM_UPLOAD_BYTES_DEFAULT = 512L * 1024 * 1024;
    public static final long MAXIMUM_BODY_BYTES_DEFAULT = 1024L * 1024;
    public static final int CONCURRENT_JOBS_DEFAULT = 2;
    /** A modest share of the heap: with it full, the server stays well under 512 MB with ten large assessments stored. */
    public static final long PAGE_CACHE_BYTES_DEFAULT = 64L * 1024 * 1024;

    public ServerOptions
    {
        requireNonNull(bindAddress, "bindAddress is null");
        requireNonNull(dataDirectory, "dataDirectory is null");
        requireNonNull(database, "database is null");
        requireNonNull(authentication, "authentication is null");
        requireNonNull(safety, "safety is null");
        requireNonNull(jobTimeouts, "jobTimeouts is null");
        requireNonNull(pricing, "pricing is null");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
        if (maximumUploadBytes < 1 || maximumBodyBytes < 1 || concurrentJobs < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (pageCacheBytes < 0) {
            throw new IllegalArgumentException("pageCacheBytes must not be negative: " + pageCacheBytes);
        }
    }

    /** Options that price assessments from the bundled snapshot only. */
    public ServerOptions(String bindAddress, int port, Path dataDirectory, Optional<ExternalDatabase> database, long maximumUploadBytes, long maximumBodyBytes,
            int concurrentJobs, AuthenticationOptions authentication, SafetyOptions safety, JobTimeouts jobTimeouts)
    {
        this(bindAddress, port, dataDirectory, database, maximumUploadBytes, maximumBodyBytes, concurrentJobs, authentication, safety, jobTimeouts, Pricing.snapshot(),
                PAGE_CACHE_BYTES_DEFAULT);
    }

    /** The defaults, with the given data directory. */
    public static ServerOptions defaults(Path dataDirectory)
    {
        return new ServerOptions(BIND_ADDRESS_DEFAULT, PORT_DEFAULT, dataDirectory, Optional.empty(), MAXIMUM_UPLOAD_BYTES_DEFAULT,
                MAXIMUM_BODY_BYTES_DEFAULT, CONCURRENT_JOBS_DEFAULT,
                AuthenticationOptions.defaults(), SafetyOptions.DEFAULTS, JobTimeouts.DEFAULTS);
    }

    public ServerOptions withPort(int port)
    {
        return new ServerOptions(bindAddress, port, dataDirectory, database, maximumUploadBytes, maximumBodyBytes, concurrentJobs, authentication, safety, jobTimeouts, pricing, pageCacheBytes);
    }

    public ServerOptions withAuthentication(AuthenticationOptions authentication)
    {
        return new ServerOptions(bindAddress, port, dataDirectory, database, maximumUploadBytes, maximumBodyBytes, concurrentJobs, authentication, safety, jobTimeouts, pricing, pageCacheBytes);
    }

    public ServerOptions withDatabase(ExternalDatabase database)
    {
        return new ServerOptions(bindAddress, port, dataDirectory, Optional.of(database), maximumUploadBytes, maximumBodyBytes, concurrentJobs, authentication, safety, jobTimeouts, pricing, pageCacheBytes);
    }

    public ServerOptions withMaximumUploadBytes(long maximumUploadBytes)
    {
        return new ServerOptions(bindAddress, port, dataDirectory, database, maximumUploadBytes, maximumBodyBytes, concurrentJobs, authentication, safety, jobTimeouts, pricing, pageCacheBytes);
    }

    public ServerOptions withJobTimeouts(JobTimeouts jobTimeouts)
    {
        return new ServerOptions(bindAddress, port, dataDirectory, database, maximumUploadBytes, maximumBodyBytes, concurrentJobs, authentication, safety, jobTimeouts, pricing, pageCacheBytes);
    }

    /** Where assessment jobs take their prices from, as {@code serve --prices} says. */
    public ServerOptions withPricing(Pricing pricing)
    {
        return new ServerOptions(bindAddress, port, dataDirectory, database, maximumUploadBytes, maximumBodyBytes, concurrentJobs, authentication, safety, jobTimeouts, pricing, pageCacheBytes);
    }

    /** How many bytes of rendered recommendation pages the server keeps, as {@code serve --page-cache-megabytes} says. */
    public ServerOptions withPageCacheBytes(long pageCacheBytes)
    {
        return new ServerOptions(bindAddress, port, dataDirectory, database, maximumUploadBytes, maximumBodyBytes, concurrentJobs, authentication, safety, jobTimeouts, pricing, pageCacheBytes);
    }

    public ServerOptions withSafety(SafetyOptions safety)
    {
        return new ServerOptions(bindAddress, port, dataDirectory, database, maximumUploadBytes, maximumBodyBytes, concurrentJobs, authentication, safety, jobTimeouts, pricing, pageCacheBytes);
    }

    /**
     * A PostgreSQL server the operator runs.
     *
     * @param password never printed; {@link #toString()} leaves it out
     */
    public record ExternalDatabase(String jdbcUrl, String user, String password)
    {
        public ExternalDatabase
        {
            requireNonNull(jdbcUrl, "jdbcUrl is null");
            requireNonNull(user, "user is null");
            requireNonNull(password, "password is null");
            if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("the database URL must start with jdbc:postgresql: (found " + jdbcUrl + ")");
            }
        }

        @Override
        public String toString()
        {
            return "ExternalDatabase[jdbcUrl=" + jdbcUrl + ", user=" + user + "]";
        }
    }
}
