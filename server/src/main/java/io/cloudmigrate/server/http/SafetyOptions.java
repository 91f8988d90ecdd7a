package io.cloudmigrate.server.http;

import io.cloudmigrate.server.http.internal.limits.TrustedProxies;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * How the server protects itself and its browsers: TLS, the origins allowed to call it from a page
 * of their own, how many requests a client may make, and what an uploaded archive may unpack to.
 *
 * @param tls the certificate and key when the server speaks HTTPS; plain HTTP otherwise
 * @param corsOrigins the origins (e.g. {@code https://portal.example.com}) allowed cross-origin calls; none by default
 * @param trustedProxies the reverse proxies (IP addresses or CIDR blocks) whose {@code X-Forwarded-For}
 *        names the client that rate limits, the sign-in lock-out and the audit log count under; none by default
 * @param metricsListener a separate address where {@code /metrics} is served without a token (for a
 *        scraper on a private network); on the API's address it needs a viewer's token
 */
public record SafetyOptions(Optional<Tls> tls, List<String> corsOrigins, RateLimits rateLimits, ArchiveLimits archiveLimits, List<String> trustedProxies,
        Optional<MetricsListener> metricsListener)
{
    public static final SafetyOptions DEFAULTS = new SafetyOptions(Optional.empty(), List.of(), RateLimits.DEFAULTS, ArchiveLimits.DEFAULTS);

    /** No trusted proxies and no separate metrics address. */
    public SafetyOptions(Optional<Tls> tls, List<String> corsOrigins, RateLimits rateLimits, ArchiveLimits archiveLimits)
    {
        this(tls, corsOrigins, rateLimits, archiveLimits, List.of(), Optional.empty());
    }

    public SafetyOptions
    {
        requireNonNull(tls, "tls is null");
        corsOrigins = List.copyOf(requireNonNull(corsOrigins, "corsOrigins is null"));
        requireNonNull(rateLimits, "rateLimits is null");
        requireNonNull(archiveLimits, "archiveLimits is null");
        trustedProxies = List.copyOf(requireNonNull(trustedProxies, "trustedProxies is null"));
        requireNonNull(metricsListener, "metricsListener is null");
        TrustedProxies.of(trustedProxies);
        for (String origin : corsOrigins) {
            if (!origin.matches("https?://[A-Za-z0-9.\\-\\[\\]:]+")) {
                throw new IllegalArgumentException("a CORS origin is a scheme, host and optional port without a path, e.g. https://portal.example.com; found '" + origin + "'");
            }
        }
    }

    public SafetyOptions withTls(Tls tls)
    {
        return new SafetyOptions(Optional.of(tls), corsOrigins, rateLimits, archiveLimits, trustedProxies, metricsListener);
    }

    public SafetyOptions withCorsOrigins(List<String> corsOrigins)
    {
        return new SafetyOptions(tls, corsOrigins, rateLimits, archiveLimits, trustedProxies, metricsListener);
    }

    public SafetyOptions withRateLimits(RateLimits rateLimits)
    {
        return new SafetyOptions(tls, corsOrigins, rateLimits, archiveLimits, trustedProxies, metricsListener);
    }

    public SafetyOptions withArchiveLimits(ArchiveLimits archiveLimits)
    {
        return new SafetyOptions(tls, corsOrigins, rateLimits, archiveLimits, trustedProxies, metricsListener);
    }

    public SafetyOptions withTrustedProxies(List<String> trustedProxies)
    {
        return new SafetyOptions(tls, corsOrigins, rateLimits, archiveLimits, trustedProxies, metricsListener);
    }

    public SafetyOptions withMetricsListener(MetricsListener metricsListener)
    {
        return new SafetyOptions(tls, corsOrigins, rateLimits, archiveLimits, trustedProxies, Optional.of(metricsListener));
    }

    /** Where {@code /metrics} is served without a token, apart from the API; port 0 for any free one. */
    public record MetricsListener(String host, int port)
    {
        public MetricsListener
        {
            requireNonNull(host, "host is null");
            if (host.isBlank() || port < 0 || port > 65535) {
                throw new IllegalArgumentException("the metrics address is HOST:PORT with a port from 0 to 65535; found " + host + ":" + port);
            }
        }

        /** {@code HOST:PORT}, {@code [IPV6]:PORT}. */
        public static MetricsListener parse(String text)
        {
            int colon = text.lastIndexOf(':');
            if (colon <= 0) {
                throw new IllegalArgumentException("the metrics address is HOST:PORT, e.g. 10.0.0.5:9090; found '" + text + "'");
            }
            String host = text.substring(0, colon);
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            try {
                return new MetricsListener(host, Integer.parseInt(text.substring(colon + 1)));
            }
            catch (NumberFormatException e) {
                throw new IllegalArgumentException("the port of the metrics address '" + text + "' is not a number");
            }
        }
    }

    /** A PEM certificate chain and its PEM private key (PKCS#8 or PKCS#1). */
    public record Tls(Path certificate, Path key)
    {
        public Tls
        {
            requireNonNull(certificate, "certificate is null");
            requireNonNull(key, "key is null");
        }
    }

    /**
     * At most {@code requests} requests in each {@code period}, counted per client.
     */
    public record RateLimit(int requests, Duration period)
    {
        private static final Pattern FORM = Pattern.compile("([0-9]{1,9})/([0-9]{1,6})([smh])");

        public RateLimit
        {
            requireNonNull(period, "period is null");
            if (requests < 1 || period.isNegative() || period.isZero()) {
                throw new IllegalArgumentException("a rate limit is a positive number of requests in a positive period: " + requests + " per " + period);
            }
        }

        /** Reads {@code 600/1m}: requests, a slash, and a period in seconds ({@code s}), minutes ({@code m}) or hours ({@code h}). */
        public static RateLimit parse(String text)
        {
            Matcher parts = FORM.matcher(text.strip());
            if (!parts.matches()) {
                throw new IllegalArgumentException("a rate limit looks like 600/1m (requests per period in s, m or h), found '" + text + "'");
            }
            long amount = Long.parseLong(parts.group(2));
            Duration period = switch (parts.group(3)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                default -> Duration.ofHours(amount);
            };
            return new RateLimit(Integer.parseInt(parts.group(1)), period);
        }
    }

    /**
     * The rate limits: {@code general} for every request, counted per client address and again per
     * caller; {@code credentials} for operations that check a password or token (stricter, so that
     * guessing is slow).
     */
    public record RateLimits(RateLimit general, RateLimit credentials)
    {
        public static final RateLimit GENERAL_DEFAULT = new RateLimit(3000, Duration.ofMinutes(1));
        public static final RateLimit CREDENTIALS_DEFAULT = new RateLimit(10, Duration.ofMinutes(1));
        public static final RateLimits DEFAULTS = new RateLimits(GENERAL_DEFAULT, CREDENTIALS_DEFAULT);

        public RateLimits
        {
            requireNonNull(general, "general is null");
            requireNonNull(credentials, "credentials is null");
        }
    }

    /**
     * What an uploaded archive may hold: checked before it is accepted and again while it is unpacked.
     *
     * @param maximumUnpackedBytes the total size of its files once unpacked
     * @param maximumEntries how many entries (files and folders) it may hold
     * @param maximumCompressionRatio how many times its own size it may unpack to, in total and per zip
     *        entry; a zip bomb unpacks to thousands of times its size, JSON to tens
     */
    public record ArchiveLimits(long maximumUnpackedBytes, int maximumEntries, int maximumCompressionRatio)
    {
        public static final long MAXIMUM_UNPACKED_BYTES_DEFAULT = 4L * 1024 * 1024 * 1024;
        public static final int MAXIMUM_ENTRIES_DEFAULT = 100_000;
        public static final int MAXIMUM_COMPRESSION_RATIO_DEFAULT = 100;
        public static final ArchiveLimits DEFAULTS = new ArchiveLimits(MAXIMUM_UNPACKED_BYTES_DEFAULT, MAXIMUM_ENTRIES_DEFAULT,
                MAXIMUM_COMPRESSION_RATIO_DEFAULT);

        public ArchiveLimits
        {
            if (maximumUnpackedBytes < 1 || maximumEntries < 1 || maximumCompressionRatio < 1) {
                throw new IllegalArgumentException("archive limits must be positive");
            }
        }
    }
}
