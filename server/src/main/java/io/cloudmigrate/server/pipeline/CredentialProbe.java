package io.cloudmigrate.server.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Tells quickly whether AWS credentials may be available, before the SDK's default chain is asked: the
 * chain ends at the EC2 instance metadata service, whose timeouts and retries cost about 3 seconds on a
 * machine that is not in EC2, which {@code --prices auto} would pay on every run without credentials.
 *
 * <p>Environment variables and the shared credentials and config files are checked first (no network);
 * only without them is the metadata service asked for a session token, with a short timeout.
 */
final class CredentialProbe
{
    /** How long the metadata service may take to answer; it answers within milliseconds where it exists. */
    static final Duration METADATA_TIMEOUT_DEFAULT = Duration.ofMillis(300);

    private static final String METADATA_ENDPOINT = "http://169.254.169.254";
    // Any of these names a source of credentials that the default chain reads without the metadata service.
    private static final List<String> CREDENTIAL_VARIABLES = List.of(
            "AWS_ACCESS_KEY_ID", "AWS_PROFILE", "AWS_WEB_IDENTITY_TOKEN_FILE", "AWS_CONTAINER_CREDENTIALS_RELATIVE_URI", "AWS_CONTAINER_CREDENTIALS_FULL_URI");

    private final Map<String, String> environment;
    private final Path home;
    private final Duration metadataTimeout;

    CredentialProbe(Map<String, String> environment, Path home, Duration metadataTimeout)
    {
        this.environment = Map.copyOf(requireNonNull(environment, "environment is null"));
        this.home = requireNonNull(home, "home is null");
        this.metadataTimeout = requireNonNull(metadataTimeout, "metadataTimeout is null");
    }

    /** The probe of this process: its environment and the user's home directory. */
    static CredentialProbe ofThisProcess()
    {
        return new CredentialProbe(System.getenv(), Path.of(System.getProperty("user.home")), METADATA_TIMEOUT_DEFAULT);
    }

    /** Whether it is worth asking the default credentials chain; false means it would certainly find nothing. */
    boolean mayHaveCredentials()
    {
        if (CREDENTIAL_VARIABLES.stream().anyMatch(this::set)) {
            return true;
        }
        Path credentials = set("AWS_SHARED_CREDENTIALS_FILE") ? Path.of(environment.get("AWS_SHARED_CREDENTIALS_FILE")) : home.resolve(".aws").resolve("credentials");
        Path config = set("AWS_CONFIG_FILE") ? Path.of(environment.get("AWS_CONFIG_FILE")) : home.resolve(".aws").resolve("config");
        if (Files.isRegularFile(credentials) || Files.isRegularFile(config)) {
            return true;
        }
        if ("true".equalsIgnoreCase(environment.getOrDefault("AWS_EC2_METADATA_DISABLED", ""))) {
            return false;
        }
        return metadataServiceAnswers();
    }

    /**
     * Asks for an IMDSv2 session token over a plain socket: the JDK's HTTP client costs more to start than
     * the whole probe may take.
     */
    private boolean metadataServiceAnswers()
    {
        String endpoint = set("AWS_EC2_METADATA_SERVICE_ENDPOINT") ? environment.get("AWS_EC2_METADATA_SERVICE_ENDPOINT") : METADATA_ENDPOINT;
        URI uri;
        try {
            uri = URI.create(endpoint);
        }
        catch (IllegalArgumentException e) {
            // A malformed endpoint variable: the SDK would not reach the service either.
            return false;
        }
        if (uri.getHost() == null || !"http".equalsIgnoreCase(uri.getScheme())) {
            return false;
        }
        int timeout = (int) Math.max(1, metadataTimeout.toMillis());
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(uri.getHost(), uri.getPort() < 0 ? 80 : uri.getPort()), timeout);
            socket.setSoTimeout(timeout);
            String request = "PUT /latest/api/token HTTP/1.1\r\nHost: " + uri.getHost()
                    + "\r\nX-aws-ec2-metadata-token-ttl-seconds: 60\r\nContent-Length: 0\r\nConnection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            String status = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII)).readLine();
            return status != null && status.matches("HTTP/1\\.[01] 200( .*)?");
        }
        catch (IOException e) {
            return false;
        }
    }

    private boolean set(String variable)
    {
        String value = environment.get(variable);
        return value != null && !value.isBlank();
    }
}
