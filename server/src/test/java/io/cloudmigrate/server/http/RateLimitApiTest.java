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
 * asks for; other addresses go on. The token endpoint has a stricter limit of its own.
 */
class RateLimitApiTest
{
    private static final RateLimit GENERAL = new RateLimit(8, Duration.ofMinutes(16));
    private static final RateLimit CREDENTIALS = new RateLimit(3, Duration.ofMinutes(30));
    private static final String USER = "roaming";

    @TempDir
    static Path dataDirectory;

    private static CloudMigrateServer server;
    private static ApiClient api;

    @BeforeAll
    static void startServer()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, USER, "viewer", false);
        server = CloudMigrateServer.start(options.withSafety(options.safety().withRateLimits(new RateLimits(GENERAL, CREDENTIALS))),
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
        for (int request = 1; request <= GENERAL.requests(); request++) {
            assertThat(api.get(request % 2 == 0 ? "/ready" : "/health").status()).as("request " + request).isEqualTo(200);
        }

        Answer limited = api.get("/health");
        assertThat(limited.status()).isEqualTo(429);
        assertThat(limited.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(limited.json().path("type").asText()).isEqualTo("urn:cloudmigrate:problem:rate-limited");
        assertThat(limited.json().path("detail").asText()).contains("more than 8 requests in 16m").contains("127.0.0.1").contains("--rate-limit");
        // Eight per sixteen minutes come back one every two minutes.
        assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(110L, 120L);
        assertThat(limited.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.get("/api/v1/estates").status()).as("counted before the token is asked for").isEqualTo(429);

        // Another address on the same machine has a bucket of its own.
        assertThat(from("127.0.0.2").send(HttpRequest.newBuilder(api.uri("/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void limitsPasswordGuessesAtTheTokenEndpointMoreStrictly()
            throws IOException, InterruptedException
    {
        HttpClient guesser = from("127.0.0.3");
        HttpRequest guess = HttpRequest.newBuilder(api.uri("/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\": \"password\", \"username\": \"admin\", \"password\": \"guess\"}")).build();
        for (int attempt = 1; attempt <= CREDENTIALS.requests(); attempt++) {
            assertThat(guesser.send(guess, HttpResponse.BodyHandlers.ofString()).statusCode()).as("attempt " + attempt).isNotEqualTo(429);
        }
        HttpResponse<String> limited = guesser.send(guess, HttpResponse.BodyHandlers.ofString());
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("--credentials-rate-limit");
        assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        // The general limit of that address is not used up: other operations still answer.
        assertThat(guesser.send(HttpRequest.newBuilder(api.uri("/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void limitsACallerWhoseRequestsComeFromSeveralAddresses()
            throws IOException, InterruptedException
    {
        HttpClient home = from("127.0.0.4");
        HttpClient away = from("127.0.0.5");
        HttpResponse<String> signedIn = home.send(HttpRequest.newBuilder(api.uri("/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\": \"password\", \"username\": \"" + USER + "\", \"password\": \""
                        + TestServer.PASSWORD + "\"}")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(200);
        String token = new ApiClient.Answer(200, signedIn).json().path("access_token").asText();
        HttpRequest estates = HttpRequest.newBuilder(api.uri("/api/v1/estates")).header("Authorization", "Bearer " + token).build();

        // Each address stays well under its own limit; together they use up the caller's.
        for (int request = 1; request <= GENERAL.requests(); request++) {
            assertThat((request % 2 == 0 ? home : away).send(estates, HttpResponse.BodyHandlers.ofString()).statusCode()).as("request " + request).isEqualTo(200);
        }
        HttpResponse<String> limited = away.send(estates, HttpResponse.BodyHandlers.ofString());
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.body()).contains("the caller " + USER);
        assertThat(from("127.0.0.6").send(HttpRequest.newBuilder(api.uri("/health")).build(), HttpResponse.BodyHandlers.ofString()).statusCode())
                .as("an anonymous request from a third address").isEqualTo(200);
    }

    private static HttpClient from(String address)
            throws IOException
    {
        return HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
    }
}
