package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.server.http.internal.storage.AssessmentSummary.Figures;
import io.cloudmigrate.server.http.internal.storage.AssessmentSummary.WaveSize;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An assessment cut into what the server stores: the summary figures and one item per resource.
 * Lookups go through maps built once, never a scan of a list per resource.
 */
record AssessmentRows(Figures figures, List<RecommendationItem> items)
{
    static AssessmentRows of(Assessment assessment)
    {
        Map<String, Resource> resources = index(assessment.inventory().resources(), Resource::id);
        Map<String, RiskScore> risks = index(assessment.risks(), RiskScore::resourceId);
        Map<String, CostEstimate> costs = index(assessment.costs(), CostEstimate::resourceId);
        Map<String, Integer> waves = new HashMap<>();
        for (MigrationWave wave : assessment.graph().waves()) {
            wave.resourceIds().forEach(resourceId -> waves.put(resourceId, wave.number()));
        }
        List<RecommendationItem> items = new ArrayList<>();
        Map<String, Integer> strategies = new TreeMap<>();
        Map<String, Integer> riskLevels = new TreeMap<>();
        for (Recommendation recommendation : assessment.recommendations()) {
            Resource resource = resources.get(recommendation.resourceId());
            if (resource == null) {
                throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR, "the assessment recommends " + recommendation.resourceId()
                        + ", which its inventory does not hold");
            }
            RiskScore risk = risks.get(resource.id());
            items.add(new RecommendationItem(resource.id(), resource.name(), resource.type(), resource.accountId(), resource.region(), waves.get(resource.id()),
                    recommendation, risk, costs.get(resource.id()), null, recommendation.strategy()));
            strategies.merge(recommendation.strategy().name(), 1, Integer::sum);
            if (risk != null) {
                riskLevels.merge(risk.level().name(), 1, Integer::sum);
            }
        }
        List<WaveSize> waveSizes = assessment.graph().waves().stream().map(wave -> new WaveSize(wave.number(), wave.resourceIds().size())).toList();
        Figures figures = new Figures(assessment.name(), assessment.asOf(), assessment.inventory().resources().size(), items.size(), assessment.trafficRecords(),
                assessment.graph().edges().size(), assessment.graph().moveGroups().size(), waveSizes, strategies, riskLevels,
                assessment.costSummary(items.stream().map(RecommendationItem::resourceId).toList()));
        return new AssessmentRows(figures, items);
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key)
    {
        // Lookup only: nothing iterates these maps, so their order never reaches a user.
        return values.stream().collect(Collectors.toMap(key, Function.identity(), (first, second) -> first, HashMap::new));
    }
}
