package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.server.http.SafetyOptions.MetricsListener;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code --trusted-proxy}: the audit log records the client a trusted proxy forwarded for, and the
 * peer itself when anyone else sends the header; {@code --metrics-bind}: /metrics without a token on
 * an address of its own, and only there.
 */
class ProxyAndMetricsApiTest
{
    private static final String PROXY = "127.0.0.21";

    @TempDir
    static Path dataDirectory;

    private static TestServer server;
    private static ApiClient administrator;

    @BeforeAll
    static void startServer()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        options = options.withSafety(options.safety().withTrustedProxies(List.of(PROXY + "/32")).withMetricsListener(new MetricsListener("127.0.0.1", 0)));
        TestServer.addUser(options, "root", "admin", true);
        server = TestServer.start(options, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        administrator = server.api().anonymous().signIn("root", TestServer.PASSWORD);
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void recordsTheClientATrustedProxyForwardedForAndThePeerOtherwise()
            throws Exception
    {
        assertThat(signIn(PROXY, "198.51.100.7, 10.0.0.3").statusCode()).isEqualTo(200);
        assertThat(signIn("127.0.0.22", "198.51.100.8").statusCode()).isEqualTo(200);

        JsonNode signIns = administrator.get("/api/v1/audit?action=createToken&actor=" + TestServer.USER).json().path("items");
        assertThat(signIns).extracting(entry -> entry.path("address").asText()).contains("10.0.0.3", "127.0.0.22")
                .doesNotContain("198.51.100.8", PROXY);
    }

    @Test
    void servesMetricsWithoutATokenOnlyOnTheMetricsAddress()
            throws Exception
    {
        URI metrics = server.server().metricsUrl().orElseThrow();
        HttpClient client = HttpClient.newHttpClient();

        HttpResponse<String> scraped = client.send(HttpRequest.newBuilder(metrics.resolve("/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(scraped.statusCode()).isEqualTo(200);
        assertThat(scraped.body()).contains("jvm_memory_used_bytes");
        assertThat(client.send(HttpRequest.newBuilder(metrics.resolve("/api/v1/estates")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(404);
        assertThat(server.api().anonymous().get("/metrics").status()).as("on the API's address it still needs a token").isEqualTo(401);
    }

    private static HttpResponse<String> signIn(String from, String forwardedFor)
            throws IOException, InterruptedException
    {
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(from)).build();
        return client.send(HttpRequest.newBuilder(URI.create(server.server().url() + "/api/v1/auth/token")).header("Content-Type", "application/json")
                .header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\": \"password\", \"username\": \"" + TestServer.USER + "\", \"password\": \""
                        + TestServer.PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
    }
}
