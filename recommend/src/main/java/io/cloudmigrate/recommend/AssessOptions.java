package io.cloudmigrate.recommend;

import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.graph.TrafficEdge;

import java.time.Duration;
import java.time.LocalDate;

import static java.util.Objects.requireNonNull;

/**
 * How to run an assessment.
 *
 * @param asOf the date rules are judged at; {@code null} to use the date of the inventory's {@code capturedAt}
 * @param goals the business-goal weights that choose among viable strategies
 * @param trafficWindow how long the flow logs behind the observed edges cover; their bytes are scaled
 *         from it to a month. {@link #TRAFFIC_WINDOW_DEFAULT} takes them as one month's traffic.
 */
public record AssessOptions(LocalDate asOf, BusinessGoals goals, Duration trafficWindow)
{
    /** A 730-hour month, the period AWS prices by. */
    public static final Duration TRAFFIC_WINDOW_DEFAULT = Duration.ofHours(730);

    public static final AssessOptions DEFAULT = new AssessOptions(null, BusinessGoals.DEFAULT, TRAFFIC_WINDOW_DEFAULT);

    public AssessOptions
    {
        requireNonNull(goals, "goals is null");
        requireNonNull(trafficWindow, "trafficWindow is null");
        if (trafficWindow.isZero() || trafficWindow.isNegative()) {
            throw new IllegalArgumentException("trafficWindow must be positive: " + trafficWindow);
        }
    }

    public AssessOptions withAsOf(LocalDate date)
    {
        return new AssessOptions(date, goals, trafficWindow);
    }

    public AssessOptions withGoals(BusinessGoals value)
    {
        return new AssessOptions(asOf, value, trafficWindow);
    }

    public AssessOptions withTrafficWindow(Duration value)
    {
        return new AssessOptions(asOf, goals, value);
    }

    /**
     * These options with the traffic window the flow logs actually cover: from the earliest record start
     * to the latest record end over all edges. Unchanged when the traffic has no edges or no time span.
     */
    public AssessOptions withTrafficWindowOf(Traffic traffic)
    {
        requireNonNull(traffic, "traffic is null");
        long first = traffic.edges().stream().mapToLong(TrafficEdge::firstSeen).min().orElse(0);
        long last = traffic.edges().stream().mapToLong(TrafficEdge::lastSeen).max().orElse(0);
        return last > first ? withTrafficWindow(Duration.ofSeconds(last - first)) : this;
    }
}
