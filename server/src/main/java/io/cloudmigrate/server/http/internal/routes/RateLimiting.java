package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.SafetyOptions.RateLimit;
import io.cloudmigrate.server.http.SafetyOptions.RateLimits;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.limits.RateLimiter;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
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
 * <li>{@link #credentials()} is the stricter limit for the operations that check a password or token
 *     ({@link #CREDENTIAL_OPERATIONS}), per client address, before their handlers.</li>
 * </ul>
 */
final class RateLimiting
{
    /** The operations that check a password or token, each behind the stricter {@link #credentials()} limit. */
    static final List<String> CREDENTIAL_OPERATIONS = List.of("createToken", "revokeToken");

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
        return context -> limit(context, general, "address " + Caller.address(context), "--rate-limit");
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
        return context -> limit(context, credentials, "address " + Caller.address(context), "--credentials-rate-limit");
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
}
