package io.cloudmigrate.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The money side of one resource: today's run-rate, the run-rate and one-off cost of each viable
 * strategy, and the monthly cost of the traffic it exchanges.
 *
 * <p>Amounts cover only what a price source has; what none has is listed in {@link #unpriced()} (for
 * today's run-rate and traffic) and {@link StrategyCost#unpriced()} (for a target), never counted as 0.
 *
 * @param basis where the prices come from, e.g. {@code AWS list prices, us-east-1, snapshot 2025-06}
 * @param unpriced the parts of today's run-rate and traffic that no source prices
 * @param sources the price sources behind the amounts, with their publication dates
 */
public record CostEstimate(
        String resourceId,
        double currentMonthlyUsd,
        double trafficMonthlyUsd,
        List<StrategyCost> byStrategy,
        String basis,
        List<UnpricedItem> unpriced,
        List<PriceSource> sources)
{
    public CostEstimate
    {
        requireNonNull(resourceId, "resourceId is null");
        requireNonNull(basis, "basis is null");
        byStrategy = requireNonNull(byStrategy, "byStrategy is null").stream()
                .sorted(Comparator.comparing(StrategyCost::strategy))
                .toList();
        unpriced = unpriced == null ? List.of() : List.copyOf(unpriced);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** An estimate whose amounts are complete and whose sources are stated only in the basis. */
    public CostEstimate(String resourceId, double currentMonthlyUsd, double trafficMonthlyUsd, List<StrategyCost> byStrategy, String basis)
    {
        this(resourceId, currentMonthlyUsd, trafficMonthlyUsd, byStrategy, basis, List.of(), List.of());
    }

    public Optional<StrategyCost> forStrategy(Strategy strategy)
    {
        return byStrategy.stream().filter(cost -> cost.strategy() == strategy).findFirst();
    }
}
