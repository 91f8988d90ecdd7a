package io.cloudmigrate.server.http.internal.auth;

import io.cloudmigrate.server.http.IdentityProviderOptions;
import io.cloudmigrate.server.http.internal.storage.Role;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Access tokens of an external OpenID Connect provider: RS256 or ES256 JWTs, checked with the JDK's
 * own signature classes against the provider's {@link JsonWebKeys}, then for issuer, audience, expiry
 * and the workspace roles of {@link ExternalRoles}. Every other algorithm is refused before any key is
 * looked at, and a key is used only for the one algorithm of its type, so that neither {@code none}
 * nor an HMAC "signed" with a public key can pass.
 */
public final class ExternalTokens
{
    static final String RS256 = "RS256";
    static final String ES256 = "ES256";
    private static final Set<String> ALGORITHMS = Set.of(RS256, ES256);
    // Clocks of two machines differ; a few seconds of it must not refuse a fresh token.
    private static final Duration CLOCK_SKEW = Duration.ofSeconds(30);
    private static final int ES256_SIGNATURE_BYTES = 64;

    private final IdentityProviderOptions provider;
    private final JsonWebKeys keys;

    public ExternalTokens(Vertx vertx, IdentityProviderOptions provider)
    {
        this.provider = requireNonNull(provider, "provider is null");
        this.keys = new JsonWebKeys(vertx, provider);
    }

    /**
     * Who a verified token names.
     *
     * @param id a stable id derived from the issuer and subject, so that audit entries and rate limits see one caller
     * @param name the token's {@code preferred_username}, or its subject
     */
    public record Identity(UUID id, String name, boolean administrator, Map<UUID, Role> roles)
    {
        public Identity
        {
            requireNonNull(id, "id is null");
            requireNonNull(name, "name is null");
            roles = Map.copyOf(roles);
        }
    }

    /** Whether the token's header names an algorithm of external tokens; the server's own tokens use HS256. */
    public static boolean claimsExternal(String token)
    {
        return header(token).map(header -> ALGORITHMS.contains(header.getValue("alg"))).orElse(false);
    }

    /**
     * The identity of a valid token; a failed future for any other, whatever the reason, except that a
     * provider whose keys cannot be fetched fails with IDENTITY_PROVIDER_UNAVAILABLE.
     */
    public Future<Identity> verify(String token)
    {
        String[] parts = token.split("\\.", -1);
        Optional<JsonObject> header = header(token);
        if (parts.length != 3 || header.isEmpty() || !(header.get().getValue("alg") instanceof String algorithm) || !ALGORITHMS.contains(algorithm)
                || !(header.get().getValue("kid") instanceof String keyId) || header.get().containsKey("crit")) {
            return Future.failedFuture("malformed token");
        }
        return keys.find(keyId).compose(key -> {
            if (key.isEmpty() || !key.get().algorithm().equals(algorithm)) {
                return Future.failedFuture("unknown key");
            }
            try {
                if (!signed(parts, key.get())) {
                    return Future.failedFuture("bad signature");
                }
                return claims(json(parts[1]).orElseThrow(() -> new IllegalArgumentException("claims are not a JSON object")));
            }
            catch (GeneralSecurityException | RuntimeException e) {
                return Future.failedFuture("malformed token");
            }
        });
    }

    private Future<Identity> claims(JsonObject claims)
    {
        Instant now = Instant.now();
        if (!provider.issuer().equals(claims.getValue("iss")) || !audienceMatches(claims.getValue("aud"))
                || !(claims.getValue("exp") instanceof Number expires) || !now.minus(CLOCK_SKEW).isBefore(Instant.ofEpochSecond(expires.longValue()))
                || !(claims.getValue("sub") instanceof String subject) || subject.isEmpty()) {
            return Future.failedFuture("invalid claims");
        }
        Object notBefore = claims.getValue("nbf");
        if (notBefore != null && (!(notBefore instanceof Number start) || now.plus(CLOCK_SKEW).isBefore(Instant.ofEpochSecond(start.longValue())))) {
            return Future.failedFuture("not yet valid");
        }
        Optional<ExternalRoles> roles = ExternalRoles.parse(claims.getValue(provider.rolesClaim()));
        if (roles.isEmpty()) {
            return Future.failedFuture("malformed roles claim");
        }
        String name = claims.getValue("preferred_username") instanceof String preferred && !preferred.isBlank() ? preferred : subject;
        UUID id = UUID.nameUUIDFromBytes(("oidc\n" + provider.issuer() + "\n" + subject).getBytes(StandardCharsets.UTF_8));
        return Future.succeededFuture(new Identity(id, name, roles.get().administrator(), roles.get().roles()));
    }

    private boolean audienceMatches(Object audience)
    {
        if (audience instanceof String single) {
            return single.equals(provider.audience());
        }
        return audience instanceof io.vertx.core.json.JsonArray many && many.contains(provider.audience());
    }

    private static boolean signed(String[] parts, JsonWebKeys.Key key)
            throws GeneralSecurityException
    {
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        Signature verifier;
        if (key.algorithm().equals(RS256)) {
            verifier = Signature.getInstance("SHA256withRSA");
        }
        else {
            // JOSE writes r and s side by side (RFC 7518 §3.4), not as the DER sequence of the plain algorithm.
            if (signature.length != ES256_SIGNATURE_BYTES) {
                return false;
            }
            verifier = Signature.getInstance("SHA256withECDSAinP1363Format");
        }
        verifier.initVerify(key.publicKey());
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(signature);
    }

    private static Optional<JsonObject> header(String token)
    {
        int dot = token.indexOf('.');
        return dot < 0 ? Optional.empty() : json(token.substring(0, dot));
    }

    private static Optional<JsonObject> json(String part)
    {
        try {
            return Optional.of(new JsonObject(Buffer.buffer(Base64.getUrlDecoder().decode(part))));
        }
        catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
