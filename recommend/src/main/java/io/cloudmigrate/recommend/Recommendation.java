package io.cloudmigrate.recommend;

import io.cloudmigrate.scoring.Strategy;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The recommended strategy for one resource, with the reason a reviewer can check.
 *
 * @param target what the resource becomes, e.g. {@code Amazon RDS for MySQL 8.4}; {@code null} for Retire/Retain
 * @param ruleId the rule that decided, e.g. {@code F1} (the ids of docs/7R-RULES.md) or {@code override}
 * @param reason one or two sentences, citing the observed facts
 * @param confidence 0 to 1
 * @param evidence the facts the rule used, as {@code name=value}
 */
public record Recommendation(
        String resourceId,
        Strategy strategy,
        String target,
        String ruleId,
        String reason,
        double confidence,
        List<String> evidence)
{
    public Recommendation
    {
        requireNonNull(resourceId, "resourceId is null");
        requireNonNull(strategy, "strategy is null");
        requireNonNull(ruleId, "ruleId is null");
        requireNonNull(reason, "reason is null");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
        evidence = List.copyOf(requireNonNull(evidence, "evidence is null"));
    }
}
