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
 * @param committed the run-rate with the cheapest committed offer (Reserved Instance or Compute Savings Plan) for the target's instance hours, Fargate or Lambda use, or null when the
 *         price list has none for them (the snapshot never has)
 */
public record StrategyCost(Strategy strategy, String target, double targetMonthlyUsd, double oneOffUsd, List<UnpricedItem> unpriced, CommittedCost committed)
{
    public StrategyCost
    {
        requireNonNull(strategy, "strategy is null");
        requireNonNull(target, "target is null");
        unpriced = unpriced == null ? List.of() : List.copyOf(unpriced);
    }

    /** A target priced in full, on demand only. */
    public StrategyCost(Strategy strategy, String target, double targetMonthlyUsd, double oneOffUsd)
    {
        this(strategy, target, targetMonthlyUsd, oneOffUsd, List.of(), null);
    }
}
