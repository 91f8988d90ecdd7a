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

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
