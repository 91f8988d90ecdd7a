package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.RiskScore;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;
import static io.cloudmigrate.codegen.internal.MarkdownText.escape;
import static io.cloudmigrate.codegen.internal.StepContext.names;
import static io.cloudmigrate.codegen.internal.StepContext.number;

/**
 * One runbook step for the Lambda functions of a runbook that move the same way (same strategy,
 * account and Region, all with generated code or all without), as {@link Ec2Batch} does for
 * instances: what they share is said once, each function is a row, and their paths are one table
 * ({@link BatchPaths}). Every action of the single-function step ({@link MoveSteps}) is still there,
 * per function. A step per function took two thirds of a page; at 1,000 instances a wave of the
 * synthetic estate has 144 such functions.
 */
final class LambdaBatch
{

    private LambdaBatch() {}

    /** The one step of {@code contexts}, two or more functions of one key, in the runbook's order. */
    static Ec2Batch.Batch step(BatchKey.Functions key, List<StepContext> contexts, Function<String, PathChecks.Lines> paths)
    {
        StepContext first = contexts.getFirst();
        List<String> reasons = contexts.stream().map(context -> context.recommendation().map(Recommendation::reason).orElse("")).distinct().toList();
        List<String> targets = contexts.stream().map(LambdaBatch::targetRuntime).distinct().toList();
        boolean ownTarget = targets.size() > 1;
        boolean ownReason = reasons.size() > 1;
        List<String> columns = new ArrayList<>(List.of("Resource", "Source"));
        if (ownTarget) {
            columns.add("Target runtime");
        }
        columns.addAll(List.of("Risk and largest factors", "Used by", "Terraform", "Runs a day"));
        if (ownReason) {
            columns.add("Why");
        }
        List<List<String>> rows = contexts.stream().map(context -> row(context, key, ownTarget, ownReason)).toList();
        String highest = contexts.stream().flatMap(context -> context.risk().stream())
                .max(Comparator.comparingInt(RiskScore::score))
                .map(risk -> "up to " + Labels.risk(risk.level()) + " (" + risk.score() + ")")
                .orElse("not scored");
        List<String> recommended = contexts.stream().map(context -> context.recommendation().map(Recommendation::target).orElse("-")).distinct().toList();
        BatchPaths batchPaths = BatchPaths.of(contexts, paths);
        RunbookModel.Steps step = new RunbookModel.Steps(
                contexts.size() + " Lambda functions, " + first.resource().name() + " to " + contexts.getLast().resource().name(),
                "account " + key.placement().accountId() + ", Region " + key.placement().region(),
                "Lambda functions",
                key.strategy().displayName(),
                recommended.size() == 1 ? recommended.getFirst() : "-",
                highest,
                ownReason ? "each function's own, in its row of the table." : reasons.getFirst(),
                phases(key, contexts, batchPaths, ownTarget),
                columns,
                rows,
                batchPaths.rows());
        return new Ec2Batch.Batch(step, Set.of());
    }

    // The runtime the function runs on in the target: the recommendation's, else its own.
    private static String targetRuntime(StepContext context)
    {
        ResourceDetails.LambdaFunction function = (ResourceDetails.LambdaFunction) context.resource().details();
        String runtime = context.recommendation().map(recommendation -> TargetAttributes.lambdaRuntime(function, recommendation)).orElse(function.runtime());
        return runtime == null || runtime.isBlank() ? "runtime unknown" : runtime;
    }

    private static String sourceRuntime(ResourceDetails.LambdaFunction function)
    {
        return "Image".equalsIgnoreCase(function.packageType())
                ? "container image"
                : function.runtime() == null || function.runtime().isBlank() ? "runtime unknown" : function.runtime();
    }

    private static boolean upgradesRuntime(StepContext context)
    {
        ResourceDetails.LambdaFunction function = (ResourceDetails.LambdaFunction) context.resource().details();
        return function.runtime() != null && !function.runtime().isBlank() && !targetRuntime(context).equals(function.runtime());
    }

