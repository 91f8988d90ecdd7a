package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.SafetyOptions.RateLimit;
import io.cloudmigrate.server.http.SafetyOptions.RateLimits;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.limits.RateLimiter;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.util.Locale;
import java.util.OptionalLong;

/**
 * The rate limits of the API, answered with 429, {@code Retry-After} and a problem naming the limit.
 *
 * <ul>
 * <li>{@link #byAddress()} counts every request per client address, before the caller is known, so
 *     that requests with bad credentials count too;</li>
 * <li>{@link #byCaller()} counts per caller name once the caller is known (anonymous callers are
 *     already counted by address), so that one user cannot use up the server from many addresses;</li>
 * <li>{@link #credentials()} is the stricter limit for an operation that checks a password or token,
 *     per client address: add it to that operation's route before its handler, e.g.
 *     {@code builder.getRoute("createToken").addHandler(rateLimiting.credentials())}.</li>
 * </ul>
 */
final class RateLimiting
{
    private final RateLimiter general;
    private final RateLimiter callers;
    private final RateLimiter credentials;

    RateLimiting(RateLimits limits)
    {
        this.general = new RateLimiter(limits.general());
        this.callers = new RateLimiter(limits.general());
        this.credentials = new RateLimiter(limits.credentials());
    }

    Handler<RoutingContext> byAddress()
    {
        return context -> limit(context, general, "address " + address(context), "--rate-limit");
    }

    Handler<RoutingContext> byCaller()
    {
        return context -> {
            Caller caller = Caller.of(context);
            if (caller.name().equals(Caller.ANONYMOUS)) {
                context.next();
            }
            else {
                limit(context, callers, "caller " + caller.name(), "--rate-limit");
            }
        };
    }

    Handler<RoutingContext> credentials()
    {
        return context -> limit(context, credentials, "address " + address(context), "--credentials-rate-limit");
    }

    private static void limit(RoutingContext context, RateLimiter limiter, String key, String flag)
    {
        OptionalLong retryAfter = limiter.acquire(key);
        if (retryAfter.isEmpty()) {
            context.next();
            return;
        }
        RateLimit limit = limiter.limit();
        context.response().putHeader("Retry-After", Long.toString(retryAfter.getAsLong()));
        context.fail(new CloudMigrateException(ServerErrorCode.RATE_LIMITED, "more than " + limit.requests() + " requests in " + limit.period().toString()
                .substring(2).toLowerCase(Locale.ROOT) + " from the " + key + "; try again in " + retryAfter.getAsLong() + " s (serve " + flag + ")"));
    }

    /** The address the request came from, as {@link Caller} records it. */
    private static String address(RoutingContext context)
    {
        return context.request().remoteAddress() == null ? "unknown" : context.request().remoteAddress().hostAddress();
    }
}
