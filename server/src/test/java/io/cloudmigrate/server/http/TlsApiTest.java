package io.cloudmigrate.server.http;

import io.cloudmigrate.server.http.SafetyOptions.Tls;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import javax.net.ssl.SSLHandshakeException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With {@code --tls-cert} and {@code --tls-key} the server speaks HTTPS only, with HSTS.
 */
class TlsApiTest
{
    @TempDir
    static Path dataDirectory;
    @TempDir
    static Path certificates;

    private static TestCertificate certificate;
    private static CloudMigrateServer server;

    @BeforeAll
    static void startServer()
    {
        certificate = TestCertificate.create(certificates);
        ServerOptions options = TestDatabases.options(dataDirectory);
        server = CloudMigrateServer.start(options.withSafety(options.safety().withTls(new Tls(certificate.certificateFile(), certificate.keyFile()))),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void servesHttpsWithTheGivenCertificateAndHsts()
            throws IOException, InterruptedException
    {
        assertThat(server.url().getScheme()).isEqualTo("https");
        HttpClient client = HttpClient.newBuilder().sslContext(certificate.trustingIt()).connectTimeout(Duration.ofSeconds(5)).build();

        HttpResponse<String> health = client.send(HttpRequest.newBuilder(server.url().resolve("/health")).build(), HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> missing = client.send(HttpRequest.newBuilder(server.url().resolve("/api/v1/nothing")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.sslSession()).isPresent();
        assertThat(health.sslSession().get().getPeerCertificates()[0]).isEqualTo(certificate.certificate());
        assertThat(health.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
        assertThat(missing.statusCode()).as("no token").isEqualTo(401);
        assertThat(missing.headers().firstValue("Strict-Transport-Security")).contains("max-age=31536000");
    }

    @Test
    void aClientThatDoesNotTrustTheCertificateIsRefused()
    {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        assertThatThrownBy(() -> client.send(HttpRequest.newBuilder(server.url().resolve("/health")).build(), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(SSLHandshakeException.class);
    }

    @Test
    void doesNotServePlainHttpOnTheTlsPort()
            throws IOException
    {
        URI url = server.url();
        try (Socket socket = new Socket(url.getHost(), url.getPort())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(("GET /health HTTP/1.1\r\nHost: " + url.getHost() + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            byte[] answer = readAll(socket.getInputStream());
            // The TLS layer answers cleartext with an alert (or nothing) and closes: never an HTTP response.
            assertThat(new String(answer, StandardCharsets.ISO_8859_1)).doesNotContain("HTTP/1.1").doesNotContain("\"status\"");
        }
    }

    private static byte[] readAll(InputStream input)
    {
        try {
            return input.readAllBytes();
        }
        catch (IOException e) {
            // A reset connection is a refusal too.
            return new byte[0];
        }
    }
}
