package io.cloudmigrate.server.http.internal.auth;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.auth.JWTOptions;
import io.vertx.ext.auth.PubSecKeyOptions;
import io.vertx.ext.auth.authentication.TokenCredentials;
import io.vertx.ext.auth.jwt.JWTAuth;
import io.vertx.ext.auth.jwt.JWTAuthOptions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Short-lived access tokens: JWTs signed with HMAC-SHA256 by the server's {@link SigningKey}, for this
 * issuer and audience only. Verification refuses every other algorithm (also {@code none}), another
 * key, issuer or audience, and a token that is expired or not yet valid.
 */
public final class AccessTokens
{
    public static final String ISSUER = "cloudmigrate";
    public static final String AUDIENCE = "cloudmigrate-api";
    private static final String ALGORITHM = "HS256";
    // The standard iat has whole seconds; a password reset within the same second must still end the token.
    private static final String ISSUED_MILLIS = "iat_ms";

    private final JWTAuth jwt;
    private final Duration lifetime;

    public AccessTokens(Vertx vertx, byte[] key, Duration lifetime)
    {
        requireNonNull(vertx, "vertx is null");
        requireNonNull(key, "key is null");
        this.lifetime = requireNonNull(lifetime, "lifetime is null");
        this.jwt = JWTAuth.create(vertx, new JWTAuthOptions()
                .addPubSecKey(new PubSecKeyOptions().setAlgorithm(ALGORITHM).setBuffer(Buffer.buffer(key)))
                .setJWTOptions(new JWTOptions().setIssuer(ISSUER).setAudience(List.of(AUDIENCE)).setLeeway(0)));
    }

    /** What a verified token says: whose it is and when it was issued. */
    public record Claims(UUID subject, Instant issuedAt) {}

    public Duration lifetime()
    {
        return lifetime;
    }

    public String issue(UUID userId, String name)
    {
        JsonObject claims = new JsonObject().put("name", name).put(ISSUED_MILLIS, Instant.now().toEpochMilli());
        return jwt.generateToken(claims, new JWTOptions().setAlgorithm(ALGORITHM).setSubject(userId.toString()).setIssuer(ISSUER)
                .setAudience(List.of(AUDIENCE)).setExpiresInSeconds((int) lifetime.toSeconds()));
    }

    /** The claims of a valid token; a failed future for any other, whatever the reason. */
    public Future<Claims> verify(String token)
    {
        return jwt.authenticate(new TokenCredentials(token)).compose(user -> {
            try {
                // The library checks exp only when present; a token of this server always has one.
                if (!(user.get("exp") instanceof Number) || !(user.get(ISSUED_MILLIS) instanceof Number issued) || !(user.get("sub") instanceof String subject)) {
                    return Future.failedFuture("incomplete token");
                }
                return Future.succeededFuture(new Claims(UUID.fromString(subject), Instant.ofEpochMilli(issued.longValue())));
            }
            catch (RuntimeException e) {
                return Future.failedFuture("malformed token");
            }
        });
    }
}
