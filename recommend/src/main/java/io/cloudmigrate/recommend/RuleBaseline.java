package io.cloudmigrate.recommend;

import io.cloudmigrate.scoring.Strategy;

import static java.util.Objects.requireNonNull;

/**
 * What the ordered rules of the rubric say for a resource, kept next to the model's ranking.
 *
 * @param differs whether the model's first strategy is not the rules' strategy
 */
public record RuleBaseline(Strategy strategy, String target, String ruleId, String reason, boolean differs)
{
    public RuleBaseline
    {
        requireNonNull(strategy, "strategy is null");
        requireNonNull(ruleId, "ruleId is null");
        requireNonNull(reason, "reason is null");
    }
}
