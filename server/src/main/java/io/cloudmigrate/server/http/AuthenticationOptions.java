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
 * @param lockout when failed sign-ins lock a user name or a client address out of the token endpoint
 */
public record AuthenticationOptions(Optional<Path> signingKeyFile, Duration accessTokenLifetime, Duration refreshTokenLifetime,
        Optional<IdentityProviderOptions> identityProvider, Lockout lockout)
{
    public static final Duration ACCESS_TOKEN_LIFETIME_DEFAULT = Duration.ofMinutes(15);
    public static final Duration REFRESH_TOKEN_LIFETIME_DEFAULT = Duration.ofHours(12);

    public AuthenticationOptions
    {
        requireNonNull(signingKeyFile, "signingKeyFile is null");
        requireNonNull(accessTokenLifetime, "accessTokenLifetime is null");
        requireNonNull(refreshTokenLifetime, "refreshTokenLifetime is null");
        requireNonNull(identityProvider, "identityProvider is null");
        requireNonNull(lockout, "lockout is null");
        if (accessTokenLifetime.toSeconds() < 1 || refreshTokenLifetime.toSeconds() < 1) {
            throw new IllegalArgumentException("token lifetimes must be at least a second");
        }
    }

    /** Local users only. */
    public AuthenticationOptions(Optional<Path> signingKeyFile, Duration accessTokenLifetime, Duration refreshTokenLifetime)
    {
        this(signingKeyFile, accessTokenLifetime, refreshTokenLifetime, Optional.empty(), Lockout.DEFAULTS);
    }

    public static AuthenticationOptions defaults()
    {
        return new AuthenticationOptions(Optional.empty(), ACCESS_TOKEN_LIFETIME_DEFAULT, REFRESH_TOKEN_LIFETIME_DEFAULT);
    }

    public AuthenticationOptions withIdentityProvider(IdentityProviderOptions identityProvider)
    {
        return new AuthenticationOptions(signingKeyFile, accessTokenLifetime, refreshTokenLifetime, Optional.of(identityProvider), lockout);
    }

    public AuthenticationOptions withLockout(Lockout lockout)
    {
        return new AuthenticationOptions(signingKeyFile, accessTokenLifetime, refreshTokenLifetime, identityProvider, lockout);
    }

    /**
     * The lock-out of password guessing: after this many failed sign-ins for one user name, or from
     * one client address, within the window, sign-ins for that name or from that address are answered
     * 429 with {@code Retry-After} for the cool-down, whatever the password. The address allows more,
     * since many people may sign in from behind one address.
     */
    public record Lockout(int failuresPerUser, int failuresPerAddress, Duration window, Duration coolDown)
    {
        public static final Lockout DEFAULTS = new Lockout(5, 50, Duration.ofMinutes(15), Duration.ofMinutes(15));

        public Lockout
        {
            requireNonNull(window, "window is null");
            requireNonNull(coolDown, "coolDown is null");
            if (failuresPerUser < 1 || failuresPerAddress < 1 || window.toSeconds() < 1 || coolDown.toSeconds() < 1) {
                throw new IllegalArgumentException("lock-out failure counts must be positive, and its window and cool-down at least a second");
            }
        }
    }
}
