package io.cloudmigrate.server.http.internal.routes;

import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.RoutingContext;

/**
 * The headers that keep browsers safe, on every answer (errors and the API docs included): the first
 * root handler sets them before any other handler can answer.
 *
 * <p>The content security policy allows scripts only from the server's own files: Swagger UI's
 * initializer is a file ({@link ApiDocs}), not inline script. Inline styles stay allowed, because
 * Swagger UI sets style attributes and a style cannot run code. HSTS is sent only over TLS, where a
 * browser honours it; over plain HTTP it would be ignored at best.
 */
final class SecurityHeaders
{
    static final String CONTENT_SECURITY_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "font-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");
    // One year, the value browsers' preload lists ask for; subdomains are not ours to decide.
    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000";

    private SecurityHeaders() {}

    static Handler<RoutingContext> create(boolean tls)
    {
        return context -> {
            MultiMap headers = context.response().headers();
            headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Cross-Origin-Opener-Policy", "same-origin");
            if (tls) {
                headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
            }
            context.next();
        };
    }
}