    private static List<String> row(StepContext context, BatchKey.Functions key, boolean ownTarget, boolean ownReason)
    {
        ResourceDetails.LambdaFunction function = (ResourceDetails.LambdaFunction) context.resource().details();
        String source = MarkdownText.orUnknown(function.functionName()) + ": " + sourceRuntime(function) + ", " + function.memorySizeMb() + " MB, timeout "
                + function.timeoutSeconds() + " s";
        String risk = RunbookPlaybook.riskCell(context);
        List<String> callers = RunbookPlaybook.resourceCallers(context);
        List<String> row = new ArrayList<>(List.of(context.resource().name(), source));
        if (ownTarget) {
            row.add(targetRuntime(context));
        }
        row.addAll(List.of(
                risk,
                callers.isEmpty() ? "-" : StepContext.someNames(callers),
                key.generated() ? "aws_lambda_function." + context.terraformName() : "none",
                context.metric(MetricName.INVOCATIONS).map(invocations -> "about " + number(invocations.average())).orElse("unknown")));
        if (ownReason) {
            row.add(context.recommendation().map(Recommendation::reason).orElse(""));
        }
        return List.copyOf(row);
    }

    private static List<RunbookModel.Phase> phases(BatchKey.Functions key, List<StepContext> contexts, BatchPaths paths, boolean ownTarget)
    {
        StepContext first = contexts.getFirst();
        List<String> preChecks = new ArrayList<>();
        preChecks.add("Agree the wave " + first.waveLabel() + " change window with the owners of the " + contexts.size() + " functions in the table.");
        if (contexts.stream().anyMatch(context -> !RunbookPlaybook.resourceCallers(context).isEmpty())) {
            preChecks.add("Tell the owners of the resources that depend on each function (column *Used by*).");
        }
        preChecks.add("Check the largest risks of each function (column *Risk and largest factors*; why each matters: the table of risk factors above).");
        OwnLines ownChecks = new OwnLines();
        for (StepContext context : contexts) {
            List<String> own = new ArrayList<>(RunbookPlaybook.outsideCallersAndMoveGroup(context));
            own.addAll(RunbookPlaybook.exposuresAndMissingCode(context));
            RunbookPlaybook.onPremisesLink(context).ifPresent(own::add);
            own.forEach(line -> ownChecks.add(context.name(), line));
        }
        preChecks.addAll(ownChecks.lines(contexts.size(), "function"));
        List<String> upgraded = contexts.stream().filter(LambdaBatch::upgradesRuntime).map(StepContext::name).toList();
        if (!upgraded.isEmpty()) {
            String which = upgraded.size() == contexts.size() ? "every function" : names(upgraded);
            preChecks.add("Runtime upgrade of " + which + ", from the runtime in its *Source* cell to " + (ownTarget ? "its *Target runtime*" : escape(targetRuntime(first)))
                    + ": run the function's tests on the new runtime first.");
        }
        preChecks.add("Download each function's package (" + code("aws lambda get-function --function-name NAME") + ", " + code("NAME")
                + " the name at the start of its *Source* cell) and create its execution role in the target.");
        List<String> replication = new ArrayList<>();
        if (key.generated()) {
            Placement placement = key.placement();
            replication.add("Create the targets for " + escape(placement.label()) + ": apply " + first.terraformDirectory() + " (the " + code("aws_lambda_function")
                    + " of each row, with provider " + code(placement.provider()) + ").");
        }
        else {
            replication.add("Create each target by hand for " + escape(key.placement().label()) + ", following the settings recorded in the table.");
        }
        List<String> cutover = List.of("Move each function's triggers (event source mappings, API integrations, schedules) to its new function's ARN"
                + (key.generated() ? " (Terraform output " + code("<name>_arn") + ", " + code("<name>") + " the row's " + code("aws_lambda_function") + " name)" : "") + ".");
        List<String> validation = new ArrayList<>();
        validation.add("Invoke each with a recorded test event; its Errors and Throttles metrics stay at zero.");
        validation.addAll(paths.actions());
        validation.addAll(OwnLines.retiredNeighbours(contexts, "function"));
        List<String> rollback = List.of("Move the triggers of a row back to its source function (the name at the start of its *Source* cell), which is kept until sign-off.");
        return MoveSteps.Phases.of(preChecks, replication, cutover, validation, rollback);
    }
}
