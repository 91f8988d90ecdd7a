package io.cloudmigrate.server.http;

import io.cloudmigrate.server.http.ApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Browser pages of a configured origin may call the API; pages of any other origin may not, and
 * without {@code --cors-origin} none may.
 */
class CrossOriginApiTest
{
    private static final String PORTAL = "https://portal.example.com";
    private static final String OTHER = "https://evil.example.net";

    @TempDir
    static Path dataDirectory;
    @TempDir
    static Path defaultDataDirectory;

    private static TestServer server;
    private static TestServer defaultServer;
    private static ApiClient api;
    private static ApiClient defaultApi;

    @BeforeAll
    static void startServers()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        server = TestServer.start(options.withSafety(options.safety().withCorsOrigins(List.of(PORTAL, "http://localhost:3000"))), quiet());
        api = server.api();
        defaultServer = TestServer.start(TestDatabases.options(defaultDataDirectory), quiet());
        defaultApi = defaultServer.api();
    }

    @AfterAll
    static void stopServers()
    {
        server.close();
        defaultServer.close();
    }

    @Test
    void allowsThePreflightOfAConfiguredOrigin()
    {
        Answer preflight = api.send(preflight(api, PORTAL, "POST"));
        assertThat(preflight.status()).isBetween(200, 204);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isEqualTo(PORTAL);
        assertThat(preflight.header("Access-Control-Allow-Methods")).contains("POST");
        assertThat(preflight.header("Access-Control-Allow-Headers")).containsIgnoringCase("content-type").containsIgnoringCase("authorization");
        assertThat(preflight.header("Access-Control-Allow-Credentials")).isNull();

        Answer call = api.send(HttpRequest.newBuilder(api.uri("/api/v1/estates")).header("Origin", PORTAL).GET());
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.header("Access-Control-Allow-Origin")).isEqualTo(PORTAL);
        assertThat(call.header("Access-Control-Expose-Headers")).contains("Location");
    }

    @Test
    void refusesThePreflightOfAnotherOrigin()
    {
        Answer preflight = api.send(preflight(api, OTHER, "DELETE"));
        assertThat(preflight.status()).isEqualTo(403);
        assertThat(preflight.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(preflight.json().path("detail").asText()).contains(OTHER);
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();

        Answer call = api.send(HttpRequest.newBuilder(api.uri("/api/v1/estates")).header("Origin", OTHER).GET());
        assertThat(call.header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void allowsNoOriginByDefault()
    {
        // Whatever the status, a preflight answer without Access-Control-Allow-Origin makes the browser refuse the call.
        Answer preflight = defaultApi.send(preflight(defaultApi, PORTAL, "POST"));
        assertThat(preflight.header("Access-Control-Allow-Origin")).isNull();
        assertThat(preflight.header("Access-Control-Allow-Methods")).isNull();

        Answer call = defaultApi.send(HttpRequest.newBuilder(defaultApi.uri("/api/v1/estates")).header("Origin", PORTAL).GET());
        assertThat(call.status()).isEqualTo(200);
        assertThat(call.header("Access-Control-Allow-Origin")).isNull();
    }

    private static HttpRequest.Builder preflight(ApiClient client, String origin, String method)
    {
        return HttpRequest.newBuilder(client.uri("/api/v1/estates"))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", method)
                .header("Access-Control-Request-Headers", "content-type, authorization")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody());
    }

    private static PrintStream quiet()
    {
        return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    }
}
