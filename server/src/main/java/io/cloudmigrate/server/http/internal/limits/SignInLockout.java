package io.cloudmigrate.server.http.internal.limits;

import io.cloudmigrate.server.http.AuthenticationOptions.Lockout;

import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

import static java.util.Objects.requireNonNull;

/**
 * Locks out password guessing at the token endpoint: after {@code failuresPerUser} failed sign-ins
 * for one user name, or {@code failuresPerAddress} from one client address, within the window, every
 * sign-in for that name or from that address is refused for the cool-down, the right password too.
 *
 * <p>A name is counted whether or not a user has it, and a locked name is refused before its password
 * is looked at, so that the lock-out tells nothing about which users exist. A success clears the
 * name's count but not the address's, or one valid account would let an address guess forever.
 * Counts live in memory: a restart or a second server starts afresh.
 */
public final class SignInLockout
{
    private static final int FORGET_IDLE_ABOVE = 10_000;

    private final Lockout options;
    private final LongSupplier nanoTime;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    public SignInLockout(Lockout options)
    {
        this(options, System::nanoTime);
    }

    SignInLockout(Lockout options, LongSupplier nanoTime)
    {
        this.options = requireNonNull(options, "options is null");
        this.nanoTime = requireNonNull(nanoTime, "nanoTime is null");
    }

    /** Empty when a sign-in may be tried; else the whole seconds (at least 1) until it may. */
    public OptionalLong locked(String userName, String address)
    {
        long now = nanoTime.getAsLong();
        long remaining = Math.max(remaining(userKey(userName), now), remaining(addressKey(address), now));
        return remaining <= 0 ? OptionalLong.empty() : OptionalLong.of(Math.max(1, (remaining + Duration.ofSeconds(1).toNanos() - 1) / Duration.ofSeconds(1).toNanos()));
    }

    /** Counts a failed sign-in against the name and the address. */
    public void failed(String userName, String address)
    {
        long now = nanoTime.getAsLong();
        if (counts.size() > FORGET_IDLE_ABOVE) {
            forgetIdle(now);
        }
        count(userKey(userName), options.failuresPerUser(), now);
        count(addressKey(address), options.failuresPerAddress(), now);
    }

    /** Clears the name's failures after a sign-in with the right password. */
    public void succeeded(String userName)
    {
        counts.remove(userKey(userName));
    }

    private long remaining(String key, long now)
    {
        Count count = counts.get(key);
        if (count == null) {
            return 0;
        }
        synchronized (count) {
            return count.lockedUntil - now;
        }
    }

    private void count(String key, int limit, long now)
    {
        Count count = counts.computeIfAbsent(key, ignored -> new Count(now));
        synchronized (count) {
            if (now - count.windowStart > options.window().toNanos()) {
                count.windowStart = now;
                count.failures = 0;
            }
            count.failures++;
            if (count.failures >= limit) {
                count.lockedUntil = now + options.coolDown().toNanos();
                count.windowStart = now;
                count.failures = 0;
            }
        }
    }

    private void forgetIdle(long now)
    {
        for (Iterator<Count> all = counts.values().iterator(); all.hasNext(); ) {
            Count count = all.next();
            synchronized (count) {
                if (count.lockedUntil - now <= 0 && now - count.windowStart > options.window().toNanos()) {
                    all.remove();
                }
            }
        }
    }

    private static String userKey(String userName)
    {
        return "user " + userName.toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address)
    {
        return "address " + address;
    }

    private static final class Count
    {
        private long windowStart;
        private long lockedUntil;
        private int failures;

        private Count(long now)
        {
            this.windowStart = now;
            this.lockedUntil = now;
        }
    }
}
