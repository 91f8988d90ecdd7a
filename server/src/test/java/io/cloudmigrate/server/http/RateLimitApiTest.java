package io.cloudmigrate.server.http;

import io.cloudmigrate.server.http.ApiClient.Answer;
import io.cloudmigrate.server.http.SafetyOptions.RateLimit;
import io.cloudmigrate.server.http.SafetyOptions.RateLimits;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A client address that makes more requests than the limit gets 429 with Retry-After, whatever it
 * asks for; other addresses go on.
 */
class RateLimitApiTest
{
    private static final RateLimit LIMIT = new RateLimit(5, Duration.ofMinutes(10));

    @TempDir
    static Path dataDirectory;

    private static CloudMigrateServer server;
    private static ApiClient api;

    @BeforeAll
    static void startServer()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        server = CloudMigrateServer.start(options.withSafety(options.safety().withRateLimits(new RateLimits(LIMIT, RateLimits.CREDENTIALS_DEFAULT))),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        api = new ApiClient(server.url());
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void answers429WithRetryAfterOnceAnAddressIsOverTheLimit()
            throws IOException, InterruptedException
    {
        for (int request = 1; request <= LIMIT.requests(); request++) {
            assertThat(api.get(request % 2 == 0 ? "/api/v1/estates" : "/health").status()).as("request " + request).isEqualTo(200);
        }

        Answer limited = api.get("/api/v1/estates");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(limited.json().path("type").asText()).isEqualTo("urn:cloudmigrate:problem:rate-limited");
        assertThat(limited.json().path("detail").asText()).contains("more than 5 requests in 10m").contains("127.0.0.1");
        // Five per ten minutes come back one every two minutes.
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(110L, 120L);
        assertThat(limited.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.get("/api/v1/nothing-here").status()).as("even for a path that does not exist").isEqualTo(429);

        // Another address on the same machine has a bucket of its own.
        HttpClient other = HttpClient.newBuilder().localAddress(InetAddress.getByName("127.0.0.2")).build();
        HttpResponse<String> fromOther = other.send(HttpRequest.newBuilder(api.uri("/api/v1/estates")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(fromOther.statusCode()).isEqualTo(200);
    }
}
