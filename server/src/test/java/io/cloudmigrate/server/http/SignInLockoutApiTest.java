package io.cloudmigrate.server.http;

import io.cloudmigrate.server.http.AuthenticationOptions.Lockout;
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
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The lock-out of password guessing at the token endpoint, through real HTTP from several loopback
 * addresses: per user name, per address, the same for names without a user, cleared by a success.
 */
class SignInLockoutApiTest
{
    private static final Lockout LOCKOUT = new Lockout(3, 5, Duration.ofMinutes(15), Duration.ofMinutes(10));

    @TempDir
    static Path dataDirectory;

    private static CloudMigrateServer server;

    @BeforeAll
    static void startServer()
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        for (String user : new String[] {"locked", "bystander", "forgetful", "twin"}) {
            TestServer.addUser(options, user, "viewer", false);
        }
        server = CloudMigrateServer.start(options.withAuthentication(options.authentication().withLockout(LOCKOUT)),
                new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void locksAUserNameOutAfterRepeatedFailuresWhateverThePasswordAndWherever()
            throws Exception
    {
        for (int attempt = 1; attempt <= LOCKOUT.failuresPerUser(); attempt++) {
            assertThat(signIn("127.0.0.11", "locked", "a wrong guess").statusCode()).as("attempt " + attempt).isEqualTo(401);
        }

        HttpResponse<String> locked = signIn("127.0.0.11", "locked", TestServer.PASSWORD);
        assertThat(locked.statusCode()).isEqualTo(429);
        assertThat(Long.parseLong(locked.headers().firstValue("Retry-After").orElseThrow())).isBetween(590L, 600L);
        assertThat(locked.body()).contains("too many failed sign-ins").doesNotContain("locked\"");
        assertThat(signIn("127.0.0.12", "locked", TestServer.PASSWORD).statusCode()).as("the name is locked from every address").isEqualTo(429);
        assertThat(signIn("127.0.0.11", "bystander", TestServer.PASSWORD).statusCode()).as("others may still sign in from the address").isEqualTo(200);
    }

    @Test
    void answersANameWithoutAUserExactlyAsANameWithOne()
            throws Exception
    {
        for (int attempt = 1; attempt <= LOCKOUT.failuresPerUser(); attempt++) {
            assertThat(signIn("127.0.0.13", "twin", "a wrong guess").statusCode()).isEqualTo(401);
            assertThat(signIn("127.0.0.18", "nobody-at-all", "a wrong guess").statusCode()).isEqualTo(401);
        }
        HttpResponse<String> existing = signIn("127.0.0.14", "twin", "a wrong guess");
        HttpResponse<String> missing = signIn("127.0.0.14", "nobody-at-all", "a wrong guess");

        assertThat(missing.statusCode()).isEqualTo(existing.statusCode()).isEqualTo(429);
        assertThat(missing.headers().firstValue("Retry-After")).isEqualTo(existing.headers().firstValue("Retry-After"));
        assertThat(missing.body().replaceAll("\"requestId\":\"[^\"]*\"", "")).isEqualTo(existing.body().replaceAll("\"requestId\":\"[^\"]*\"", ""));
    }

    @Test
    void locksAnAddressOutThatGuessesManyNames()
            throws Exception
    {
        for (int attempt = 1; attempt <= LOCKOUT.failuresPerAddress(); attempt++) {
            assertThat(signIn("127.0.0.15", "guess-" + attempt, "a wrong guess").statusCode()).isEqualTo(401);
        }

        assertThat(signIn("127.0.0.15", "forgetful", TestServer.PASSWORD).statusCode()).isEqualTo(429);
        assertThat(signIn("127.0.0.16", "forgetful", TestServer.PASSWORD).statusCode()).as("another address").isEqualTo(200);
    }

    @Test
    void forgetsTheFailuresOfANameOnceItSignsIn()
            throws Exception
    {
        for (int round = 1; round <= 2; round++) {
            for (int attempt = 1; attempt < LOCKOUT.failuresPerUser(); attempt++) {
                assertThat(signIn("127.0.0.17", "FORGETFUL", "a wrong guess").statusCode()).isEqualTo(401);
            }
            assertThat(signIn("127.0.0.17", "forgetful", TestServer.PASSWORD).statusCode()).as("round " + round).isEqualTo(200);
        }
    }

    private static HttpResponse<String> signIn(String address, String user, String password)
            throws IOException, InterruptedException
    {
        HttpClient client = HttpClient.newBuilder().localAddress(InetAddress.getByName(address)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.url() + "/api/v1/auth/token")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"grant_type\": \"password\", \"username\": \"" + user + "\", \"password\": \"" + password + "\"}"))
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
