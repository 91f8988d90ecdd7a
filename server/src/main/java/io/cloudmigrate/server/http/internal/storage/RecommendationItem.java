package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.Strategy;

import static java.util.Objects.requireNonNull;

/**
 * One resource of an assessment: the model's recommendation, and beside it (never in its place) the
 * reviewer's override.
 *
 * @param wave {@code null} for a resource outside every wave
 * @param risk {@code null} where the resource was not scored
 * @param cost {@code null} where the resource was not priced
 * @param override {@code null} without one
 * @param effectiveStrategy the override's strategy, else the model's
 */
public record RecommendationItem(
        String resourceId,
        String name,
        ResourceType type,
        String accountId,
        String region,
        Integer wave,
        Recommendation recommendation,
        RiskScore risk,
        CostEstimate cost,
        Override override,
        Strategy effectiveStrategy)
        implements Audited
{
    public RecommendationItem
    {
        requireNonNull(resourceId, "resourceId is null");
        requireNonNull(type, "type is null");
        requireNonNull(recommendation, "recommendation is null");
        requireNonNull(effectiveStrategy, "effectiveStrategy is null");
    }

    RecommendationItem withOverride(Override override)
    {
        return new RecommendationItem(resourceId, name, type, accountId, region, wave, recommendation, risk, cost, override,
                override == null ? recommendation.strategy() : override.strategy());
    }

    /**
     * A reviewer's decision for one resource of an estate.
     *
     * @param target {@code null} when the reviewer named none
     * @param author who made it, as the server knew the caller
     */
    public record Override(Strategy strategy, String target, String justification, String author, String recordedAt) {}
}
