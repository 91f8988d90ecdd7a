package io.cloudmigrate.server.cli;

import io.cloudmigrate.server.http.AuthenticationOptions;
import io.cloudmigrate.server.http.AuthenticationOptions.Lockout;
import io.cloudmigrate.server.http.IdentityProviderOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/**
 * The flags of {@code serve} that accept the tokens of an external OpenID Connect provider and lock
 * out password guessing.
 */
final class AuthenticationFlags
{
    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--oidc-issuer", paramLabel = "ISSUER", description = "Also accept RS256/ES256 access tokens of this OpenID Connect issuer (their exact iss); "
            + "needs --oidc-audience and --oidc-jwks-url.")
    String issuer;

    @Option(names = "--oidc-audience", paramLabel = "AUDIENCE", description = "The audience (aud) the identity provider's tokens must be for.")
    String audience;

    @Option(names = "--oidc-jwks-url", paramLabel = "URL", description = "Where the identity provider publishes its signing keys (JWKS); https://, "
            + "or http:// to a loopback address.")
    String jwksUrl;

    @Option(names = "--oidc-roles-claim", paramLabel = "CLAIM", description = "The claim that carries workspace roles, either {\"WORKSPACE-ID\": \"ROLE\", …} "
            + "or [\"WORKSPACE-ID:ROLE\", …] (plus \"administrator\" for a server administrator); roles are viewer, operator, admin "
            + "(default: " + IdentityProviderOptions.ROLES_CLAIM_DEFAULT + ").")
    String rolesClaim = IdentityProviderOptions.ROLES_CLAIM_DEFAULT;

    @Option(names = "--lockout-failures", paramLabel = "N", description = "Failed sign-ins for one user name after which it is locked out "
            + "for --lockout-minutes, whatever the password (default: ${DEFAULT-VALUE}).")
    int lockoutFailuresPerUser = Lockout.DEFAULTS.failuresPerUser();

    @Option(names = "--lockout-address-failures", paramLabel = "N", description = "Failed sign-ins from one client address after which it is locked out "
            + "(default: ${DEFAULT-VALUE}).")
    int lockoutFailuresPerAddress = Lockout.DEFAULTS.failuresPerAddress();

    @Option(names = "--lockout-minutes", paramLabel = "MINUTES", description = "The window failures are counted in, and how long a lock-out lasts "
            + "(default: ${DEFAULT-VALUE}).")
    long lockoutMinutes = Lockout.DEFAULTS.coolDown().toMinutes();

    /** The given options, with the lock-out and the identity provider these flags name. */
    AuthenticationOptions applyTo(AuthenticationOptions options)
    {
        if (lockoutFailuresPerUser < 1 || lockoutFailuresPerAddress < 1 || lockoutMinutes < 1) {
            throw new ParameterException(spec.commandLine(), "--lockout-failures, --lockout-address-failures and --lockout-minutes must be positive");
        }
        Duration minutes = Duration.ofMinutes(lockoutMinutes);
        AuthenticationOptions locked = options.withLockout(new Lockout(lockoutFailuresPerUser, lockoutFailuresPerAddress, minutes, minutes));
        return identityProvider(locked);
    }

    private AuthenticationOptions identityProvider(AuthenticationOptions options)
    {
        if (issuer == null && audience == null && jwksUrl == null) {
            return options;
        }
        if (issuer == null || audience == null || jwksUrl == null) {
            throw new ParameterException(spec.commandLine(), "--oidc-issuer, --oidc-audience and --oidc-jwks-url go together: give all three or none");
        }
        try {
            return options.withIdentityProvider(IdentityProviderOptions.of(issuer, audience, new URI(jwksUrl)).withRolesClaim(rolesClaim));
        }
        catch (URISyntaxException e) {
            throw new ParameterException(spec.commandLine(), "--oidc-jwks-url is not a URL: " + e.getMessage());
        }
        catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--oidc-*: " + e.getMessage());
        }
    }
}
