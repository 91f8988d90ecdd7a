package io.cloudmigrate.server.pipeline;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code --prices auto} finds out in well under a second that there are no AWS credentials. */
class CredentialProbeTest
{
    @Test
    void answersNoWithinTheMetadataTimeoutWhenNothingIsConfiguredAndTheMetadataServiceIsSilent(@TempDir Path home)
            throws IOException
    {
        // A listener that accepts connections and never answers, as a black-holed 169.254.169.254 behaves.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> acceptForever(silent));
            CredentialProbe probe = new CredentialProbe(Map.of("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://127.0.0.1:" + silent.getLocalPort()), home,
                    Duration.ofMillis(300));

            long started = System.nanoTime();
            boolean found = probe.mayHaveCredentials();
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            assertThat(found).isFalse();
            assertThat(took).isLessThan(Duration.ofSeconds(1));
        }
    }

    @Test
    void answersNoWithoutTouchingTheNetworkWhenTheMetadataServiceIsDisabled(@TempDir Path home)
    {
        CredentialProbe probe = new CredentialProbe(Map.of("AWS_EC2_METADATA_DISABLED", "true"), home, Duration.ofSeconds(30));

        long started = System.nanoTime();
        assertThat(probe.mayHaveCredentials()).isFalse();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    void answersYesForCredentialsInTheEnvironmentOrASharedFile(@TempDir Path home)
            throws IOException
    {
        Map<String, String> noMetadata = Map.of("AWS_EC2_METADATA_DISABLED", "true");
        assertThat(new CredentialProbe(Map.of("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE", "AWS_EC2_METADATA_DISABLED", "true"), home, Duration.ofMillis(300))
                .mayHaveCredentials()).isTrue();
        assertThat(new CredentialProbe(Map.of("AWS_PROFILE", "audit", "AWS_EC2_METADATA_DISABLED", "true"), home, Duration.ofMillis(300))
                .mayHaveCredentials()).isTrue();

        Files.createDirectories(home.resolve(".aws"));
        Files.writeString(home.resolve(".aws").resolve("config"), "[default]\nregion = eu-west-1\n");

        assertThat(new CredentialProbe(noMetadata, home, Duration.ofMillis(300)).mayHaveCredentials()).isTrue();
    }

    @Test
    void answersYesWhenTheMetadataServiceGivesASessionToken(@TempDir Path home)
            throws IOException
    {
        HttpServer metadata = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        metadata.createContext("/latest/api/token", exchange -> {
            byte[] token = "token".getBytes();
            exchange.sendResponseHeaders(exchange.getRequestMethod().equals("PUT") ? 200 : 405, token.length);
            exchange.getResponseBody().write(token);
            exchange.close();
        });
        metadata.start();
        try {
            CredentialProbe probe = new CredentialProbe(Map.of("AWS_EC2_METADATA_SERVICE_ENDPOINT", "http://127.0.0.1:" + metadata.getAddress().getPort() + "/"), home,
                    Duration.ofSeconds(2));

            assertThat(probe.mayHaveCredentials()).isTrue();
        }
        finally {
            metadata.stop(0);
        }
    }

    private static void acceptForever(ServerSocket server)
    {
        try {
            while (!server.isClosed()) {
                Socket ignored = server.accept();
            }
        }
        catch (IOException e) {
            // closed at the end of the test
        }
    }
}
