package io.cloudmigrate.discovery.aws.cloudwatch;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * The utilisation window of a scan, in whole days, and how {@code GetMetricData} calls are cut to fit
 * it. One call takes at most 500 queries, and answers at most 100,800 data points before it pages; a
 * query with a daily period gives one point per day of the window, so a call of
 * {@code min(500, 100,800 / days)} queries stays within both limits and never pages.
 */
record MetricWindow(int days)
{
    static final int QUERIES_PER_CALL = 500;
    static final int DATAPOINTS_PER_CALL = 100_800;
    static final int PERIOD_SECONDS = 86_400;

    MetricWindow
    {
        if (days < 1) {
            throw new IllegalArgumentException("days must be at least 1: " + days);
        }
    }

    int queriesPerCall()
    {
        return Math.min(QUERIES_PER_CALL, DATAPOINTS_PER_CALL / days);
    }

    /** The start of today (UTC): today's point would cover part of a day only. */
    Instant end(Instant now)
    {
        return now.truncatedTo(ChronoUnit.DAYS);
    }

    Instant start(Instant now)
    {
        return end(now).minus(Duration.ofDays(days));
    }

    /** The requests cut into calls of at most {@link #queriesPerCall()}, in order. */
    <T> List<List<T>> calls(List<T> requests)
    {
        int size = queriesPerCall();
        List<List<T>> calls = new ArrayList<>();
        for (int first = 0; first < requests.size(); first += size) {
            calls.add(List.copyOf(requests.subList(first, Math.min(requests.size(), first + size))));
        }
        return List.copyOf(calls);
    }
}
