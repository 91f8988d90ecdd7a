package io.cloudmigrate.server.http;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * An external OpenID Connect identity provider whose access tokens the server accepts beside its own:
 * RS256 or ES256 JWTs signed with a key of the provider's JWKS, for this issuer and audience.
 *
 * <p>The claim {@code rolesClaim} carries the caller's workspace roles, in one of two forms:
 * <ul>
 * <li>an object from workspace id to role: {@code {"3f1c…-…": "operator", "9a2b…-…": "viewer"}};</li>
 * <li>an array of {@code WORKSPACE-ID:ROLE} strings: {@code ["3f1c…-…:operator", "9a2b…-…:viewer"]}, where
 *     the single word {@code administrator} also makes the caller a server administrator.</li>
 * </ul>
 * Roles are {@code viewer}, {@code operator} or {@code admin}; a token whose roles claim is anything
 * else is refused like any other invalid token. A token without the claim is valid but may do nothing.
 *
 * @param issuer the exact {@code iss} of the provider's tokens
 * @param audience a value the token's {@code aud} must be or contain
 * @param jwksUrl where the provider publishes its keys; HTTPS, or HTTP to a loopback address only
 * @param rolesClaim the claim that carries workspace roles
 * @param keyRefreshInterval the shortest time between two fetches of the keys, however many tokens
 *        name a key id the server does not know; the keys are also fetched again when older than
 *        {@link #KEY_MAXIMUM_AGE}
 */
public record IdentityProviderOptions(String issuer, String audience, URI jwksUrl, String rolesClaim, Duration keyRefreshInterval)
{
    public static final String ROLES_CLAIM_DEFAULT = "cloudmigrate_roles";
    public static final Duration KEY_REFRESH_INTERVAL_DEFAULT = Duration.ofSeconds(30);
    public static final Duration KEY_MAXIMUM_AGE = Duration.ofMinutes(15);
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    public IdentityProviderOptions
    {
        requireNonNull(issuer, "issuer is null");
        requireNonNull(audience, "audience is null");
        requireNonNull(jwksUrl, "jwksUrl is null");
        requireNonNull(rolesClaim, "rolesClaim is null");
        requireNonNull(keyRefreshInterval, "keyRefreshInterval is null");
        if (issuer.isBlank() || audience.isBlank() || rolesClaim.isBlank()) {
            throw new IllegalArgumentException("the issuer, audience and roles claim of the identity provider must not be blank");
        }
        String scheme = jwksUrl.getScheme() == null ? "" : jwksUrl.getScheme().toLowerCase(Locale.ROOT);
        boolean loopback = jwksUrl.getHost() != null && LOOPBACK_HOSTS.contains(jwksUrl.getHost().toLowerCase(Locale.ROOT));
        // Keys fetched in the clear could be swapped by anyone on the path, who could then mint tokens.
        if (!scheme.equals("https") && !(scheme.equals("http") && loopback)) {
            throw new IllegalArgumentException("the JWKS URL must be https:// (http:// only to a loopback address), found " + jwksUrl);
        }
        if (keyRefreshInterval.isNegative()) {
            throw new IllegalArgumentException("the key refresh interval must not be negative: " + keyRefreshInterval);
        }
    }

    /** The provider with the default roles claim and key refresh interval. */
    public static IdentityProviderOptions of(String issuer, String audience, URI jwksUrl)
    {
        return new IdentityProviderOptions(issuer, audience, jwksUrl, ROLES_CLAIM_DEFAULT, KEY_REFRESH_INTERVAL_DEFAULT);
    }

    public IdentityProviderOptions withRolesClaim(String rolesClaim)
    {
        return new IdentityProviderOptions(issuer, audience, jwksUrl, rolesClaim, keyRefreshInterval);
    }

    public IdentityProviderOptions withKeyRefreshInterval(Duration keyRefreshInterval)
    {
        return new IdentityProviderOptions(issuer, audience, jwksUrl, rolesClaim, keyRefreshInterval);
    }
}
