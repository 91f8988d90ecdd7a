package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import io.cloudmigrate.discovery.JsonDocuments;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A stand-in OpenID Connect provider for the tests: a real HTTP server on a loopback port that
 * publishes a JWKS (which a test may change, to rotate keys), counts how often it is fetched, and
 * signs tokens with RSA and EC keys generated for the test run.
 */
final class TestIdentityProvider
        implements AutoCloseable
{
    static final String ISSUER = "https://idp.example.test/realms/cloudmigrate";
    static final String AUDIENCE = "cloudmigrate-api";
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private final HttpServer server;
    private final AtomicReference<String> jwks = new AtomicReference<>("{\"keys\": []}");
    private final AtomicInteger fetches = new AtomicInteger();

    /** A signing key and the id it is published under. */
    record SigningKey(String id, String algorithm, KeyPair pair) {}

    private TestIdentityProvider(HttpServer server)
    {
        this.server = server;
    }

    static TestIdentityProvider start()
    {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            TestIdentityProvider provider = new TestIdentityProvider(server);
            server.createContext("/jwks", exchange -> {
                provider.fetches.incrementAndGet();
                byte[] body = provider.jwks.get().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return provider;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI jwksUrl()
    {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/jwks");
    }

    int fetches()
    {
        return fetches.get();
    }

    /** Publishes exactly these keys from now on. */
    void publish(SigningKey... keys)
    {
        ArrayNode published = JsonDocuments.mapper().createArrayNode();
        for (SigningKey key : keys) {
            ObjectNode jwk = published.addObject().put("kid", key.id()).put("use", "sig").put("alg", key.algorithm());
            if (key.pair().getPublic() instanceof RSAPublicKey rsa) {
                jwk.put("kty", "RSA").put("n", unsigned(rsa.getModulus(), 0)).put("e", unsigned(rsa.getPublicExponent(), 0));
            }
            else {
                ECPublicKey ec = (ECPublicKey) key.pair().getPublic();
                jwk.put("kty", "EC").put("crv", "P-256").put("x", unsigned(ec.getW().getAffineX(), 32)).put("y", unsigned(ec.getW().getAffineY(), 32));
            }
        }
        jwks.set(JsonDocuments.mapper().createObjectNode().set("keys", published).toString());
    }

    static SigningKey rsa(String id)
    {
        return new SigningKey(id, "RS256", generate("RSA", null));
    }

    static SigningKey ec(String id)
    {
        return new SigningKey(id, "ES256", generate("EC", new ECGenParameterSpec("secp256r1")));
    }

    /** Claims for the provider's issuer and audience, valid for an hour, with roles in the claim {@code cloudmigrate_roles}. */
    static ObjectNode claims(String subject, JsonNode roles)
    {
        long now = System.currentTimeMillis() / 1000;
        ObjectNode claims = JsonDocuments.mapper().createObjectNode().put("iss", ISSUER).put("aud", AUDIENCE).put("sub", subject)
                .put("preferred_username", subject).put("iat", now).put("exp", now + 3600);
        if (roles != null) {
            claims.set("cloudmigrate_roles", roles);
        }
        return claims;
    }

    static ObjectNode header(String algorithm, String keyId)
    {
        return JsonDocuments.mapper().createObjectNode().put("alg", algorithm).put("typ", "JWT").put("kid", keyId);
    }

    /** A token signed with the key, its header naming the key's algorithm and id. */
    static String sign(SigningKey key, JsonNode claims)
    {
        return sign(header(key.algorithm(), key.id()), claims, key.algorithm(), key.pair().getPrivate());
    }

    /** A token with any header, signed as the algorithm says (ES256 in the JOSE form, r and s side by side). */
    static String sign(JsonNode header, JsonNode claims, String algorithm, PrivateKey key)
    {
        String content = encode(header) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance(algorithm.equals("RS256") ? "SHA256withRSA" : "SHA256withECDSAinP1363Format");
            signature.initSign(key);
            signature.update(content.getBytes(StandardCharsets.US_ASCII));
            return content + "." + URL.encodeToString(signature.sign());
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An ES256 token whose signature is DER-encoded, as Java signs by default, not as JOSE wants it. */
    static String signDer(SigningKey key, JsonNode claims)
    {
        String content = encode(header(key.algorithm(), key.id())) + "." + encode(claims);
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(key.pair().getPrivate());
            signature.update(content.getBytes(StandardCharsets.US_ASCII));
            return content + "." + URL.encodeToString(signature.sign());
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String encode(JsonNode node)
    {
        return URL.encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String unsigned(BigInteger value, int length)
    {
        byte[] bytes = value.toByteArray();
        if (bytes.length > 1 && bytes[0] == 0) {
            bytes = Arrays.copyOfRange(bytes, 1, bytes.length);
        }
        if (bytes.length < length) {
            byte[] padded = new byte[length];
            System.arraycopy(bytes, 0, padded, length - bytes.length, bytes.length);
            bytes = padded;
        }
        return URL.encodeToString(bytes);
    }

    private static KeyPair generate(String algorithm, ECGenParameterSpec curve)
    {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(algorithm);
            if (curve == null) {
                generator.initialize(2048);
            }
            else {
                generator.initialize(curve);
            }
            return generator.generateKeyPair();
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close()
    {
        server.stop(0);
    }
}
