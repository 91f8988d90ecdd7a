package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.DocumentKind;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.SortedLookup;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.StrategyCost;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * The {@code assessment.json} document: the inventory it was made from, and per resource its
 * dependencies, risk, cost and recommended strategy, plus the migration waves. It carries everything
 * {@code generate} needs, so that generation never goes back to the inventory.
 *
 * @param asOf the date rules are evaluated at (end-of-life dates, horizons), ISO-8601 {@code yyyy-MM-dd}
 * @param trafficRecords flow-log records behind the observed edges
 * @param ranking the goals the recommendations optimised for and the model that ranked them; {@code null} in documents written before it was recorded
 */
@DocumentKind("assessment")
public record Assessment(
        int schemaVersion,
        String name,
        String asOf,
        Inventory inventory,
        long trafficRecords,
        GraphAnalysis graph,
        List<RiskScore> risks,
        List<CostEstimate> costs,
        List<Recommendation> recommendations,
        RankingBasis ranking)
{
    /** 2: what security groups allow is kept as group reachability ({@code graph.reachability}), not as allowed edges. */
    public static final int SCHEMA_VERSION = 2;

    /** An assessment that does not record what its recommendations optimised for. */
    public Assessment(int schemaVersion, String name, String asOf, Inventory inventory, long trafficRecords, GraphAnalysis graph, List<RiskScore> risks,
            List<CostEstimate> costs, List<Recommendation> recommendations)
    {
        this(schemaVersion, name, asOf, inventory, trafficRecords, graph, risks, costs, recommendations, null);
    }

    public Assessment
    {
        requireNonNull(name, "name is null");
        requireNonNull(asOf, "asOf is null");
        requireNonNull(inventory, "inventory is null");
        requireNonNull(graph, "graph is null");
        risks = requireNonNull(risks, "risks is null").stream().sorted(Comparator.comparing(RiskScore::resourceId)).toList();
        costs = requireNonNull(costs, "costs is null").stream().sorted(Comparator.comparing(CostEstimate::resourceId)).toList();
        recommendations = requireNonNull(recommendations, "recommendations is null").stream()
                .sorted(Comparator.comparing(Recommendation::resourceId))
                .toList();
    }

    /** Found by binary search: the lists are sorted by resource id. */
    public Optional<RiskScore> risk(String resourceId)
    {
        return SortedLookup.find(risks, RiskScore::resourceId, resourceId);
    }

    public Optional<CostEstimate> cost(String resourceId)
    {
        return SortedLookup.find(costs, CostEstimate::resourceId, resourceId);
    }

    public Optional<Recommendation> recommendation(String resourceId)
    {
        return SortedLookup.find(recommendations, Recommendation::resourceId, resourceId);
    }

    /** The priced target of the strategy recommended for a resource, when both are known. */
    public Optional<StrategyCost> chosenCost(String resourceId)
    {
        return recommendation(resourceId).flatMap(recommendation -> cost(resourceId).flatMap(cost -> cost.forStrategy(recommendation.strategy())));
    }

    /**
     * This assessment with reviewers' decisions in force, as a recommender given the same decisions
     * ranks them ({@code assess --decisions}): each decided resource that has a recommendation follows
     * its decision ({@link Recommendation#overriddenBy}); decisions for resources it does not recommend
     * are left out. Recommendations already overridden take the given decision instead.
     *
     * @param overrides decisions by resource id, e.g. {@link DecisionLog#overrides()}
     */
    public Assessment withOverrides(Map<String, StrategyOverride> overrides)
    {
        requireNonNull(overrides, "overrides is null");
        List<Recommendation> decided = recommendations.stream()
                .map(recommendation -> {
                    StrategyOverride decision = overrides.get(recommendation.resourceId());
                    return decision == null ? recommendation : recommendation.overriddenBy(decision);
                })
                .toList();
        RankingBasis basis = ranking == null ? null
                : new RankingBasis(ranking.goals(), ranking.model(), (int) decided.stream().filter(recommendation -> recommendation.override() != null).count());
        return new Assessment(schemaVersion, name, asOf, inventory, trafficRecords, graph, risks, costs, decided, basis);
    }

    /** The costs of the given resources before and after their recommended moves. */
    public CostSummary costSummary(Collection<String> resourceIds)
    {
        double before = 0;
        double after = 0;
        double oneOff = 0;
        double traffic = 0;
        int unpriced = 0;
        for (String resourceId : resourceIds) {
            Optional<CostEstimate> cost = cost(resourceId);
            double now = cost.map(CostEstimate::currentMonthlyUsd).orElse(0.0);
            Optional<StrategyCost> chosen = chosenCost(resourceId);
            before += now;
            after += chosen.map(StrategyCost::targetMonthlyUsd).orElse(now);
            oneOff += chosen.map(StrategyCost::oneOffUsd).orElse(0.0);
            traffic += cost.map(CostEstimate::trafficMonthlyUsd).orElse(0.0);
            if (chosen.isEmpty() && recommendation(resourceId).isPresent()) {
                unpriced++;
            }
        }
        return new CostSummary(before, after, oneOff, traffic, unpriced);
    }
}
