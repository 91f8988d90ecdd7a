package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.recommend.internal.RuleBasedRecommender;
import io.cloudmigrate.scoring.LifecycleCatalog;

import java.time.LocalDate;
import java.util.List;

/**
 * Chooses one of the 7 Rs for each workload resource, with the rule, the reason and the evidence
 * behind it.
 */
public interface Recommender
{
    /**
     * One recommendation per resource that is both a node of the graph and in the inventory, sorted by
     * resource id.
     *
     * @param asOf the date end-of-life dates and horizons are judged at
     */
    List<Recommendation> recommend(Inventory inventory, GraphAnalysis graph, LocalDate asOf, BusinessGoals goals);

    /**
     * As {@link #recommend(Inventory, GraphAnalysis, LocalDate, BusinessGoals)}, telling {@code progress} how many
     * resources are done (step {@value #RECOMMENDING_STEP}); a recommender that cannot count says so once, at the end.
     */
    default List<Recommendation> recommend(Inventory inventory, GraphAnalysis graph, LocalDate asOf, BusinessGoals goals, AssessProgress progress)
    {
        List<Recommendation> recommendations = recommend(inventory, graph, asOf, goals);
        progress.update(RECOMMENDING_STEP, recommendations.size(), recommendations.size());
        return recommendations;
    }

    /** The step name {@link #recommend(Inventory, GraphAnalysis, LocalDate, BusinessGoals, AssessProgress)} reports under. */
    String RECOMMENDING_STEP = "ranking strategies";

    /** The model that ranks, recorded in the assessment; empty when the rules alone decide. */
    default java.util.Optional<ModelProvenance> model()
    {
        return java.util.Optional.empty();
    }

    /** The ordered rules of docs/7R-RULES.md (first match wins), with the bundled lifecycle table. */
    static Recommender ruleBased()
    {
        return new RuleBasedRecommender(LifecycleCatalog.bundled());
    }
}
