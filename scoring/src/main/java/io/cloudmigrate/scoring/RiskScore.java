package io.cloudmigrate.scoring;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The risk of moving one resource: a score from 0 to 100, its level, and the factors that add up to it.
 */
public record RiskScore(String resourceId, int score, RiskLevel level, List<RiskFactor> factors)
{
    public RiskScore
    {
        requireNonNull(resourceId, "resourceId is null");
        requireNonNull(level, "level is null");
        factors = List.copyOf(requireNonNull(factors, "factors is null"));
        if (level != RiskLevel.of(score)) {
            throw new IllegalArgumentException("level " + level + " does not match score " + score);
        }
    }
}
