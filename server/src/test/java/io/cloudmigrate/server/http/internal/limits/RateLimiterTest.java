package io.cloudmigrate.server.http.internal.limits;

import io.cloudmigrate.server.http.SafetyOptions.RateLimit;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

class RateLimiterTest
{
    private final AtomicLong now = new AtomicLong(1_000_000_000L);
    private final RateLimiter limiter = new RateLimiter(new RateLimit(3, Duration.ofMinutes(1)), now::get);

    @Test
    void allowsTheLimitAtOnceThenAsksToWaitForTheNextRequest()
    {
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isEmpty();
        // Three per minute come back one every 20 seconds.
        assertThat(limiter.acquire("a")).isEqualTo(OptionalLong.of(20));
        now.addAndGet(Duration.ofSeconds(15).toNanos());
        assertThat(limiter.acquire("a")).isEqualTo(OptionalLong.of(5));
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(limiter.acquire("a")).isEmpty();
        assertThat(limiter.acquire("a")).isPresent();
    }

    @Test
    void countsEachKeyApart()
    {
        for (int request = 0; request < 3; request++) {
            assertThat(limiter.acquire("a")).isEmpty();
        }
        assertThat(limiter.acquire("a")).isPresent();
        assertThat(limiter.acquire("b")).isEmpty();
    }

    @Test
    void neverSavesUpMoreThanTheLimit()
    {
        now.addAndGet(Duration.ofHours(5).toNanos());
        for (int request = 0; request < 3; request++) {
            assertThat(limiter.acquire("a")).isEmpty();
        }
        assertThat(limiter.acquire("a")).isPresent();
    }
}
