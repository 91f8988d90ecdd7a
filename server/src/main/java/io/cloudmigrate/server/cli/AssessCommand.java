package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.DecisionLog;
import io.cloudmigrate.recommend.RankingModel;
import io.cloudmigrate.server.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code cloudmigrate assess}: {@code inventory.json} (and {@code traffic.json}) to {@code assessment.json}.
 */
@Command(
        name = "assess",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Graph, risk, 7R strategy, cost and waves: assessment.json.",
        description = {
                "Builds the dependency graph (observed, allowed and configured edges), groups cycles that must move together, plans waves, scores risk, recommends one of the 7 Rs per resource with its reason, and prices the move."})
public final class AssessCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--inventory", required = true, paramLabel = "FILE", description = "inventory.json written by 'import'.")
    Path inventoryFile;

    @Option(names = "--traffic", paramLabel = "FILE", description = "traffic.json written by 'flows' (optional: without it the graph has no observed edges).")
    Path trafficFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write assessment.json.")
    Path output;

    @Option(names = "--as-of", paramLabel = "yyyy-MM-dd", description = "Date to evaluate end-of-life rules at (default: the inventory's capture date).")
    LocalDate asOf;

    @Option(names = "--goals", paramLabel = "S,O,M,L", converter = BusinessGoalsConverter.class,
            description = "Business-goal weights 1-5: speed of migration, operational overhead reduction, modernisation, licence cost reduction (default: 3,3,3,3).")
    BusinessGoals goals;

    @Option(names = "--max-wave-size", paramLabel = "N",
            description = "Cut waves of more than N resources into consecutive waves; a move group is never split.")
    Integer maximumWaveSize;

    @Option(names = "--on-premises-cidr", paramLabel = "CIDR",
            description = {"An on-premises address block, e.g. 10.100.0.0/16 (repeatable). Traffic with addresses in it that no resource holds "
                    + "becomes a dependency on 'on-premises' rather than on 'unattributed-private': it must still flow after the move, "
                    + "and it counts as an inbound dependency that keeps a resource from being retired.",
                    "Blocks given to 'flows --on-premises-cidr' are already recorded in traffic.json and need not be repeated."})
    List<String> onPremisesCidrs = List.of();

    @Option(names = "--model", paramLabel = "FILE", description = "model.zip written by 'model train' to rank the 7 Rs with (default: the prior, trained from the rubric's rules).")
    Path modelFile;

    @Option(names = "--decisions", paramLabel = "FILE",
            description = "decisions.json written by 'override': each decided resource shows its decision as an override next to the model's ranking.")
    Path decisionsFile;

    @Mixin
    SummaryOutput summary;

    @Mixin
    PriceOptions prices = new PriceOptions();

    @Override
    public Integer call()
    {
        if (maximumWaveSize != null && maximumWaveSize < 1) {
            throw new ParameterException(spec.commandLine(), "--max-wave-size must be at least 1, found " + maximumWaveSize);
        }
        OutputPaths.checkFile(spec, "--out", output, "assessment.json");
        Console console = new Console(spec.commandLine().getErr(), 4);
        console.step("Reading " + inventoryFile + (trafficFile == null ? "" : " and " + trafficFile));
        Inventory inventory = JsonDocuments.readInventory(inventoryFile);
        Traffic traffic = trafficFile == null ? Traffic.EMPTY : Stages.readTraffic(trafficFile);
        DecisionLog decisions = decisionsFile == null ? DecisionLog.EMPTY : JsonDocuments.readDocument(decisionsFile, DecisionLog.class, DecisionLog.SCHEMA_VERSION, "decisions");
        RankingModel model = modelFile == null ? RankingModel.prior() : RankingModel.read(modelFile);
        console.done(inventory.resources().size() + " resources, " + traffic.edges().size() + " traffic edges");
        StepProgressPrinter progress = new StepProgressPrinter(spec.commandLine().getErr(), ScanProgressPrinter.onTerminal(), "assess", System::nanoTime);
        Assessment assessment = Stages.assess(inventory, traffic, Optional.ofNullable(asOf), Optional.ofNullable(goals), Optional.ofNullable(maximumWaveSize),
                onPremisesCidrs, model.recommender(decisions), prices.costModel(inventory, spec.commandLine().getErr()), step -> {
                    switch (step) {
                        case Stages.AssessStep.Analysing analysing -> console.step("Analysing dependencies of " + analysing.resources() + " resources and "
                                + analysing.trafficEdges() + " traffic edges");
                        case Stages.AssessStep.Recommending recommending -> {
                            console.done(recommending.edges() + " edges, " + recommending.waves() + " waves");
                            console.step("Scoring, pricing and recommending " + inventory.resources().size() + " resources");
                        }
                        case Stages.AssessStep.Counting counting -> progress.update(counting.step(), counting.done(), counting.total());
                    }
                });
        progress.finish();
        console.done(assessment.recommendations().size() + " recommendations in " + assessment.graph().waves().size() + " waves");
        console.step("Writing " + output);
        JsonDocuments.write(output, assessment);
        console.done("done");
        summary.print(spec.commandLine().getOut(), SummaryDocuments.assessment(output, assessment), out -> Summaries.printAssessment(out, assessment));
        return ExitCodes.OK;
    }
}
