package io.cloudmigrate.server.cli;

import io.cloudmigrate.codegen.GeneratedArtifacts;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.aws.ScanStatistics;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.CostSummary;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.RiskScore;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The summaries of {@code --output json}: the same facts as the text summaries, as records.
 */
final class SummaryDocuments
{
    private SummaryDocuments() {}

    /** What {@code import} and {@code scan} wrote; {@code scan} is null for an import. */
    record InventorySummary(String output, String estate, List<String> accounts, List<String> regions, Map<String, Integer> resourcesByType,
            int securityGroups, int networkInterfaces, int warnings, Map<String, Integer> warningsByCode, ScanSummary scan) {}

    /** The API use of a live scan. */
    record ScanSummary(long apiCalls, long throttledAttempts, double durationSeconds) {}

    /** What {@code flows} wrote. */
    record TrafficSummary(String output, long records, int edges, long malformed) {}

    /** What {@code assess} wrote. */
    record AssessmentSummary(String output, Map<String, Integer> strategies, List<WaveSize> waves, int moveGroups, Map<String, Integer> riskLevels,
            Costs costs) {}

    record WaveSize(int wave, int resources) {}

    /**
     * Estimated costs in USD; {@code unpriced} resources have no price for their strategy and are not in the sums;
     * {@code unpricedItems} parts of resources (an instance's EBS, a NAT gateway's hours …) no price source has, also left out.
     */
    record Costs(double monthlyBeforeUsd, double monthlyAfterUsd, double oneOffUsd, int unpriced, int unpricedItems) {}

    /** What {@code generate} wrote and which files of the earlier generation it removed. */
    record ArtifactSummary(String output, List<String> files, List<String> removed) {}

    /** Everything {@code demo} wrote. */
    record DemoSummary(String output, InventorySummary inventory, TrafficSummary traffic, AssessmentSummary assessment, ArtifactSummary artifacts) {}

    static InventorySummary inventory(Path output, Inventory inventory, ScanStatistics statistics)
    {
        Map<String, Integer> byType = new TreeMap<>();
        for (Resource resource : inventory.resources()) {
            byType.merge(resource.type().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        Map<String, Integer> byCode = new TreeMap<>();
        inventory.warnings().forEach(warning -> byCode.merge(warning.code(), 1, Integer::sum));
        ScanSummary scan = statistics == null ? null
                : new ScanSummary(statistics.apiCalls(), statistics.throttles(), statistics.duration().toMillis() / 1000.0);
        return new InventorySummary(output.toString(), inventory.name(), inventory.scope().accounts(), inventory.scope().regions(), byType,
                inventory.securityGroups().size(), inventory.networkInterfaces().size(), inventory.warnings().size(), byCode, scan);
    }

    static TrafficSummary traffic(Path output, Traffic traffic)
    {
        return new TrafficSummary(output.toString(), traffic.records(), traffic.edges().size(), traffic.malformed());
    }

    static AssessmentSummary assessment(Path output, Assessment assessment)
    {
        Map<String, Integer> strategies = new TreeMap<>();
        for (Recommendation recommendation : assessment.recommendations()) {
            strategies.merge(recommendation.strategy().displayName(), 1, Integer::sum);
        }
        List<WaveSize> waves = assessment.graph().waves().stream().map(wave -> new WaveSize(wave.number(), wave.resourceIds().size())).toList();
        Map<String, Integer> risks = new TreeMap<>();
        for (RiskScore risk : assessment.risks()) {
            risks.merge(risk.level().name().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        CostSummary costs = assessment.costSummary(assessment.costs().stream().map(CostEstimate::resourceId).toList());
        return new AssessmentSummary(output.toString(), strategies, waves, assessment.graph().moveGroups().size(), risks,
                new Costs(costs.monthlyBeforeUsd(), costs.monthlyAfterUsd(), costs.oneOffUsd(), costs.unpriced(), Summaries.unpricedItems(assessment)));
    }

    static ArtifactSummary artifacts(Path output, GeneratedArtifacts artifacts)
    {
        return new ArtifactSummary(output.toString(), artifacts.files(), artifacts.removed());
    }
}
