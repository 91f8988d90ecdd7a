package io.cloudmigrate.server.http.internal.routes;

import io.vertx.core.Handler;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.CorsHandler;

import java.util.List;
import java.util.Set;

/**
 * Cross-origin requests from browser pages of the configured origins only ({@code --cors-origin}).
 * Without any, no CORS header is ever sent, so browsers keep other sites' pages out. It runs before
 * authentication, because a browser's preflight carries no credentials. Credentials go in the
 * Authorization header, never in cookies, so none are allowed cross-origin.
 */
final class CrossOrigin
{
    private static final int PREFLIGHT_CACHE_SECONDS = 600;

    private CrossOrigin() {}

    static Handler<RoutingContext> create(List<String> origins)
    {
        if (origins.isEmpty()) {
            return RoutingContext::next;
        }
        CorsHandler cors = CorsHandler.create()
                .addOrigins(origins)
                .allowedMethods(Set.of(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE))
                .allowedHeaders(Set.of("Authorization", "Content-Type", RequestLog.REQUEST_ID_HEADER))
                .exposedHeaders(Set.of("Location", "Retry-After", RequestLog.REQUEST_ID_HEADER))
                .allowCredentials(false)
                .maxAgeSeconds(PREFLIGHT_CACHE_SECONDS);
        // Wrapped: Vert.x wants a CorsHandler first on its route, but the security headers must be set before it answers a preflight.
        return cors::handle;
    }
}
