package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static io.cloudmigrate.codegen.internal.StepContext.number;

/**
 * One runbook step for the resources of one type, account and Region that a runbook retires: the
 * same five phases said once, what differs (the resource, its usage, what still depends on it, its
 * final backup) a row each. At 1,000 instances the retired instances and functions of the first wave
 * were a page each, the same sentences with another name.
 */
final class RetireBatch
{

    private static final List<String> COLUMNS = List.of("Resource", "Source", "Risk and largest factors", "Usage", "Depends on it");

    private RetireBatch() {}

    /** The one step of {@code contexts}, two or more resources of one key, in the runbook's order. */
    static RunbookModel.Steps step(BatchKey.Retired key, List<StepContext> contexts)
    {
        StepContext first = contexts.getFirst();
        List<String> reasons = contexts.stream().map(context -> context.recommendation().map(Recommendation::reason).orElse("")).distinct().toList();
        // reasons that differ only in their figures (each row's usage) are one reason, said once
        boolean sameButFigures = contexts.stream().map(context -> context.recommendation().map(Recommendation::reason).orElse("").replaceAll("\\d+(\\.\\d+)?", "N"))
                .distinct().count() == 1;
        String highest = contexts.stream().flatMap(context -> context.risk().stream())
                .max(Comparator.comparingInt(RiskScore::score))
                .map(risk -> "up to " + Labels.risk(risk.level()) + " (" + risk.score() + ")")
                .orElse("not scored");
        String type = Labels.type(key.type());
        boolean ownReasons = reasons.size() > 1 && !sameButFigures;
        List<List<String>> rows = contexts.stream().map(context -> row(context, ownReasons)).toList();
        boolean depended = contexts.stream().anyMatch(context -> !context.callers().isEmpty());
        List<String> checks = new ArrayList<>();
        checks.add("Agree the wave " + first.waveLabel() + " change window with the owners of the " + contexts.size() + " resources in the table.");
        checks.add("Check the largest risks of each (column *Risk and largest factors*; why each matters: the table of risk factors above).");
        checks.add("Confirm with each owner that the resource of the row is no longer needed (column *Usage*: its CPU and memory over the assessment's window).");
        checks.add(depended
                ? "Re-point or retire the resources that still depend on a row first (column *Depends on it*); for a row without any, search logs and DNS for anything the graph cannot see."
                : "No dependency on any of them was observed or configured; search logs and DNS for anything the graph cannot see.");
        List<RunbookModel.Phase> phases = List.of(
                new RunbookModel.Phase("Pre-checks", checks),
                new RunbookModel.Phase("Backup", List.of("Make the final backup of each row; for the first: " + RunbookPlaybook.finalBackup(first.resource().details())
                        + " The same for every row, with the id at the end of its *Source* cell.",
                        "Record each backup's id and keep it for the retention period agreed with the owner.")),
                new RunbookModel.Phase("Decommission", List.of(
                        "Stop or disable each without deleting it, and watch for errors and complaints for two weeks.",
                        "Then delete each, with its DNS records, alarms, and IAM and security-group references.")),
                new RunbookModel.Phase("Validation", List.of(
                        "No errors or alarms appear in the resources that used to reach them.",
                        "Their run-rate disappears from the next bill.")),
                new RunbookModel.Phase("Rollback", List.of("Start the resource of a row again, or restore it from its final backup, and tell its owner.")));
        return new RunbookModel.Steps(
                contexts.size() + " " + type + " resources, " + first.resource().name() + " to " + contexts.getLast().resource().name(),
                "account " + key.placement().accountId() + ", Region " + key.placement().region(),
                type,
                Strategy.RETIRE.displayName(),
                "-",
                highest,
                reasons.size() == 1 ? reasons.getFirst()
                        : ownReasons ? "each resource's own, in its row of the table."
                        : "for " + first.resource().name() + ": " + reasons.getFirst() + " The same for each row, with its own figures in its *Usage* cell.",
                phases,
                !ownReasons ? COLUMNS : RunbookPlaybook.concat(COLUMNS, List.of("Why")),
                rows,
                List.of());
    }

    private static List<String> row(StepContext context, boolean withReason)
    {
        String risk = RunbookPlaybook.riskCell(context);
        String usage = context.metric(MetricName.CPU_UTILIZATION)
                .map(cpu -> "CPU average " + number(cpu.average()) + "%, p95 " + number(cpu.p95()) + "%")
                .orElse("CPU unknown")
                + context.metric(MetricName.MEMORY_UTILIZATION).map(memory -> ", memory average " + number(memory.average()) + "%").orElse("")
                + " over " + context.windowDays() + " days";
        List<String> row = List.of(
                context.resource().name(),
                context.resource().id(),
                risk,
                usage,
                context.callers().isEmpty() ? "none observed or configured" : StepContext.someNames(context.callers()));
        return withReason ? RunbookPlaybook.concat(row, List.of(context.recommendation().map(Recommendation::reason).orElse(""))) : row;
    }
}
