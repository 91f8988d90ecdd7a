package io.cloudmigrate.scoring;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A target's run-rate with the best committed purchase option for its instance hours (or Fargate and Lambda use), beside the
 * on-demand {@link StrategyCost#targetMonthlyUsd()}.
 *
 * @param option e.g. {@code 3-year standard Reserved Instance, All Upfront}
 * @param monthlyUsd the run-rate with the upfront fee spread over the term's months, USD per month
 * @param terms every purchase option offered for all the committed parts of the target, in {@link CommittedTerm#ORDER};
 *         an option missing here has no price for at least one part
 */
public record CommittedCost(String option, double monthlyUsd, List<CommittedTerm> terms)
{
    public CommittedCost
    {
        requireNonNull(option, "option is null");
        terms = terms == null ? List.of() : terms.stream().sorted(CommittedTerm.ORDER).toList();
    }

    /** The best option alone, without the list of every term. */
    public CommittedCost(String option, double monthlyUsd)
    {
        this(option, monthlyUsd, List.of());
    }
}
