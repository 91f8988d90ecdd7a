package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.server.http.ApiClient.Answer;
import io.cloudmigrate.server.http.TestIdentityProvider.SigningKey;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tokens of an external OpenID Connect provider, through real HTTP, against a real JWKS endpoint on a
 * loopback port: RS256 and ES256 tokens open the API with the workspace roles of their claim, and
 * every tampered token gets the same 401 "invalid token" as the server's own tokens do.
 */
class IdentityProviderApiTest
{
    private static final Duration KEY_REFRESH_INTERVAL = Duration.ofSeconds(2);

    @TempDir
    static Path dataDirectory;

    private static TestIdentityProvider provider;
    private static TestServer server;
    private static ApiClient anonymous;
    private static SigningKey rsa;
    private static SigningKey ec;
    private static String estate;

    @BeforeAll
    static void startServer()
    {
        provider = TestIdentityProvider.start();
        rsa = TestIdentityProvider.rsa("rsa-1");
        ec = TestIdentityProvider.ec("ec-1");
        provider.publish(rsa, ec);
        ServerOptions options = TestDatabases.options(dataDirectory);
        options = options.withAuthentication(options.authentication().withIdentityProvider(
                IdentityProviderOptions.of(TestIdentityProvider.ISSUER, TestIdentityProvider.AUDIENCE, provider.jwksUrl()).withKeyRefreshInterval(KEY_REFRESH_INTERVAL)));
        server = TestServer.start(options, new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
        anonymous = server.api().anonymous();
        estate = server.api().run(server.api().post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
        provider.close();
    }

    @Test
    void acceptsAnRs256TokenWithTheWorkspaceRolesOfItsClaimAsAnObject()
    {
        ApiClient viewer = anonymous.withToken(TestIdentityProvider.sign(rsa, TestIdentityProvider.claims("vera", roles("{\"" + TestServer.WORKSPACE + "\": \"viewer\"}"))));

        assertThat(viewer.get(estate).status()).isEqualTo(200);
        assertThat(viewer.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}").status())
                .as("a viewer may not add estates").isEqualTo(403);
    }

    @Test
    void acceptsAnEs256TokenWithTheWorkspaceRolesOfItsClaimAsAnArray()
    {
        ApiClient operator = anonymous.withToken(TestIdentityProvider.sign(ec, TestIdentityProvider.claims("otto", roles("[\"" + TestServer.WORKSPACE + ":operator\"]"))));

        assertThat(operator.get(estate).status()).isEqualTo(200);
        assertThat(operator.post("/api/v1/workspaces", "{\"name\": \"Not for operators\"}").status()).isEqualTo(403);
    }

    @Test
    void makesAServerAdministratorOfTheAdministratorEntry()
    {
        ApiClient administrator = anonymous.withToken(TestIdentityProvider.sign(rsa, TestIdentityProvider.claims("ada", roles("[\"administrator\"]"))));

        assertThat(administrator.post("/api/v1/workspaces", "{\"name\": \"Made by the identity provider's administrator\"}").status()).isEqualTo(201);
    }

    @Test
    void showsNothingOfAWorkspaceTheClaimDoesNotName()
    {
        ApiClient stranger = anonymous.withToken(TestIdentityProvider.sign(rsa, TestIdentityProvider.claims("sam", roles("{\"" + UUID.randomUUID() + "\": \"admin\"}"))));
        ApiClient roleless = anonymous.withToken(TestIdentityProvider.sign(rsa, TestIdentityProvider.claims("ron", null)));

        assertThat(stranger.get(estate).status()).isEqualTo(404);
        assertThat(roleless.get("/api/v1/estates").status()).as("a valid token without roles may do nothing").isEqualTo(403);
    }

    @Test
    void refusesATokenSignedWithAnotherKeyUnderAPublishedKeyId()
    {
        SigningKey impostor = new SigningKey(rsa.id(), "RS256", TestIdentityProvider.rsa("other").pair());
        assertRefused(TestIdentityProvider.sign(impostor, viewerClaims()));
        SigningKey impostorEc = new SigningKey(ec.id(), "ES256", TestIdentityProvider.ec("other").pair());
        assertRefused(TestIdentityProvider.sign(impostorEc, viewerClaims()));
    }

    @Test
    void refusesATokenOfAnotherIssuerOrForAnotherAudience()
    {
        assertRefused(TestIdentityProvider.sign(rsa, viewerClaims().put("iss", "https://evil.example.test/")));
        assertRefused(TestIdentityProvider.sign(rsa, viewerClaims().put("aud", "another-api")));
        ObjectNode audiences = viewerClaims();
        audiences.putArray("aud").add("another-api").add("yet-another-api");
        assertRefused(TestIdentityProvider.sign(rsa, audiences));
        assertAccepted(TestIdentityProvider.sign(rsa, viewerClaims().set("aud", JsonDocuments.mapper().createArrayNode().add("another-api").add(TestIdentityProvider.AUDIENCE))));
    }

    @Test
    void refusesAnUnsignedToken()
    {
        String content = TestIdentityProvider.encode(TestIdentityProvider.header("none", rsa.id())) + "." + TestIdentityProvider.encode(viewerClaims());
        assertRefused(content + ".");
        String[] valid = TestIdentityProvider.sign(rsa, viewerClaims()).split("\\.");
        assertRefused(TestIdentityProvider.encode(TestIdentityProvider.header("none", rsa.id())) + "." + valid[1] + "." + valid[2]);
    }

    @Test
    void refusesAnHmacTokenSignedWithTheProvidersPublicKey()
    {
        ObjectNode header = TestIdentityProvider.header("HS256", rsa.id());
        assertRefused(Jwts.signed(header, viewerClaims(), rsa.pair().getPublic().getEncoded()));
        String pem = "-----BEGIN PUBLIC KEY-----\n" + java.util.Base64.getMimeEncoder().encodeToString(rsa.pair().getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n";
        assertRefused(Jwts.signed(header, viewerClaims(), pem.getBytes(StandardCharsets.US_ASCII)));
    }

    @Test
    void refusesAKeyUsedForTheAlgorithmOfAnotherKeyType()
    {
        // An ES256 header naming the RSA key, signed with the EC key: the key id must not pick the algorithm's key.
        assertRefused(TestIdentityProvider.sign(TestIdentityProvider.header("ES256", rsa.id()), viewerClaims(), "ES256", ec.pair().getPrivate()));
        assertRefused(TestIdentityProvider.sign(TestIdentityProvider.header("RS256", ec.id()), viewerClaims(), "RS256", rsa.pair().getPrivate()));
    }

    @Test
    void refusesAnExpiredOrNotYetValidToken()
    {
        long now = System.currentTimeMillis() / 1000;
        assertRefused(TestIdentityProvider.sign(rsa, viewerClaims().put("iat", now - 7200).put("exp", now - 3600)));
        assertRefused(TestIdentityProvider.sign(rsa, viewerClaims().put("nbf", now + 3600)));
        assertRefused(TestIdentityProvider.sign(rsa, withoutClaim("exp")));
        assertRefused(TestIdentityProvider.sign(rsa, withoutClaim("sub")));
    }

    @Test
    void refusesAnUnknownKeyIdAndADerEncodedEs256Signature()
    {
        assertRefused(TestIdentityProvider.sign(TestIdentityProvider.header("RS256", "no-such-key"), viewerClaims(), "RS256", rsa.pair().getPrivate()));
        assertRefused(TestIdentityProvider.signDer(ec, viewerClaims()));
    }

    @Test
    void refusesARolesClaimItCannotRead()
    {
        assertRefused(TestIdentityProvider.sign(rsa, TestIdentityProvider.claims("vera", roles("{\"" + TestServer.WORKSPACE + "\": \"superuser\"}"))));
        assertRefused(TestIdentityProvider.sign(rsa, TestIdentityProvider.claims("vera", roles("[\"not-a-workspace:viewer\"]"))));
        assertRefused(TestIdentityProvider.sign(rsa, TestIdentityProvider.claims("vera", roles("\"viewer\""))));
    }

    @Test
    void fetchesTheKeysAtMostOncePerRefreshIntervalHoweverManyKeyIdsAreUnknown()
    {
        int before = provider.fetches();
        long started = System.nanoTime();
        for (int attempt = 0; attempt < 20; attempt++) {
            assertRefused(TestIdentityProvider.sign(TestIdentityProvider.header("RS256", "made-up-" + attempt), viewerClaims(), "RS256", rsa.pair().getPrivate()));
        }
        long intervals = Duration.ofNanos(System.nanoTime() - started).toMillis() / KEY_REFRESH_INTERVAL.toMillis();
        assertThat(provider.fetches() - before).isLessThanOrEqualTo((int) Math.min(19, 1 + intervals));
    }

    @Test
    void picksUpARotatedKeyOnceTheRefreshIntervalHasPassed()
            throws InterruptedException
    {
        SigningKey rotated = TestIdentityProvider.rsa("rsa-2");
        String token = TestIdentityProvider.sign(rotated, viewerClaims());
        provider.publish(rsa, ec, rotated);
        Thread.sleep(KEY_REFRESH_INTERVAL.toMillis() + 200);
        int before = provider.fetches();

        Answer answer = anonymous.withToken(token).get(estate);
        assertThat(answer.status()).as("%s after %d key fetch(es) for this request", answer.body(), provider.fetches() - before).isEqualTo(200);
        assertAccepted(TestIdentityProvider.sign(rsa, viewerClaims()));
    }

    private static ObjectNode viewerClaims()
    {
        return TestIdentityProvider.claims("vera", roles("{\"" + TestServer.WORKSPACE + "\": \"viewer\"}"));
    }

    private static ObjectNode withoutClaim(String name)
    {
        ObjectNode claims = viewerClaims();
        claims.remove(name);
        return claims;
    }

    private static JsonNode roles(String json)
    {
        try {
            return JsonDocuments.mapper().readTree(json);
        }
        catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void assertAccepted(String token)
    {
        assertThat(anonymous.withToken(token).get(estate).status()).isEqualTo(200);
    }

    private static void assertRefused(String token)
    {
        Answer answer = anonymous.withToken(token).get(estate);
        assertThat(answer.status()).as(answer.body()).isEqualTo(401);
        assertThat(answer.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(answer.json().path("detail").asText()).isEqualTo("invalid token");
    }
}
