package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.server.http.internal.limits.TrustedProxies;
import io.cloudmigrate.server.http.internal.storage.Member;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Who sends a request: the member a valid access token names, or anonymous on the operations any
 * caller may use. Only {@link Authentication} sets it; the address is recorded with what they change.
 */
record Caller(String name, String address, Optional<Member> member)
{
    private static final String KEY = "cloudmigrate.caller";
    private static final String SCOPE_KEY = "cloudmigrate.scope";
    static final String ANONYMOUS = "anonymous";

    Caller
    {
        requireNonNull(name, "name is null");
        requireNonNull(address, "address is null");
        requireNonNull(member, "member is null");
    }

    private static final String ADDRESS_KEY = "cloudmigrate.address";

    /** The client's address: the peer's, or the one a trusted proxy forwarded for ({@link #resolveAddress}). */
    static String address(RoutingContext context)
    {
        String resolved = context.get(ADDRESS_KEY);
        if (resolved != null) {
            return resolved;
        }
        return context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
    }

    /** The first root handler: finds the client's address once, for the rate limits, the lock-out and the audit log. */
    static Handler<RoutingContext> resolveAddress(TrustedProxies proxies)
    {
        return context -> {
            String peer = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
            context.put(ADDRESS_KEY, proxies.client(peer, context.request().headers().getAll("X-Forwarded-For")));
            context.next();
        };
    }

    static void set(RoutingContext context, Caller caller, Optional<Scope> scope)
    {
        context.put(KEY, caller);
        scope.ifPresent(value -> context.put(SCOPE_KEY, value));
    }

    static Caller of(RoutingContext context)
    {
        return requireNonNull(context.get(KEY), "the authentication handler did not run");
    }

    /** What the operation of this request may see and change; only operations that need a role have one. */
    static Scope scope(RoutingContext context)
    {
        return requireNonNull(context.get(SCOPE_KEY), "the operation declares no role, so it has no scope");
    }
}
