package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.cloudmigrate.discovery.JsonDocuments;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.Base64;

/**
 * Hand-made JWTs for the tampering tests: any header and claims, signed with any key (or not at all),
 * so that each refused case differs from a valid token in one thing only.
 */
final class Jwts
{
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Jwts() {}

    /** The signing key the server generated in its data directory. */
    static byte[] serverKey(Path dataDirectory)
    {
        try {
            return Base64.getDecoder().decode(Files.readString(dataDirectory.resolve("token-signing.key")).strip());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The claims of a token, decoded without checking anything. */
    static ObjectNode claims(String token)
    {
        return (ObjectNode) read(new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8));
    }

    static ObjectNode header(String algorithm)
    {
        return JsonDocuments.mapper().createObjectNode().put("alg", algorithm).put("typ", "JWT");
    }

    /** Header and claims signed with HMAC-SHA256 under the key. */
    static String signed(JsonNode header, JsonNode claims, byte[] key)
    {
        String content = encode(header) + "." + encode(claims);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return content + "." + URL.encodeToString(mac.doFinal(content.getBytes(StandardCharsets.US_ASCII)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Header and claims with an empty signature, as {@code alg: none} has. */
    static String unsigned(JsonNode header, JsonNode claims)
    {
        return encode(header) + "." + encode(claims) + ".";
    }

    private static String encode(JsonNode node)
    {
        return URL.encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static JsonNode read(String json)
    {
        try {
            return JsonDocuments.mapper().readTree(json);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
