package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.server.http.internal.storage.CostItem.PriceStatus;
import io.cloudmigrate.server.http.internal.storage.RecommendationItem.Override;

import static java.util.Objects.requireNonNull;

/**
 * One row of a table of recommendations in a browser: what a reviewer scans and sorts by, without the
 * ranked strategies, explanations, risk factors and cost breakdown of the full {@link RecommendationItem}
 * (about a tenth of its size), which the single-recommendation answer keeps.
 *
 * @param strategy the model's strategy; {@code effectiveStrategy} is the override's where there is one
 * @param confidence the model's confidence in its strategy, 0 to 1
 * @param riskScore {@code null} where the resource was not scored, as {@code riskLevel}
 * @param currentMonthlyUsd today's run-rate of the priced parts; {@code null} when nothing of it is priced
 * @param targetMonthlyUsd the run-rate after the move with the effective strategy; {@code null} when it has no price
 * @param oneOffUsd the one-off cost of the move with the effective strategy; {@code null} when it has no price
 * @param priceStatus how much of the costs above is known, as the costs list says it
 * @param override {@code null} without one
 */
public record RecommendationSummary(
        String resourceId,
        String name,
        ResourceType type,
        String accountId,
        String region,
        Integer wave,
        Strategy strategy,
        String ruleId,
        double confidence,
        Integer riskScore,
        RiskLevel riskLevel,
        Double currentMonthlyUsd,
        Double targetMonthlyUsd,
        Double oneOffUsd,
        PriceStatus priceStatus,
        Override override,
        Strategy effectiveStrategy)
{
    public RecommendationSummary
    {
        requireNonNull(resourceId, "resourceId is null");
        requireNonNull(type, "type is null");
        requireNonNull(strategy, "strategy is null");
        requireNonNull(priceStatus, "priceStatus is null");
        requireNonNull(effectiveStrategy, "effectiveStrategy is null");
    }

    /** The summary of a full item (for rows stored before the summary columns existed). */
    static RecommendationSummary of(RecommendationItem item)
    {
        CostItem cost = CostItem.of(item);
        return new RecommendationSummary(item.resourceId(), item.name(), item.type(), item.accountId(), item.region(), item.wave(), item.recommendation().strategy(),
                item.recommendation().ruleId(), item.recommendation().confidence(), item.risk() == null ? null : item.risk().score(),
                item.risk() == null ? null : item.risk().level(), cost.currentMonthlyUsd(), cost.targetMonthlyUsd(), cost.oneOffUsd(), cost.status(), item.override(),
                item.effectiveStrategy());
    }
}
