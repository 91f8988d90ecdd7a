package io.cloudmigrate.recommend;

import io.cloudmigrate.scoring.Strategy;

import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * A reviewer's decision for one resource, with the resource's features at that moment so that a model
 * can learn from it later without the estate it was made in.
 *
 * @param resourceName the resource's name when it was decided, for reports and for portfolio rows matched by name
 * @param target what it becomes; {@code null} when the reviewer gave none
 * @param ruleStrategy what the rules said then, the baseline the evaluation compares with
 * @param at when, ISO-8601 UTC
 * @param features the model's features of the resource then, by name
 */
public record StrategyDecision(
        String resourceId,
        String resourceName,
        Strategy strategy,
        String target,
        String reason,
        String by,
        String at,
        Strategy ruleStrategy,
        Map<String, Double> features)
{
    public StrategyDecision
    {
        requireNonNull(resourceId, "resourceId is null");
        requireNonNull(strategy, "strategy is null");
        requireNonNull(reason, "reason is null");
        requireNonNull(by, "by is null");
        requireNonNull(at, "at is null");
        requireNonNull(ruleStrategy, "ruleStrategy is null");
        if (reason.isBlank()) {
            throw new IllegalArgumentException("the reason for deciding " + resourceId + " is empty");
        }
        features = java.util.Collections.unmodifiableMap(new TreeMap<>(requireNonNull(features, "features is null")));
    }

    public StrategyOverride asOverride()
    {
        return new StrategyOverride(strategy, target, reason, by, at);
    }
}
