package io.cloudmigrate.server.cli;

import io.cloudmigrate.server.http.AuthenticationOptions;
import io.cloudmigrate.server.http.IdentityProviderOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The flags of {@code serve} that accept the tokens of an external OpenID Connect provider.
 */
final class IdentityProviderFlags
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

    /** The given options, with the identity provider these flags name, if any. */
    AuthenticationOptions applyTo(AuthenticationOptions options)
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
