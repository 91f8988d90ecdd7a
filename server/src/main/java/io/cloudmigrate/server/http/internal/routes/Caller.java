package io.cloudmigrate.server.http.internal.routes;

import io.vertx.ext.web.RoutingContext;

import static java.util.Objects.requireNonNull;

/**
 * Who sends a request, as far as the server knows. Until authentication exists every caller is
 * {@code anonymous}; the address is still recorded with what they change.
 */
record Caller(String name, String address)
{
    private static final String KEY = "cloudmigrate.caller";
    static final String ANONYMOUS = "anonymous";

    Caller
    {
        requireNonNull(name, "name is null");
        requireNonNull(address, "address is null");
    }

    /**
     * The one place a request gets its caller. Authentication replaces this handler (and declares
     * roles in {@link ApiRoutes}); nothing else reads identities.
     */
    static void identify(RoutingContext context)
    {
        String address = context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
        context.put(KEY, new Caller(ANONYMOUS, address));
        context.next();
    }

    static Caller of(RoutingContext context)
    {
        return requireNonNull(context.get(KEY), "the caller handler did not run");
    }
}
