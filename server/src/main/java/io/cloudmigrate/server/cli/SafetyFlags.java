package io.cloudmigrate.server.cli;

import io.cloudmigrate.server.http.SafetyOptions;
import io.cloudmigrate.server.http.SafetyOptions.ArchiveLimits;
import io.cloudmigrate.server.http.SafetyOptions.RateLimit;
import io.cloudmigrate.server.http.SafetyOptions.RateLimits;
import io.cloudmigrate.server.http.SafetyOptions.Tls;
import io.cloudmigrate.server.http.ServerOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The flags of {@code serve} that protect the server: TLS, CORS origins, rate limits and archive limits.
 */
final class SafetyFlags
{
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--tls-cert", paramLabel = "FILE", description = "PEM certificate chain: serve HTTPS (with HSTS) instead of HTTP; needs --tls-key.")
    Path tlsCertificate;

    @Option(names = "--tls-key", paramLabel = "FILE", description = "PEM private key of --tls-cert.")
    Path tlsKey;

    @Option(names = "--cors-origin", paramLabel = "ORIGIN", description = "An origin allowed to call the API from a browser page, e.g. https://portal.example.com "
            + "(repeatable; none by default).")
    List<String> corsOrigins = new ArrayList<>();

    @Option(names = "--rate-limit", paramLabel = "N/PERIOD", description = "Requests per client address and per caller, e.g. 600/1m (default: 3000/1m).")
    String rateLimit;

    @Option(names = "--credentials-rate-limit", paramLabel = "N/PERIOD", description = "Stricter limit for operations that check credentials (default: 10/1m).")
    String credentialsRateLimit;

    @Option(names = "--max-unpacked-bytes", paramLabel = "BYTES", description = "Largest total an uploaded archive may unpack to (default: ${DEFAULT-VALUE}).")
    long maximumUnpackedBytes = ArchiveLimits.MAXIMUM_UNPACKED_BYTES_DEFAULT;

    @Option(names = "--max-archive-entries", paramLabel = "N", description = "Most entries an uploaded archive may hold (default: ${DEFAULT-VALUE}).")
    int maximumArchiveEntries = ArchiveLimits.MAXIMUM_ENTRIES_DEFAULT;

    @Option(names = "--max-compression-ratio", paramLabel = "N", description = "Most times its own size an archive (or a zip entry) may unpack to; "
            + "more is refused as a zip bomb (default: ${DEFAULT-VALUE}).")
    int maximumCompressionRatio = ArchiveLimits.MAXIMUM_COMPRESSION_RATIO_DEFAULT;

    @Option(names = "--trusted-proxy", paramLabel = "CIDR", description = "A reverse proxy (address or CIDR block, e.g. 10.0.0.0/8) whose X-Forwarded-For "
            + "names the client for rate limits, the sign-in lock-out and the audit log (repeatable; none by default: the header is ignored).")
    List<String> trustedProxies = new ArrayList<>();

    @Option(names = "--metrics-bind", paramLabel = "HOST:PORT", description = "Also serve /metrics without a token on this address, e.g. 10.0.0.5:9090, "
            + "for a scraper on a private network (on --bind it needs a viewer's token).")
    String metricsBind;

    /** The given options with the safety these flags ask for. */
    ServerOptions applyTo(ServerOptions options)
    {
        if ((tlsCertificate == null) != (tlsKey == null)) {
            throw new ParameterException(spec.commandLine(), "--tls-cert and --tls-key go together: give both or neither");
        }
        Optional<Tls> tls = Optional.empty();
        if (tlsCertificate != null) {
            readable("--tls-cert", tlsCertificate);
            readable("--tls-key", tlsKey);
            tls = Optional.of(new Tls(tlsCertificate, tlsKey));
        }
        if (maximumUnpackedBytes < 1 || maximumArchiveEntries < 1 || maximumCompressionRatio < 1) {
            throw new ParameterException(spec.commandLine(), "--max-unpacked-bytes, --max-archive-entries and --max-compression-ratio must be positive");
        }
        try {
            RateLimits rateLimits = new RateLimits(rateLimit == null ? RateLimits.GENERAL_DEFAULT : RateLimit.parse(rateLimit),
                    credentialsRateLimit == null ? RateLimits.CREDENTIALS_DEFAULT : RateLimit.parse(credentialsRateLimit));
            return options.withSafety(new SafetyOptions(tls, corsOrigins, rateLimits,
                    new ArchiveLimits(maximumUnpackedBytes, maximumArchiveEntries, maximumCompressionRatio), trustedProxies,
                    Optional.ofNullable(metricsBind).map(SafetyOptions.MetricsListener::parse)));
        }
        catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void readable(String flag, Path file)
    {
        if (!Files.isReadable(file)) {
            throw new ParameterException(spec.commandLine(), flag + " " + file + " is not a readable file");
        }
    }
}
