package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.ModelProvenance;
import io.cloudmigrate.recommend.RankingBasis;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.recommend.StrategyProbability;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The report's words for what the strategy ranking optimised for, which model ranked it, and which
 * recommendations a reviewer's decision replaced (recommend's {@link RankingBasis}).
 */
final class RankingText
{
    private RankingText() {}

    static String goals(RankingBasis ranking)
    {
        if (ranking == null) {
            return "not recorded in this assessment";
        }
        BusinessGoals goals = ranking.goals();
        return "speed of migration " + goals.speedOfMigration() + ", operational overhead " + goals.reduceOperationalOverhead() + ", modernisation "
                + goals.modernizeInfrastructure() + ", licence cost " + goals.licenseCostReduction() + " (each 1 to 5)";
    }

    static String model(RankingBasis ranking)
    {
        if (ranking == null) {
            return "not recorded in this assessment";
        }
        ModelProvenance model = ranking.model();
        if (model == null) {
            return "none: the rules alone recommended";
        }
        String kind = model.kind().equals(ModelProvenance.PRIOR) ? "the prior (the rubric's published criteria only)" : "an organisation's model";
        return kind + ", " + model.library() + " " + model.trainer() + ", trained on " + model.examples() + " examples (" + model.dataset() + " and "
                + model.decisions() + " decision(s)); provenance SHA-256 " + model.sha256();
    }

    static List<ReportModel.OverrideRow> overrides(Assessment assessment)
    {
        List<Recommendation> overridden = assessment.recommendations().stream().filter(recommendation -> recommendation.override() != null).toList();
        if (overridden.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = assessment.inventory().resources().stream().collect(Collectors.toMap(Resource::id, Resource::name, (first, second) -> first));
        return overridden.stream()
                .map(recommendation -> new ReportModel.OverrideRow(names.getOrDefault(recommendation.resourceId(), recommendation.resourceId()),
                        recommendation.strategy().displayName() + (recommendation.target() == null ? "" : " to " + recommendation.target()),
                        recommendation.ranking().stream().findFirst().map(RankingText::first).orElse("-"),
                        recommendation.override().by(), recommendation.override().at(), recommendation.override().reason()))
                .toList();
    }

    private static String first(StrategyProbability entry)
    {
        return entry.strategy().displayName() + String.format(java.util.Locale.ROOT, " (p=%.2f)", entry.probability());
    }
}
