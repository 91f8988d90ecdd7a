package io.cloudmigrate.server.http;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How the server issues and checks tokens.
 *
 * @param signingKeyFile a file holding the base64 of at least 32 random bytes, mode 0600; when empty,
 *        {@code token-signing.key} in the data directory, generated on first start
 * @param accessTokenLifetime how long an access token works; short, since only a disable or a
 *        password reset ends one early
 * @param refreshTokenLifetime how long a refresh token may be exchanged, if it is not spent or revoked first
 * @param identityProvider an OpenID Connect provider whose tokens are accepted beside the server's own
 */
public record AuthenticationOptions(Optional<Path> signingKeyFile, Duration accessTokenLifetime, Duration refreshTokenLifetime,
        Optional<IdentityProviderOptions> identityProvider)
{
    public static final Duration ACCESS_TOKEN_LIFETIME_DEFAULT = Duration.ofMinutes(15);
    public static final Duration REFRESH_TOKEN_LIFETIME_DEFAULT = Duration.ofHours(12);

    public AuthenticationOptions
    {
        requireNonNull(signingKeyFile, "signingKeyFile is null");
        requireNonNull(accessTokenLifetime, "accessTokenLifetime is null");
        requireNonNull(refreshTokenLifetime, "refreshTokenLifetime is null");
        requireNonNull(identityProvider, "identityProvider is null");
        if (accessTokenLifetime.toSeconds() < 1 || refreshTokenLifetime.toSeconds() < 1) {
            throw new IllegalArgumentException("token lifetimes must be at least a second");
        }
    }

    /** Local users only. */
    public AuthenticationOptions(Optional<Path> signingKeyFile, Duration accessTokenLifetime, Duration refreshTokenLifetime)
    {
        this(signingKeyFile, accessTokenLifetime, refreshTokenLifetime, Optional.empty());
    }

    public static AuthenticationOptions defaults()
    {
        return new AuthenticationOptions(Optional.empty(), ACCESS_TOKEN_LIFETIME_DEFAULT, REFRESH_TOKEN_LIFETIME_DEFAULT);
    }

    public AuthenticationOptions withIdentityProvider(IdentityProviderOptions identityProvider)
    {
        return new AuthenticationOptions(signingKeyFile, accessTokenLifetime, refreshTokenLifetime, Optional.of(identityProvider));
    }
}
