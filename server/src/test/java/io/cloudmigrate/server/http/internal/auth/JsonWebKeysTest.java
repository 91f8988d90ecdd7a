package io.cloudmigrate.server.http.internal.auth;

import com.sun.net.httpserver.HttpServer;
import io.cloudmigrate.server.http.IdentityProviderOptions;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refresh rules of {@link JsonWebKeys}, on a clock the test drives: when a fetch is due is a matter of
 * elapsed time, which the wall clock does not measure (it can be set back or forward while the server runs).
 */
class JsonWebKeysTest
{
    private static final Duration REFRESH_INTERVAL = Duration.ofSeconds(30);

    private final AtomicLong nanoTime = new AtomicLong(TimeUnit.DAYS.toNanos(3));
    private final AtomicReference<String> published = new AtomicReference<>();
    private final AtomicInteger fetches = new AtomicInteger();
    private HttpServer provider;
    private Vertx vertx;
    private JsonWebKeys keys;

    @BeforeEach
    void start()
            throws IOException
    {
        provider = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        provider.createContext("/jwks", exchange -> {
            fetches.incrementAndGet();
            byte[] body = published.get().getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        provider.start();
        vertx = Vertx.vertx();
        URI jwks = URI.create("http://127.0.0.1:" + provider.getAddress().getPort() + "/jwks");
        keys = new JsonWebKeys(vertx, IdentityProviderOptions.of("https://idp.example", "cloudmigrate", jwks).withKeyRefreshInterval(REFRESH_INTERVAL),
                nanoTime::get);
    }

    @AfterEach
    void stop()
    {
        vertx.close().await();
        provider.stop(0);
    }

    @Test
    void findsARotatedKeyOnceTheRefreshIntervalHasElapsed()
    {
        publish("key-1");
        assertThat(find("key-1")).isPresent();
        publish("key-1", "key-2");

        nanoTime.addAndGet(REFRESH_INTERVAL.toNanos() - 1);
        assertThat(find("key-2")).isEmpty();
        nanoTime.addAndGet(1);
        assertThat(find("key-2")).isPresent();
        assertThat(fetches.get()).isEqualTo(2);
    }

    @Test
    void fetchesNoMoreThanOncePerIntervalForUnknownKeys()
    {
        publish("key-1");
        assertThat(find("key-1")).isPresent();

        for (int attempt = 0; attempt < 5; attempt++) {
            nanoTime.addAndGet(REFRESH_INTERVAL.toNanos() / 10);
            assertThat(find("made-up-" + attempt)).isEmpty();
        }
        assertThat(fetches.get()).isEqualTo(1);
    }

    @Test
    void fetchesAgainWhenTheKeysAreOlderThanTheirMaximumAgeEvenIfTheKeyIsKnown()
    {
        publish("key-1");
        assertThat(find("key-1")).isPresent();
        nanoTime.addAndGet(IdentityProviderOptions.KEY_MAXIMUM_AGE.toNanos());
        publish("key-2");

        assertThat(find("key-1")).isEmpty();
        assertThat(fetches.get()).isEqualTo(2);
    }

    private Optional<JsonWebKeys.Key> find(String keyId)
    {
        try {
            return keys.find(keyId).await(10, TimeUnit.SECONDS);
        }
        catch (TimeoutException e) {
            throw new AssertionError("the keys were not found within 10 s", e);
        }
    }

    private void publish(String... keyIds)
    {
        StringBuilder jwks = new StringBuilder("{\"keys\": [");
        for (String keyId : keyIds) {
            RSAPublicKey key = rsaKey();
            jwks.append(jwks.charAt(jwks.length() - 1) == '[' ? "" : ", ")
                    .append("{\"kty\": \"RSA\", \"use\": \"sig\", \"alg\": \"RS256\", \"kid\": \"").append(keyId)
                    .append("\", \"n\": \"").append(unsigned(key.getModulus())).append("\", \"e\": \"").append(unsigned(key.getPublicExponent())).append("\"}");
        }
        published.set(jwks.append("]}").toString());
    }

    private static RSAPublicKey rsaKey()
    {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return (RSAPublicKey) generator.generateKeyPair().getPublic();
        }
        catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned(BigInteger value)
    {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
