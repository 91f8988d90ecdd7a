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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code cloudmigrate model train}: the prior plus an organisation's decisions, and past dispositions
 * from a portfolio spreadsheet, to {@code model.zip}.
 */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Train an organisation's strategy model: model.zip.",
        description = {"Adds the decisions (and the portfolio's past dispositions) to the prior, weighted so that a handful of consistent decisions moves similar resources, "
                + "and trains a logistic regression with a fixed seed: the same inputs give the same model and provenance hash."})
public final class ModelTrainCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--decisions", paramLabel = "FILE", description = "decisions.json written by 'override'.")
    Path decisionsFile;

    @Option(names = "--decisions-csv", paramLabel = "FILE", description = "A portfolio spreadsheet as CSV with resource,strategy,reason rows; needs --inventory.")
    Path portfolioFile;

    @Option(names = "--inventory", paramLabel = "FILE", description = "inventory.json the portfolio's resources are matched in, by id or name.")
    Path inventoryFile;

    @Option(names = "--goals", paramLabel = "S,O,M,L", converter = BusinessGoalsConverter.class, description = "Business-goal weights of the portfolio's decisions (default: 3,3,3,3).")
    BusinessGoals goals;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write model.zip.")
    Path output;

    @Mixin
    SummaryOutput summary;

    /** What {@code model train} wrote. */
    record TrainSummary(String output, int examples, int decisions, int portfolioRows, List<String> unmatched, String provenanceSha256) {}

    @Override
    public Integer call()
    {
        if (decisionsFile == null && portfolioFile == null) {
            throw new ParameterException(spec.commandLine(), "give --decisions, --decisions-csv (with --inventory), or both");
        }
        if (portfolioFile != null && inventoryFile == null) {
            throw new ParameterException(spec.commandLine(), "--decisions-csv needs --inventory to match its rows to resources");
        }
        OutputPaths.checkFile(spec, "--out", output, "model.zip");
        DecisionLog decisions = decisionsFile == null ? DecisionLog.EMPTY
                : JsonDocuments.readDocument(decisionsFile, DecisionLog.class, DecisionLog.SCHEMA_VERSION, "decisions");
        int fromDecisions = decisions.decisions().size();
        PortfolioDecisions.Result portfolio = PortfolioDecisions.Result.NONE;
        if (portfolioFile != null) {
            Inventory inventory = JsonDocuments.readInventory(inventoryFile);
            Assessment assessment = Stages.assess(inventory, Traffic.EMPTY, Optional.empty(), Optional.ofNullable(goals));
            portfolio = PortfolioDecisions.read(portfolioFile, assessment, goals == null ? BusinessGoals.DEFAULT : goals);
            portfolio.unmatched().forEach(row -> spec.commandLine().getErr().println("warning: " + row));
            for (var decision : portfolio.decisions()) {
                decisions = decisions.append(decision);
            }
        }
        RankingModel model = RankingModel.train(decisions);
        model.write(output);
        TrainSummary result = new TrainSummary(output.toString(), model.exampleCount(), fromDecisions, portfolio.decisions().size(), portfolio.unmatched(), model.provenanceHash());
        summary.print(spec.commandLine().getOut(), result, out -> {
            out.println("Trained on " + result.examples() + " examples (" + fromDecisions + " decisions, " + result.portfolioRows() + " portfolio rows"
                    + (result.unmatched().isEmpty() ? "" : ", " + result.unmatched().size() + " rows unmatched") + "): " + output);
            out.println(model.provenance());
        });
        return ExitCodes.OK;
    }
}
