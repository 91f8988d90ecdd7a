package io.cloudmigrate.scoring;

import static java.util.Objects.requireNonNull;

/**
 * A target's run-rate with the best committed purchase option for its instance hours, beside the
 * on-demand {@link StrategyCost#targetMonthlyUsd()}.
 *
 * @param option e.g. {@code 3-year standard Reserved Instance, All Upfront}
 * @param monthlyUsd the run-rate with the upfront fee spread over the term's months, USD per month
 */
public record CommittedCost(String option, double monthlyUsd)
{
    public CommittedCost
    {
        requireNonNull(option, "option is null");
    }
}
