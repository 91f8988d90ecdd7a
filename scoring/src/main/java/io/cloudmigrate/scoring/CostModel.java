package io.cloudmigrate.scoring;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.scoring.internal.SnapshotCostModel;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Prices each workload resource: today's monthly run-rate, the run-rate and one-off cost of each viable
 * strategy, and the monthly cost of the traffic it sends out of its region.
 */
public interface CostModel
{
    /**
     * One estimate per resource that is both a node of the graph and in the inventory, sorted by
     * resource id. Amounts are USD, rounded to cents.
     *
     * @param asOf the date end-of-life dates are judged at (they decide some Replatform targets)
     * @param trafficWindow how long the flow logs behind the observed edges cover; their bytes are scaled
     *         from it to a 730-hour month
     */
    List<CostEstimate> estimate(Inventory inventory, GraphAnalysis graph, LocalDate asOf, Duration trafficWindow);

    /** The model priced from the bundled snapshot ({@link PriceCatalog#bundled()}). */
    static CostModel create()
    {
        return create(PriceCatalog.bundled());
    }

    /** The model priced from a catalog, e.g. the snapshot with Price List API answers laid over it ({@link PriceListPrices}). */
    static CostModel create(PriceCatalog prices)
    {
        return new SnapshotCostModel(prices, LifecycleCatalog.bundled());
    }
}
