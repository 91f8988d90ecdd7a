package io.cloudmigrate.server.http.internal.webhooks;

import io.cloudmigrate.server.http.WebhookOptions;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryScheduleTest
{
    private static final WebhookOptions OPTIONS = WebhookOptions.DEFAULTS.withRetries(8, Duration.ofSeconds(30), Duration.ofMinutes(5));
    private static final UUID DELIVERY = UUID.fromString("6f1c2a4e-0d55-4b7e-9a41-3c2f8d9e7b10");

    @Test
    void doublesTheDelayUpToTheLongestLessAQuarterAtMost()
    {
        RetrySchedule schedule = new RetrySchedule(OPTIONS);
        long[] bases = {30, 60, 120, 240, 300, 300, 300};

        for (int attempt = 1; attempt <= bases.length; attempt++) {
            Duration delay = schedule.delayAfter(attempt, DELIVERY).orElseThrow();
            assertThat(delay).as("after attempt " + attempt)
                    .isLessThanOrEqualTo(Duration.ofSeconds(bases[attempt - 1]))
                    .isGreaterThanOrEqualTo(Duration.ofMillis(Math.round(bases[attempt - 1] * 1000 * (1 - RetrySchedule.JITTER))));
        }
    }

    @Test
    void givesUpAfterTheLastAttempt()
    {
        RetrySchedule schedule = new RetrySchedule(OPTIONS);

        assertThat(schedule.delayAfter(7, DELIVERY)).isPresent();
        assertThat(schedule.delayAfter(8, DELIVERY)).isEmpty();
        assertThat(new RetrySchedule(OPTIONS.withRetries(1, Duration.ofSeconds(1), Duration.ofSeconds(1))).delayAfter(1, DELIVERY)).isEmpty();
    }

    @Test
    void drawsTheSameJitterForTheSameDeliveryAndAttempt()
    {
        RetrySchedule schedule = new RetrySchedule(OPTIONS);

        assertThat(schedule.delayAfter(3, DELIVERY)).isEqualTo(new RetrySchedule(OPTIONS).delayAfter(3, DELIVERY));
    }

    @Test
    void spreadsDeliveriesThatFailedTogether()
    {
        RetrySchedule schedule = new RetrySchedule(OPTIONS);
        List<Optional<Duration>> delays = new ArrayList<>();
        for (int index = 0; index < 20; index++) {
            delays.add(schedule.delayAfter(1, new UUID(index, index * 7L)));
        }

        assertThat(delays.stream().distinct().count()).isGreaterThan(15);
    }

    @Test
    void refusesAnAttemptCountBelowOne()
    {
        assertThatThrownBy(() -> new RetrySchedule(OPTIONS).delayAfter(0, DELIVERY)).isInstanceOf(IllegalArgumentException.class);
    }
}
