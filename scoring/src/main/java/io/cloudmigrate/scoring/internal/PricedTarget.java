package io.cloudmigrate.scoring.internal;

import static java.util.Objects.requireNonNull;

/**
 * What a resource becomes under one strategy, and its run-rate in USD per month (not yet rounded).
 */
record PricedTarget(String target, double monthlyUsd)
{
    PricedTarget
    {
        requireNonNull(target, "target is null");
        if (monthlyUsd < 0 || Double.isNaN(monthlyUsd) || Double.isInfinite(monthlyUsd)) {
            throw new IllegalArgumentException("monthlyUsd must be a finite non-negative amount: " + monthlyUsd);
        }
    }
}
