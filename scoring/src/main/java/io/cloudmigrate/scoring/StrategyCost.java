package io.cloudmigrate.scoring;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What a resource would cost after moving with one strategy.
 *
 * @param target the target the price assumes, e.g. {@code db.m6g.large RDS for MySQL}
 * @param targetMonthlyUsd run-rate after the move, USD per month, of the parts that are priced
 * @param oneOffUsd one-off migration effort and transfer, USD
 * @param unpriced the parts of the target that no price source has; they are not in {@code targetMonthlyUsd}
 */
public record StrategyCost(Strategy strategy, String target, double targetMonthlyUsd, double oneOffUsd, List<UnpricedItem> unpriced)
{
    public StrategyCost
    {
        requireNonNull(strategy, "strategy is null");
        requireNonNull(target, "target is null");
        unpriced = unpriced == null ? List.of() : List.copyOf(unpriced);
    }

    /** A target priced in full. */
    public StrategyCost(Strategy strategy, String target, double targetMonthlyUsd, double oneOffUsd)
    {
        this(strategy, target, targetMonthlyUsd, oneOffUsd, List.of());
    }
}
