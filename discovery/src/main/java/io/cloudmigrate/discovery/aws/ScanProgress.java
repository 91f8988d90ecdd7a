package io.cloudmigrate.discovery.aws;

import java.time.Duration;

/**
 * A snapshot of a running scan, reported each time a scanner finishes.
 *
 * @param tasksDone scanners finished (one task is one service in one account and region)
 * @param itemsFound items the listing calls returned so far, a running proxy for resources found
 */
public record ScanProgress(int tasksDone, int tasksTotal, long itemsFound, long apiCalls, Duration elapsed)
{
    /** Calls per second since the start. */
    public double callsPerSecond()
    {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return apiCalls / seconds;
    }

    /** The remaining time if the remaining tasks take as long as the finished ones did on average. */
    public Duration estimatedRemaining()
    {
        if (tasksDone == 0) {
            return Duration.ZERO;
        }
        return elapsed.multipliedBy(tasksTotal - tasksDone).dividedBy(tasksDone);
    }
}
