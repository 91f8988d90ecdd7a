package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.server.http.ApiClient.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The token endpoint and every way a token is refused, through real HTTP: each refused token differs
 * from a valid one in one thing, and each answer is the same 401 that says only "invalid token".
 */
class AuthenticationApiTest
{
    @TempDir
    static Path dataDirectory;

    private static TestServer server;
    private static ApiClient anonymous;
    private static String validToken;
    private static byte[] key;

    @BeforeAll
    static void startServer()
    {
        server = TestServer.start(TestDatabases.options(dataDirectory), new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        anonymous = server.api().anonymous();
        validToken = signIn().path("access_token").asText();
        key = Jwts.serverKey(dataDirectory);
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void keepsTheGeneratedSigningKeyReadableByItsOwnerOnly()
            throws Exception
    {
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDirectory.resolve("token-signing.key")))).isEqualTo("rw-------");
        assertThat(key).hasSizeGreaterThanOrEqualTo(32);
    }

    @Test
    void exchangesAPasswordForABearerTokenThatOpensTheApi()
    {
        JsonNode tokens = signIn();
        assertThat(tokens.path("token_type").asText()).isEqualTo("Bearer");
        assertThat(tokens.path("expires_in").asLong()).isEqualTo(15 * 60);
        assertThat(tokens.path("refresh_token").asText()).hasSizeGreaterThan(40);
        ObjectNode claims = Jwts.claims(tokens.path("access_token").asText());
        assertThat(claims.path("iss").asText()).isEqualTo("cloudmigrate");
        assertThat(claims.path("aud").toString()).contains("cloudmigrate-api");
        assertThat(claims.path("exp").asLong() - claims.path("iat").asLong()).isEqualTo(15 * 60);

        assertThat(anonymous.withToken(tokens.path("access_token").asText()).get("/api/v1/estates").status()).isEqualTo(200);
    }

    @Test
    void refusesAWrongPasswordAndAnUnknownUserWithTheSameAnswer()
    {
        Answer wrongPassword = token("{\"grant_type\": \"password\", \"username\": \"" + TestServer.USER + "\", \"password\": \"not the password at all\"}");
        Answer unknownUser = token("{\"grant_type\": \"password\", \"username\": \"nobody\", \"password\": \"not the password at all\"}");

        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.json().path("detail")).isEqualTo(unknownUser.json().path("detail"));
    }

    @Test
    void rotatesTheRefreshTokenOnEachUse()
    {
        String first = signIn().path("refresh_token").asText();

        Answer refreshed = refresh(first);
        assertThat(refreshed.status()).isEqualTo(200);
        assertThat(refreshed.header("Cache-Control")).isEqualTo("no-store");
        String second = refreshed.json().path("refresh_token").asText();
        assertThat(second).isNotEqualTo(first);
        assertThat(anonymous.withToken(refreshed.json().path("access_token").asText()).get("/api/v1/jobs").status()).isEqualTo(200);
        assertThat(refresh(second).status()).isEqualTo(200);
    }

    @Test
    void revokesTheWholeFamilyWhenASpentRefreshTokenComesBack()
    {
        String first = signIn().path("refresh_token").asText();
        String second = refresh(first).json().path("refresh_token").asText();

        Answer reused = refresh(first);
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.json().path("detail").asText()).isEqualTo("invalid token");
        assertThat(refresh(second).status()).as("the token rotated from the reused one").isEqualTo(401);
    }

    @Test
    void revokesARefreshTokenOnSignOut()
    {
        String refreshToken = signIn().path("refresh_token").asText();
        assertThat(anonymous.post("/api/v1/auth/revoke", "{\"refresh_token\": \"" + refreshToken + "\"}").status()).isEqualTo(204);
        assertThat(refresh(refreshToken).status()).isEqualTo(401);
        assertThat(anonymous.post("/api/v1/auth/revoke", "{\"refresh_token\": \"never-issued\"}").status()).isEqualTo(204);
    }

    @Test
    void asksForATokenWhenThereIsNone()
    {
        Answer answer = anonymous.get("/api/v1/estates");
        assertThat(answer.status()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(anonymous.get("/metrics").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/v1/no-such-path").status()).as("no path is revealed to an anonymous caller").isEqualTo(401);
    }

    @Test
    void letsAnyoneReachHealthReadinessTheContractAndTheDocs()
    {
        for (String path : List.of("/health", "/ready", "/api/v1/openapi.yaml", "/api/docs/", "/api/docs/swagger-initializer.js")) {
            assertThat(anonymous.get(path).status()).as(path).isEqualTo(200);
        }
    }

    @Test
    void acceptsATokenSignedByHandWithTheServersKey()
    {
        // The control for the cases below: the hand-made token is valid when nothing is changed.
        assertAccepted(Jwts.signed(Jwts.header("HS256"), Jwts.claims(validToken), key));
    }

    @Test
    void refusesAnExpiredToken()
    {
        ObjectNode claims = Jwts.claims(validToken);
        claims.put("exp", Instant.now().getEpochSecond() - 60);
        assertRefused(Jwts.signed(Jwts.header("HS256"), claims, key));
    }

    @Test
    void refusesATokenNotYetValid()
    {
        ObjectNode claims = Jwts.claims(validToken);
        claims.put("nbf", Instant.now().getEpochSecond() + 600);
        assertRefused(Jwts.signed(Jwts.header("HS256"), claims, key));
    }

    @Test
    void refusesATokenSignedWithAnotherKey()
    {
        byte[] other = key.clone();
        other[0] ^= 1;
        assertRefused(Jwts.signed(Jwts.header("HS256"), Jwts.claims(validToken), other));
    }

    @Test
    void refusesAnUnsignedTokenWithAlgorithmNone()
    {
        assertRefused(Jwts.unsigned(Jwts.header("none"), Jwts.claims(validToken)));
        assertRefused(Jwts.unsigned(Jwts.header("HS256"), Jwts.claims(validToken)));
    }

    @Test
    void refusesATokenForAnotherAudience()
    {
        ObjectNode claims = Jwts.claims(validToken);
        claims.putArray("aud").add("some-other-api");
        assertRefused(Jwts.signed(Jwts.header("HS256"), claims, key));
    }

    @Test
    void refusesATokenOfAnotherIssuer()
    {
        ObjectNode claims = Jwts.claims(validToken);
        claims.put("iss", "https://elsewhere.example");
        assertRefused(Jwts.signed(Jwts.header("HS256"), claims, key));
    }

    @Test
    void refusesATokenWithAChangedSubject()
    {
        ObjectNode claims = Jwts.claims(validToken);
        claims.put("sub", "00000000-0000-0000-0000-0000000000aa");
        // Re-signed with the right key, so only the unknown user is wrong; and unsigned it is wrong twice.
        assertRefused(Jwts.signed(Jwts.header("HS256"), claims, key));
        String[] parts = validToken.split("\\.");
        assertRefused(Jwts.unsigned(Jwts.header("HS256"), claims).replaceAll("\\.$", "." + parts[2]));
    }

    @Test
    void refusesSomethingThatIsNoToken()
    {
        assertRefused("not-a-token");
        assertRefused("");
    }

    private static void assertAccepted(String token)
    {
        assertThat(anonymous.withToken(token).get("/api/v1/estates").status()).isEqualTo(200);
    }

    static void assertRefused(String token)
    {
        Answer answer = anonymous.withToken(token).get("/api/v1/estates");
        assertThat(answer.status()).as(token).isEqualTo(401);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.json().path("detail").asText()).isEqualTo("invalid token");
        Iterator<String> fields = answer.json().fieldNames();
        List<String> names = new java.util.ArrayList<>();
        fields.forEachRemaining(names::add);
        assertThat(names).containsExactly("type", "title", "status", "detail", "instance", "requestId");
    }

    private static JsonNode signIn()
    {
        Answer answer = token("{\"grant_type\": \"password\", \"username\": \"" + TestServer.USER + "\", \"password\": \"" + TestServer.PASSWORD + "\"}");
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static Answer refresh(String refreshToken)
    {
        return token("{\"grant_type\": \"refresh_token\", \"refresh_token\": \"" + refreshToken + "\"}");
    }

    private static Answer token(String body)
    {
        return anonymous.post("/api/v1/auth/token", body);
    }
}
