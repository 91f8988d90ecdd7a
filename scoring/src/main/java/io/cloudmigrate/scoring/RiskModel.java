package io.cloudmigrate.scoring;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.scoring.internal.WeightedFactorRiskModel;

import java.time.LocalDate;
import java.util.List;

/**
 * Scores the risk of moving each workload resource, from 0 to 100, with the named factors that add up
 * to the score.
 */
public interface RiskModel
{
    /**
     * One score per resource that is both a node of the graph and in the inventory, sorted by resource id.
     *
     * @param asOf the date end-of-life dates are judged at
     */
    List<RiskScore> score(Inventory inventory, GraphAnalysis graph, LocalDate asOf);

    /** The weighted-factor model with its default weights and the bundled lifecycle table. */
    static RiskModel create()
    {
        return new WeightedFactorRiskModel(LifecycleCatalog.bundled(), WeightedFactorRiskModel.Weights.DEFAULT);
    }
}
