package io.cloudmigrate.recommend;

import io.cloudmigrate.scoring.Strategy;

import static java.util.Objects.requireNonNull;

/**
 * A reviewer's decision for a resource, shown instead of the model's first choice and next to its ranking.
 *
 * @param at when it was decided, ISO-8601
 */
public record StrategyOverride(Strategy strategy, String target, String reason, String by, String at)
{
    public StrategyOverride
    {
        requireNonNull(strategy, "strategy is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(by, "by is null");
        requireNonNull(at, "at is null");
    }
}
