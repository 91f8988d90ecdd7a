package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.DecisionLog;
import io.cloudmigrate.recommend.RankingModel;
import io.cloudmigrate.recommend.StrategyDecision;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.server.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;

/**
 * {@code cloudmigrate override}: records a reviewer's strategy decision for one resource in
 * {@code decisions.json}, with the resource's features now, so that {@code model train} can learn from it.
 */
@Command(
        name = "override",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Record a reviewer's strategy decision for a resource: decisions.json.",
        description = {"Appends the decision (strategy, target, reason, who, when, and the resource's features now) to decisions.json, creating it if missing. "
                + "'assess --decisions' shows it as an override; 'model train' learns from it."})
public final class OverrideCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--assessment", required = true, paramLabel = "FILE", description = "assessment.json written by 'assess'.")
    Path assessmentFile;

    @Option(names = "--resource", required = true, paramLabel = "ID", description = "The resource's id (ARN) or name.")
    String resource;

    @Option(names = "--strategy", required = true, paramLabel = "STRATEGY",
            description = "One of the 7 Rs: ${COMPLETION-CANDIDATES} (any case).")
    Strategy strategy;

    @Option(names = "--target", paramLabel = "TEXT", description = "What it becomes, e.g. \"EC2 with self-managed PostgreSQL 16\".")
    String target;

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why, in a sentence a later reviewer can check.")
    String reason;

    @Option(names = "--by", required = true, paramLabel = "NAME", description = "Who decided.")
    String by;

    @Option(names = "--decisions", required = true, paramLabel = "FILE", description = "decisions.json to append to (created if missing).")
    Path decisionsFile;

    @Option(names = "--goals", paramLabel = "S,O,M,L", converter = BusinessGoalsConverter.class,
            description = "The business-goal weights the assessment was made with (default: 3,3,3,3); they are features of the decision.")
    BusinessGoals goals;

    @Mixin
    SummaryOutput summary;

    /** What {@code override} wrote. */
    record OverrideSummary(String output, String resourceId, String resourceName, Strategy strategy, Strategy rules, int decisions) {}

    @Override
    public Integer call()
    {
        OutputPaths.checkFile(spec, "--decisions", decisionsFile, "decisions.json");
        Assessment assessment = Stages.readAssessment(assessmentFile);
        DecisionLog decisions = Stages.readDecisions(decisionsFile);
        StrategyDecision decision = RankingModel.decide(assessment, goals == null ? BusinessGoals.DEFAULT : goals, resource, strategy, target, reason, by, Instant.now());
        DecisionLog updated = decisions.append(decision);
        JsonDocuments.write(decisionsFile, updated);
        summary.print(spec.commandLine().getOut(),
                new OverrideSummary(decisionsFile.toString(), decision.resourceId(), decision.resourceName(), decision.strategy(), decision.ruleStrategy(), updated.decisions().size()),
                out -> out.println("Recorded " + decision.strategy().displayName() + " for " + decision.resourceName() + " (the rules say " + decision.ruleStrategy().displayName()
                        + ") in " + decisionsFile + ": " + updated.decisions().size() + " decisions."));
        return ExitCodes.OK;
    }
}
