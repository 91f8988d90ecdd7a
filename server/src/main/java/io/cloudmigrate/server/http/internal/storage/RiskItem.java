package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.scoring.RiskFactor;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.Strategy;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The risk of moving one scored resource, with the named factors that add up to its score.
 */
public record RiskItem(
        String resourceId,
        String name,
        ResourceType type,
        String accountId,
        String region,
        Integer wave,
        Strategy effectiveStrategy,
        int score,
        RiskLevel level,
        List<RiskFactor> factors)
{
    public RiskItem
    {
        requireNonNull(resourceId, "resourceId is null");
        requireNonNull(level, "level is null");
        factors = List.copyOf(factors);
    }

    /** A page of recommendations seen as a page of this item, with the same cursor. */
    public static Page<RiskItem> page(Page<RecommendationItem> items)
    {
        return new Page<>(items.items().stream().map(RiskItem::of).toList(), items.nextCursor());
    }

    /** @throws IllegalArgumentException for an item that was not scored (the store lists only scored ones) */
    static RiskItem of(RecommendationItem item)
    {
        if (item.risk() == null) {
            throw new IllegalArgumentException(item.resourceId() + " was not scored");
        }
        return new RiskItem(item.resourceId(), item.name(), item.type(), item.accountId(), item.region(), item.wave(), item.effectiveStrategy(),
                item.risk().score(), item.risk().level(), item.risk().factors());
    }
}
