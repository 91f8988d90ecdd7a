package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.scoring.UnpricedItem;

import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * What a resource becomes under one strategy, its run-rate in USD per month (not yet rounded) of the
 * parts that are priced, and the parts that are not.
 */
record PricedTarget(String target, double monthlyUsd, List<UnpricedItem> unpriced, Optional<PriceLookup.Commitment> commitment)
{
    PricedTarget
    {
        requireNonNull(target, "target is null");
        if (monthlyUsd < 0 || Double.isNaN(monthlyUsd) || Double.isInfinite(monthlyUsd)) {
            throw new IllegalArgumentException("monthlyUsd must be a finite non-negative amount: " + monthlyUsd);
        }
        unpriced = List.copyOf(requireNonNull(unpriced, "unpriced is null"));
        requireNonNull(commitment, "commitment is null");
    }

    PricedTarget(String target, double monthlyUsd, List<UnpricedItem> unpriced)
    {
        this(target, monthlyUsd, unpriced, Optional.empty());
    }

    /** A target whose unpriced parts and committed saving are taken from the lookup that priced it. */
    static PricedTarget of(String target, double monthlyUsd, PriceLookup prices)
    {
        return new PricedTarget(target, monthlyUsd, prices.takeUnpriced(), prices.takeCommitment());
    }

    PricedTarget(String target, double monthlyUsd)
    {
        this(target, monthlyUsd, List.of());
    }
}
