package io.cloudmigrate.server.http.internal.webhooks;

import io.cloudmigrate.server.http.WebhookOptions;

import java.time.Duration;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * When a failed delivery is tried again: exponential backoff from the first delay, doubled after
 * each attempt up to the longest delay, less a jitter of up to a quarter, so that deliveries that
 * failed together (a receiver down) do not all come back at once. The jitter is drawn from the
 * delivery's id and the attempt number, so the same delivery always waits the same: a schedule can
 * be tested, and a restart does not change it.
 */
public final class RetrySchedule
{
    static final double JITTER = 0.25;

    private final WebhookOptions options;

    public RetrySchedule(WebhookOptions options)
    {
        this.options = requireNonNull(options, "options is null");
    }

    /**
     * The wait after a failed attempt.
     *
     * @param attemptsMade attempts made so far, the failed one included (1 after the first)
     * @return empty when no attempt is left: the delivery is given up
     */
    public Optional<Duration> delayAfter(int attemptsMade, UUID deliveryId)
    {
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("attemptsMade must be positive, found " + attemptsMade);
        }
        if (attemptsMade >= options.maximumAttempts()) {
            return Optional.empty();
        }
        long longest = options.maximumRetryDelay().toMillis();
        long base = options.firstRetryDelay().toMillis();
        for (int attempt = 1; attempt < attemptsMade && base < longest; attempt++) {
            base = Math.min(longest, base * 2);
        }
        double draw = new SplittableRandom(deliveryId.getMostSignificantBits() ^ deliveryId.getLeastSignificantBits() * 31 + attemptsMade).nextDouble();
        return Optional.of(Duration.ofMillis(Math.round(base * (1 - JITTER * draw))));
    }
}
