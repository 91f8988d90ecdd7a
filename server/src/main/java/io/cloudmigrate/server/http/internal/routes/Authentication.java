package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.auth.AccessTokens;
import io.cloudmigrate.server.http.internal.auth.ExternalTokens;
import io.cloudmigrate.server.http.internal.storage.Member;
import io.cloudmigrate.server.http.internal.storage.Role;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.cloudmigrate.server.http.internal.storage.UserStore;
import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The one root handler that decides who calls and whether they may: it finds the request's operation
 * in the contract, lets anyone through to the operations declared {@link Access#ANYONE}, and for every
 * other request wants a valid bearer token of an enabled user who holds the operation's role in some
 * workspace (the stores then narrow to the workspaces that count). The token is the server's own
 * (HS256), or, when an identity provider is configured, one of the provider's (RS256, ES256) whose
 * roles claim says the member's workspaces. A refused token gets 401 "invalid token" and nothing more,
 * whatever the reason.
 */
final class Authentication
{
    static final String INVALID_TOKEN = "invalid token";
    private static final String BEARER = "Bearer ";

    private final AccessTokens tokens;
    private final Optional<ExternalTokens> externalTokens;
    private final UserStore users;
    private final Map<String, Access> accessByOperation;

    Authentication(AccessTokens tokens, Optional<ExternalTokens> externalTokens, UserStore users, Map<String, Access> accessByOperation)
    {
        this.tokens = requireNonNull(tokens, "tokens is null");
        this.externalTokens = requireNonNull(externalTokens, "externalTokens is null");
        this.users = requireNonNull(users, "users is null");
        this.accessByOperation = Map.copyOf(accessByOperation);
    }

    void handle(RoutingContext context)
    {
        String address = Caller.address(context);
        Optional<Access> access = access(context);
        if (access.isPresent() && access.get() == Access.ANYONE) {
            Caller.set(context, new Caller(Caller.ANONYMOUS, address, Optional.empty()), Optional.empty());
            context.next();
            return;
        }
        String header = context.request().getHeader("Authorization");
        if (header == null) {
            context.response().putHeader("WWW-Authenticate", "Bearer realm=\"cloudmigrate\"");
            context.fail(new CloudMigrateException(ServerErrorCode.UNAUTHENTICATED, "this needs an access token (Authorization: Bearer TOKEN) from POST /api/v1/auth/token"));
            return;
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            admit(context, address, access, Optional.empty());
            return;
        }
        // The body of an upload must wait until the caller is known.
        context.request().pause();
        String token = header.substring(BEARER.length()).strip();
        Future<Optional<Member>> member = externalTokens.isPresent() && ExternalTokens.claimsExternal(token) ? external(externalTokens.get(), token) : local(context, token);
        // A database or identity provider that does not answer is a 503 from the failure handler, not a refused token.
        member.onSuccess(found -> admit(context, address, access, found)).onFailure(context::fail);
    }

    private Future<Optional<Member>> local(RoutingContext context, String token)
    {
        return tokens.verify(token).transform(verified -> verified.failed()
                ? Future.succeededFuture(Optional.empty())
                : context.vertx().executeBlocking(() -> users.member(verified.result().subject(), verified.result().issuedAt()), false));
    }

    private static Future<Optional<Member>> external(ExternalTokens externalTokens, String token)
    {
        return externalTokens.verify(token).transform(verified -> {
            if (verified.succeeded()) {
                ExternalTokens.Identity identity = verified.result();
                return Future.succeededFuture(Optional.of(new Member(identity.id(), identity.name(), identity.administrator(), identity.roles())));
            }
            return verified.cause() instanceof CloudMigrateException unavailable ? Future.failedFuture(unavailable) : Future.succeededFuture(Optional.empty());
        });
    }

    private void admit(RoutingContext context, String address, Optional<Access> access, Optional<Member> member)
    {
        if (member.isEmpty()) {
            context.response().putHeader("WWW-Authenticate", "Bearer realm=\"cloudmigrate\", error=\"invalid_token\"");
            context.fail(new CloudMigrateException(ServerErrorCode.UNAUTHENTICATED, INVALID_TOKEN));
            return;
        }
        Caller caller = new Caller(member.get().name(), address, member);
        if (access.isEmpty()) {
            // No operation of the contract: the router answers 404 or 405 to a known caller.
            Caller.set(context, caller, Optional.empty());
            context.next();
            return;
        }
        Role role = access.get().role().orElseThrow();
        boolean allowed = access.get() == Access.ADMINISTRATOR ? member.get().administrator() : member.get().hasAnywhere(role);
        if (!allowed) {
            context.fail(new CloudMigrateException(ServerErrorCode.FORBIDDEN, access.get() == Access.ADMINISTRATOR
                    ? "this needs a server administrator"
                    : "this needs the role " + role.label() + " in a workspace"));
            return;
        }
        Caller.set(context, caller, Optional.of(new Scope(member.get(), role)));
        context.next();
    }

    private Optional<Access> access(RoutingContext context)
    {
        String path = context.request().path();
        if (path != null && (path.equals(ApiDocs.PATH) || path.startsWith(ApiDocs.PATH + "/"))) {
            return Optional.of(Access.ANYONE);
        }
        return ContractOperation.of(context).map(operation -> requireNonNull(accessByOperation.get(operation.getOperationId()),
                () -> "the route table declares no access for " + operation.getOperationId()));
    }
}
