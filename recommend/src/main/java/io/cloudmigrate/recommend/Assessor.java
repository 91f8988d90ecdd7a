package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.RiskModel;
import io.cloudmigrate.scoring.RiskScore;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Runs risk, cost and recommendation over an estate whose graph is built, and puts the results into an
 * {@link Assessment}. Only the graph's nodes (the workload resources) are scored, priced and
 * recommended; the output depends on nothing but the inputs.
 */
public final class Assessor
{
    private final RiskModel riskModel;
    private final CostModel costModel;
    private final Recommender recommender;

    public Assessor(RiskModel riskModel, CostModel costModel, Recommender recommender)
    {
        this.riskModel = requireNonNull(riskModel, "riskModel is null");
        this.costModel = requireNonNull(costModel, "costModel is null");
        this.recommender = requireNonNull(recommender, "recommender is null");
    }

    /** The weighted-factor risk model, the snapshot cost model and the rule-based recommender, with bundled data. */
    public static Assessor create()
    {
        return new Assessor(RiskModel.create(), CostModel.create(), Recommender.ruleBased());
    }

    /**
     * @param trafficRecords the flow-log records behind the observed edges, recorded in the assessment
     */
    /** The step {@link AssessProgress} hears while risk is scored. */
    public static final String SCORING_STEP = "scoring risk";
    /** The step {@link AssessProgress} hears while costs are estimated. */
    public static final String PRICING_STEP = "pricing";

    public Assessment assess(Inventory inventory, GraphAnalysis graph, long trafficRecords, AssessOptions options)
    {
        return assess(inventory, graph, trafficRecords, options, AssessProgress.NONE);
    }

    /**
     * As {@link #assess(Inventory, GraphAnalysis, long, AssessOptions)}, telling {@code progress} how far scoring risk,
     * pricing and ranking have got, counted in resources.
     */
    public Assessment assess(Inventory inventory, GraphAnalysis graph, long trafficRecords, AssessOptions options, AssessProgress progress)
    {
        requireNonNull(progress, "progress is null");
        requireNonNull(inventory, "inventory is null");
        requireNonNull(graph, "graph is null");
        requireNonNull(options, "options is null");
        if (trafficRecords < 0) {
            throw new IllegalArgumentException("trafficRecords is negative: " + trafficRecords);
        }
        LocalDate asOf = options.asOf() != null ? options.asOf() : assessmentDate(inventory);
        int resources = inventory.resources().size();
        progress.update(SCORING_STEP, 0, resources);
        List<RiskScore> risks = riskModel.score(inventory, graph, asOf);
        progress.update(SCORING_STEP, resources, resources);
        progress.update(PRICING_STEP, 0, resources);
        List<CostEstimate> costs = costModel.estimate(inventory, graph, asOf, options.trafficWindow());
        progress.update(PRICING_STEP, resources, resources);
        List<Recommendation> recommendations = recommender.recommend(inventory, graph, asOf, options.goals(), progress);
        int overrides = (int) recommendations.stream().filter(recommendation -> recommendation.override() != null).count();
        RankingBasis ranking = new RankingBasis(options.goals(), recommender.model().orElse(null), overrides);
        return new Assessment(Assessment.SCHEMA_VERSION, inventory.name(), asOf.toString(), inventory, trafficRecords, graph, risks, costs, recommendations, ranking);
    }

    /** The date part of the inventory's {@code capturedAt} (an ISO-8601 timestamp or date), as written. */
    public static LocalDate assessmentDate(Inventory inventory)
    {
        String capturedAt = requireNonNull(inventory, "inventory is null").capturedAt().strip();
        try {
            return OffsetDateTime.parse(capturedAt).toLocalDate();
        }
        catch (DateTimeParseException timestamp) {
            try {
                return LocalDate.parse(capturedAt.length() > 10 && capturedAt.charAt(10) == 'T' ? capturedAt.substring(0, 10) : capturedAt);
            }
            catch (DateTimeParseException date) {
                throw new CloudMigrateException(RecommendErrorCode.INVALID_ASSESSMENT_DATE,
                        "inventory \"" + inventory.name() + "\": capturedAt \"" + capturedAt + "\" is not an ISO-8601 timestamp or date; "
                                + "fix it in the inventory or give the assessment date explicitly (yyyy-MM-dd)", date);
            }
        }
    }
}
