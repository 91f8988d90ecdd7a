package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.scoring.CommittedCost;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.LifecycleCatalog;
import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.StrategyCost;
import io.cloudmigrate.scoring.UnpricedItem;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Prices resources from a {@link PriceCatalog} snapshot: on-demand list prices, 730 hours a month,
 * estimates labelled in each {@link CostEstimate#basis()}. Amounts are summed as doubles and rounded to
 * cents once, at the end, so the same inputs always give the same figures.
 */
public final class SnapshotCostModel
        implements CostModel
{
    private final PriceCatalog prices;
    private final ResourcePricing pricing;

    public SnapshotCostModel(PriceCatalog prices, LifecycleCatalog lifecycle)
    {
        this.prices = requireNonNull(prices, "prices is null");
        this.pricing = new ResourcePricing(requireNonNull(lifecycle, "lifecycle is null"));
    }

    @Override
    public List<CostEstimate> estimate(Inventory inventory, GraphAnalysis graph, LocalDate asOf, Duration trafficWindow)
    {
        requireNonNull(inventory, "inventory is null");
        requireNonNull(graph, "graph is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(trafficWindow, "trafficWindow is null");
        if (trafficWindow.isNegative() || trafficWindow.isZero()) {
            throw new IllegalArgumentException("trafficWindow must be positive: " + trafficWindow);
        }
        Set<String> nodes = Set.copyOf(graph.nodes());
        Map<String, TrafficPricing.Volume> traffic = TrafficPricing.volumes(inventory, graph);
        NatTraffic nat = NatTraffic.of(inventory, graph);
        return inventory.resources().stream()
                .filter(resource -> nodes.contains(resource.id()))
                .map(resource -> estimate(resource, inventory, asOf, Optional.ofNullable(traffic.get(resource.id())), nat, trafficWindow))
                .sorted(Comparator.comparing(CostEstimate::resourceId))
                .toList();
    }

    private CostEstimate estimate(Resource resource, Inventory inventory, LocalDate asOf, Optional<TrafficPricing.Volume> traffic, NatTraffic nat, Duration window)
    {
        PriceLookup lookup = new PriceLookup(prices, resource.region());
        OptionalDouble processedGb = OptionalDouble.empty();
        if (resource.details() instanceof ResourceDetails.NatGateway gateway) {
            OptionalLong bytes = nat.bytes(resource, gateway);
            if (bytes.isPresent()) {
                processedGb = OptionalDouble.of(bytes.getAsLong() / ResourceFacts.BYTES_PER_GB * TrafficPricing.monthScale(window));
            }
        }
        ResourcePricing.Priced priced = pricing.price(resource, lookup, new Usage(inventory.utilizationOf(resource.id())), asOf, processedGb);
        double dataGb = ResourceFacts.dataSizeGb(resource);
        List<StrategyCost> strategies = priced.targets().entrySet().stream()
                .map(entry -> new StrategyCost(
                        entry.getKey(),
                        entry.getValue().target(),
                        cents(entry.getValue().monthlyUsd()),
                        cents(MigrationEffort.oneOffUsd(entry.getKey(), resource, dataGb)),
                        entry.getValue().unpriced(),
                        entry.getValue().commitment()
                                .map(commitment -> new CommittedCost(commitment.option(), cents(entry.getValue().monthlyUsd() - commitment.savingUsd()),
                                        commitment.terms().terms(entry.getValue().monthlyUsd())))
                                .orElse(null)))
                .toList();
        double trafficUsd = TrafficPricing.monthlyUsd(traffic, lookup, window);
        List<UnpricedItem> unpriced = new ArrayList<>(priced.currentUnpriced());
        unpriced.addAll(lookup.takeUnpriced());
        lookup.note("one-off cost: engineering hours × " + (int) MigrationEffort.HOURLY_RATE_USD + " USD (planning estimate)");
        return new CostEstimate(resource.id(), cents(priced.currentMonthlyUsd()), cents(trafficUsd), strategies, lookup.basis(), unpriced, lookup.sources());
    }

    static double cents(double usd)
    {
        return Math.round(usd * 100) / 100.0;
    }
}
