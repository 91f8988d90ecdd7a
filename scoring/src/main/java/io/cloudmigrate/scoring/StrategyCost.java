package io.cloudmigrate.scoring;

import static java.util.Objects.requireNonNull;

/**
 * What a resource would cost after moving with one strategy.
 *
 * @param target the target the price assumes, e.g. {@code db.m6g.large RDS for MySQL}
 * @param targetMonthlyUsd run-rate after the move, USD per month
 * @param oneOffUsd one-off migration effort and transfer, USD
 */
public record StrategyCost(Strategy strategy, String target, double targetMonthlyUsd, double oneOffUsd)
{
    public StrategyCost
    {
        requireNonNull(strategy, "strategy is null");
        requireNonNull(target, "target is null");
    }
}
