package io.cloudmigrate.server.pipeline;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.DependencyAnalyzer;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.graph.WavePlanner;
import io.cloudmigrate.recommend.AssessOptions;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Assessor;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.DecisionLog;
import io.cloudmigrate.recommend.RankingModel;
import io.cloudmigrate.recommend.Recommender;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.RiskModel;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.OptionalInt;

/**
 * The pipeline stages as the CLI commands and the HTTP server run them: each reads plain values and
 * returns plain values.
 */
public final class Stages
{
    private Stages() {}

    public static Traffic readTraffic(Path path)
    {
        return JsonDocuments.readDocument(path, Traffic.class, Traffic.SCHEMA_VERSION, "traffic");
    }

    /** The decisions document at {@code path}, or none when the file does not exist yet. */
    public static DecisionLog readDecisions(Path path)
    {
        return Files.exists(path) ? JsonDocuments.readDocument(path, DecisionLog.class, DecisionLog.SCHEMA_VERSION, "decisions") : DecisionLog.EMPTY;
    }

    /**
     * Reads an assessment, refusing one written before the current schema with a message to re-run
     * {@code assess}: the version is read first, by streaming, so an old document is refused before it
     * is read whole (older assessments held every allowed pair and reached gigabytes).
     */
    public static Assessment readAssessment(Path path)
    {
        OptionalInt version = AssessmentVersion.of(path);
        if (version.isPresent() && version.getAsInt() < Assessment.SCHEMA_VERSION) {
            throw new CloudMigrateException(DiscoveryErrorCode.UNSUPPORTED_SCHEMA_VERSION,
                    path + ": assessment schema version " + version.getAsInt() + " was written by an older CloudMigrate; this one reads version "
                            + Assessment.SCHEMA_VERSION + " (security-group reachability instead of every allowed pair). "
                            + "Re-run `cloudmigrate assess` on the inventory (and traffic) to write it again");
        }
        return JsonDocuments.readDocument(path, Assessment.class, Assessment.SCHEMA_VERSION, "assessment");
    }

    public static Assessment assess(Inventory inventory, Traffic traffic, Optional<LocalDate> asOf, Optional<BusinessGoals> goals)
    {
        return assess(inventory, traffic, asOf, goals, Optional.empty(), List.of());
    }

    /**
     * @param onPremisesCidrs address blocks whose addresses outside the estate are on-premises systems
     * @throws io.cloudmigrate.discovery.CloudMigrateException when a block is not {@code address/length}
     */
    public static Assessment assess(Inventory inventory, Traffic traffic, Optional<LocalDate> asOf, Optional<BusinessGoals> goals, Optional<Integer> maximumWaveSize,
            List<String> onPremisesCidrs)
    {
        return assess(inventory, traffic, asOf, goals, maximumWaveSize, onPremisesCidrs, RankingModel.prior().recommender(DecisionLog.EMPTY), CostModel.create());
    }

    /**
     * @param recommender ranks the strategies: the prior's or an organisation's model, with its decisions as overrides
     * @param costModel prices the resources, e.g. from the Price List API ({@code assess --prices})
     */
    public static Assessment assess(Inventory inventory, Traffic traffic, Optional<LocalDate> asOf, Optional<BusinessGoals> goals, Optional<Integer> maximumWaveSize,
            List<String> onPremisesCidrs, Recommender recommender, CostModel costModel)
    {
        return assess(inventory, traffic, asOf, goals, maximumWaveSize, onPremisesCidrs, recommender, costModel, step -> {});
    }

    /**
     * As above, telling {@code step} as each of the two long steps starts: the dependency analysis
     * (graph, move groups, waves), then scoring, pricing and recommending.
     */
    public static Assessment assess(Inventory inventory, Traffic traffic, Optional<LocalDate> asOf, Optional<BusinessGoals> goals, Optional<Integer> maximumWaveSize,
            List<String> onPremisesCidrs, Recommender recommender, CostModel costModel, Consumer<AssessStep> step)
    {
        WavePlanner planner = maximumWaveSize.map(WavePlanner::condensation).orElseGet(WavePlanner::condensation);
        step.accept(new AssessStep.Analysing(inventory.resources().size(), traffic.edges().size()));
        GraphAnalysis graph = DependencyAnalyzer.create(planner).analyze(inventory, traffic, AddressAttribution.of(inventory, onPremisesCidrs));
        AssessOptions options = AssessOptions.DEFAULT.withTrafficWindowOf(traffic);
        if (asOf.isPresent()) {
            options = options.withAsOf(asOf.get());
        }
        if (goals.isPresent()) {
            options = options.withGoals(goals.get());
        }
        step.accept(new AssessStep.Recommending(graph.edges().size(), graph.waves().size()));
        return new Assessor(RiskModel.create(), costModel, recommender).assess(inventory, graph, traffic.records(), options,
                (name, done, total) -> step.accept(new AssessStep.Counting(name, done, total)));
    }

    /** The long steps of {@link #assess}, with what each works on. */
    public sealed interface AssessStep
    {
        /** Building the dependency graph, move groups and waves. */
        record Analysing(int resources, int trafficEdges) implements AssessStep {}

        /** Scoring risk, pricing and recommending, once the graph has its edges and waves. */
        record Recommending(int edges, int waves) implements AssessStep {}

        /** How far one part of scoring, pricing and recommending has got, in resources. */
        record Counting(String step, int done, int total) implements AssessStep {}
    }
}
