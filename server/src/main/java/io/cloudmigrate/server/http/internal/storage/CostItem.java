package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.StrategyCost;
import io.cloudmigrate.scoring.UnpricedItem;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The costs of one resource with its effective strategy (the override's where there is one). An
 * amount no price source has is {@code null} and named in {@code unpriced}; it is never 0.
 *
 * @param currentMonthlyUsd today's run-rate of the priced parts; {@code null} when the resource was not priced at all
 * @param targetMonthlyUsd the run-rate after the move, of the priced parts; {@code null} when the strategy has no price
 * @param unpriced what has no price, today's and the target's
 */
public record CostItem(
        String resourceId,
        String name,
        ResourceType type,
        String accountId,
        String region,
        Integer wave,
        Strategy effectiveStrategy,
        PriceStatus status,
        Double currentMonthlyUsd,
        Double trafficMonthlyUsd,
        String target,
        Double targetMonthlyUsd,
        Double oneOffUsd,
        List<UnpricedItem> unpriced,
        String basis)
{
    public CostItem
    {
        requireNonNull(resourceId, "resourceId is null");
        requireNonNull(status, "status is null");
        unpriced = List.copyOf(unpriced);
    }

    /** How much of a resource's cost is known. */
    public enum PriceStatus
    {
        /** Today's run-rate and the target's are priced in full. */
        PRICED,
        /** Some part of today's run-rate or the target's has no price; the amounts cover the rest. */
        PARTIAL,
        /** Nothing of the resource, or nothing of its strategy's target, is priced. */
        UNKNOWN
    }

    /** A page of recommendations seen as a page of this item, with the same cursor. */
    public static Page<CostItem> page(Page<RecommendationItem> items)
    {
        return new Page<>(items.items().stream().map(CostItem::of).toList(), items.nextCursor());
    }

    static CostItem of(RecommendationItem item)
    {
        return of(item, item.effectiveStrategy());
    }

    /** The costs of an item as if {@code strategy} were its effective strategy (an override may make it so). */
    static CostItem of(RecommendationItem item, Strategy strategy)
    {
        CostEstimate cost = item.cost();
        if (cost == null) {
            return new CostItem(item.resourceId(), item.name(), item.type(), item.accountId(), item.region(), item.wave(), strategy, PriceStatus.UNKNOWN, null, null,
                    null, null, null, List.of(new UnpricedItem("the whole resource", "the assessment has no cost estimate for it")), null);
        }
        List<UnpricedItem> unpriced = new ArrayList<>(cost.unpriced());
        Optional<StrategyCost> chosen = cost.forStrategy(strategy);
        chosen.ifPresentOrElse(target -> unpriced.addAll(target.unpriced()),
                () -> unpriced.add(new UnpricedItem("the target of " + strategy.name(), "no price source prices this strategy for the resource")));
        PriceStatus status = chosen.isEmpty() ? PriceStatus.UNKNOWN : unpriced.isEmpty() ? PriceStatus.PRICED : PriceStatus.PARTIAL;
        return new CostItem(item.resourceId(), item.name(), item.type(), item.accountId(), item.region(), item.wave(), strategy, status, cost.currentMonthlyUsd(),
                cost.trafficMonthlyUsd(), chosen.map(StrategyCost::target).orElse(null), chosen.map(StrategyCost::targetMonthlyUsd).orElse(null),
                chosen.map(StrategyCost::oneOffUsd).orElse(null), unpriced, cost.basis());
    }
}
