package io.cloudmigrate.server.http.internal.limits;

import io.cloudmigrate.server.http.SafetyOptions.RateLimit;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import static java.util.Objects.requireNonNull;

/**
 * A token bucket per key (a client address, a caller): each key may make {@code requests} requests
 * at once, and gets them back evenly over the {@code period}. Buckets that have filled up again are
 * forgotten once there are many, so that a flood of addresses cannot exhaust memory.
 */
public final class RateLimiter
{
    // Past this many keys, full (idle) buckets are dropped: a full bucket is the same as none.
    private static final int FORGET_IDLE_ABOVE = 10_000;

    private final RateLimit limit;
    private final LongSupplier nanoTime;
    private final double tokensPerNano;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    public RateLimiter(RateLimit limit)
    {
        this(limit, System::nanoTime);
    }

    RateLimiter(RateLimit limit, LongSupplier nanoTime)
    {
        this.limit = requireNonNull(limit, "limit is null");
        this.nanoTime = requireNonNull(nanoTime, "nanoTime is null");
        this.tokensPerNano = (double) limit.requests() / limit.period().toNanos();
    }

    public RateLimit limit()
    {
        return limit;
    }

    /**
     * Takes one request from the key's bucket.
     *
     * @return empty when the request may go on; else how long to wait before the next one may, in whole seconds (at least 1)
     */
    public OptionalLong acquire(String key)
    {
        requireNonNull(key, "key is null");
        long now = nanoTime.getAsLong();
        if (buckets.size() > FORGET_IDLE_ABOVE) {
            forgetIdle(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, ignored -> new Bucket(limit.requests(), now));
        synchronized (bucket) {
            bucket.refill(now, limit.requests(), tokensPerNano);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return OptionalLong.empty();
            }
            long waitNanos = (long) Math.ceil((1 - bucket.tokens) / tokensPerNano);
            return OptionalLong.of(Math.max(1, (waitNanos + Duration.ofSeconds(1).toNanos() - 1) / Duration.ofSeconds(1).toNanos()));
        }
    }

    private void forgetIdle(long now)
    {
        for (Iterator<Bucket> all = buckets.values().iterator(); all.hasNext(); ) {
            Bucket bucket = all.next();
            synchronized (bucket) {
                bucket.refill(now, limit.requests(), tokensPerNano);
                if (bucket.tokens >= limit.requests()) {
                    all.remove();
                }
            }
        }
    }

    private static final class Bucket
    {
        private double tokens;
        private long updated;

        private Bucket(double tokens, long updated)
        {
            this.tokens = tokens;
            this.updated = updated;
        }

        private void refill(long now, int capacity, double tokensPerNano)
        {
            tokens = Math.min(capacity, tokens + (now - updated) * tokensPerNano);
            updated = now;
        }
    }
}
