package io.cloudmigrate.server.pipeline;

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

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

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

    public static Assessment readAssessment(Path path)
    {
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
        WavePlanner planner = maximumWaveSize.map(WavePlanner::condensation).orElseGet(WavePlanner::condensation);
        GraphAnalysis graph = DependencyAnalyzer.create(planner).analyze(inventory, traffic, AddressAttribution.of(inventory, onPremisesCidrs));
        AssessOptions options = AssessOptions.DEFAULT.withTrafficWindowOf(traffic);
        if (asOf.isPresent()) {
            options = options.withAsOf(asOf.get());
        }
        if (goals.isPresent()) {
            options = options.withGoals(goals.get());
        }
        return Assessor.create().assess(inventory, graph, traffic.records(), options);
    }
}
