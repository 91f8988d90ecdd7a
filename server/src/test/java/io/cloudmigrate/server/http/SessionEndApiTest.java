package io.cloudmigrate.server.http;

import io.cloudmigrate.server.http.ApiClient.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A disable or a password reset ends the sessions issued before it: the access token, though signed
 * and unexpired, is refused, and so is the refresh token.
 */
class SessionEndApiTest
{
    @TempDir
    Path dataDirectory;

    @Test
    void refusesTheTokensOfADisabledUser()
    {
        assertSessionEndsWith(users -> users.disable(TestServer.USER));
    }

    @Test
    void refusesTheTokensIssuedBeforeAPasswordReset()
    {
        assertSessionEndsWith(users -> users.resetPassword(TestServer.USER, "another long enough password".toCharArray()));
    }

    private void assertSessionEndsWith(java.util.function.Consumer<UserAdministration> change)
    {
        ServerOptions options = TestDatabases.options(dataDirectory);
        String accessToken;
        String refreshToken;
        try (TestServer server = TestServer.start(options, quiet())) {
            Answer tokens = server.api().anonymous().post("/api/v1/auth/token",
                    "{\"grant_type\": \"password\", \"username\": \"" + TestServer.USER + "\", \"password\": \"" + TestServer.PASSWORD + "\"}");
            accessToken = tokens.json().path("access_token").asText();
            refreshToken = tokens.json().path("refresh_token").asText();
            assertThat(server.api().anonymous().withToken(accessToken).get("/api/v1/estates").status()).isEqualTo(200);
        }
        // The embedded database is the server's while it runs; the CLI changes it in between, as an operator would.
        try (UserAdministration users = UserAdministration.open(options)) {
            change.accept(users);
        }
        try (CloudMigrateServer restarted = CloudMigrateServer.start(options, quiet())) {
            ApiClient anonymous = new ApiClient(restarted.url());
            Answer refused = anonymous.withToken(accessToken).get("/api/v1/estates");
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.json().path("detail").asText()).isEqualTo("invalid token");
            assertThat(anonymous.post("/api/v1/auth/token", "{\"grant_type\": \"refresh_token\", \"refresh_token\": \"" + refreshToken + "\"}").status())
                    .isEqualTo(401);
        }
    }

    private static PrintStream quiet()
    {
        return new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
    }
}
