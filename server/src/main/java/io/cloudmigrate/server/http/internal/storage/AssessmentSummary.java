package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.recommend.CostSummary;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the summary page of an assessment shows.
 *
 * @param strategies the model's recommendations by strategy (overrides are counted apart)
 * @param riskLevels resources by risk level
 * @param overrideCount resources of this assessment whose estate holds an override
 */
public record AssessmentSummary(
        String id,
        String estateId,
        String createdAt,
        String name,
        String asOf,
        int resourceCount,
        int recommendationCount,
        long trafficRecords,
        int edgeCount,
        int moveGroupCount,
        List<WaveSize> waves,
        Map<String, Integer> strategies,
        Map<String, Integer> riskLevels,
        CostSummary cost,
        int overrideCount)
{
    public AssessmentSummary
    {
        waves = List.copyOf(waves);
        strategies = new TreeMap<>(strategies);
        riskLevels = new TreeMap<>(riskLevels);
    }

    /** A wave and how many resources it moves. */
    public record WaveSize(int number, int resourceCount) {}

    /** The figures computed once, when the assessment is stored. */
    record Figures(
            String name,
            String asOf,
            int resourceCount,
            int recommendationCount,
            long trafficRecords,
            int edgeCount,
            int moveGroupCount,
            List<WaveSize> waves,
            Map<String, Integer> strategies,
            Map<String, Integer> riskLevels,
            CostSummary cost) {}

    static AssessmentSummary of(String id, String estateId, String createdAt, Figures figures, int overrideCount)
    {
        return new AssessmentSummary(id, estateId, createdAt, figures.name(), figures.asOf(), figures.resourceCount(), figures.recommendationCount(),
                figures.trafficRecords(), figures.edgeCount(), figures.moveGroupCount(), figures.waves(), figures.strategies(), figures.riskLevels(),
                figures.cost(), overrideCount);
    }
}
