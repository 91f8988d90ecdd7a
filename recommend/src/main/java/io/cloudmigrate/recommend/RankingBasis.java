package io.cloudmigrate.recommend;

import static java.util.Objects.requireNonNull;

/**
 * What an assessment's recommendations optimised for and what ranked them: the business-goal weights
 * (as in Migration Hub Strategy Recommendations) and the model, or none when the rules alone decided.
 *
 * @param model {@code null} when the rules alone recommended
 * @param overrides how many recommendations a reviewer's decision replaced
 */
public record RankingBasis(BusinessGoals goals, ModelProvenance model, int overrides)
{
    public RankingBasis
    {
        requireNonNull(goals, "goals is null");
    }
}
