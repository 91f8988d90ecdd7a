package io.cloudmigrate.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The money side of one resource: today's run-rate, the run-rate and one-off cost of each viable
 * strategy, and the monthly cost of the traffic it exchanges.
 *
 * @param basis where the prices come from, e.g. {@code AWS list prices, us-east-1, snapshot 2025-06}
 */
public record CostEstimate(String resourceId, double currentMonthlyUsd, double trafficMonthlyUsd, List<StrategyCost> byStrategy, String basis)
{
    public CostEstimate
    {
        requireNonNull(resourceId, "resourceId is null");
        requireNonNull(basis, "basis is null");
        byStrategy = requireNonNull(byStrategy, "byStrategy is null").stream()
                .sorted(Comparator.comparing(StrategyCost::strategy))
                .toList();
    }

    public Optional<StrategyCost> forStrategy(Strategy strategy)
    {
        return byStrategy.stream().filter(cost -> cost.strategy() == strategy).findFirst();
    }
}
