package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;
import static io.cloudmigrate.codegen.internal.MarkdownText.escape;
import static io.cloudmigrate.codegen.internal.StepContext.names;
import static io.cloudmigrate.codegen.internal.StepContext.number;

/**
 * One runbook step for the EC2 instances of a runbook that move the same way (same strategy, account
 * and Region, all with generated code or all without): what they share is said once, what differs is
 * a row of the step's table or a line that names its instance. Every command of the single-instance
 * step ({@link Ec2Steps}) is still there, per instance. At 1,000 resources the steps of moved
 * instances were half of the runbooks' pages, each instance repeating the same forty lines.
 */
final class Ec2Batch
{

    /** The step, and the shell functions its commands call. */
    record Batch(RunbookModel.Steps step, Set<ShellHelper> helpers) {}

    private Ec2Batch() {}

    /** The one step of {@code contexts}, two or more instances of one key, in the runbook's order. */
    static Batch step(BatchKey.Instances key, List<StepContext> contexts, Function<String, PathChecks.Lines> paths)
    {
        StepContext first = contexts.getFirst();
        Set<ShellHelper> helpers = EnumSet.noneOf(ShellHelper.class);
        List<String> reasons = contexts.stream().map(context -> context.recommendation().map(Recommendation::reason).orElse("")).distinct().toList();
        List<String> targets = contexts.stream().map(context -> context.recommendation().map(Recommendation::target).orElse("-")).distinct().toList();
        // what every row would repeat (the target, the source's size and platform) is said once, above the table
        List<String> specifications = contexts.stream().map(Ec2Batch::specification).distinct().toList();
        // the window of every row's CPU figure, when they share one: said in the column's header
        List<Integer> windows = contexts.stream().map(context -> context.metric(MetricName.CPU_UTILIZATION).isPresent() ? context.windowDays() : -1).distinct().toList();
        Layout layout = new Layout(targets.size() > 1, specifications.size() > 1, reasons.size() > 1,
                windows.size() == 1 && windows.getFirst() > 0 ? windows.getFirst() : 0);
        List<List<String>> rows = contexts.stream().map(context -> row(context, key, layout)).toList();
        String highest = contexts.stream().flatMap(context -> context.risk().stream())
                .max(Comparator.comparingInt(RiskScore::score))
                .map(risk -> "up to " + Labels.risk(risk.level()) + " (" + risk.score() + ")")
                .orElse("not scored");
        BatchPaths batchPaths = BatchPaths.of(contexts, paths);
        RunbookModel.Steps step = new RunbookModel.Steps(
                contexts.size() + " EC2 instances, " + first.resource().name() + " to " + contexts.getLast().resource().name(),
                "account " + key.placement().accountId() + ", Region " + key.placement().region()
                        + (layout.ownSpecification() ? "" : ", each " + specifications.getFirst()),
                "EC2 instances",
                key.strategy().displayName(),
                targets.size() == 1 ? targets.getFirst() : "-",
                highest,
                reasons.size() == 1 ? reasons.getFirst() : "each instance's own, in its row of the table.",
                phases(key, contexts, helpers, batchPaths, layout.ownTarget()),
                layout.columns(),
                rows,
                batchPaths.rows());
        return new Batch(step, helpers);
    }

    /**
     * Which cells of a row are its own: the target, the source's size and platform, and the reason,
     * each a column only when the instances of the step differ in it. A column that said the same
     * sixty characters on every row made each row two lines taller, at 1,000 instances 30 pages.
     */
    private record Layout(boolean ownTarget, boolean ownSpecification, boolean ownReason, int sharedWindowDays)
    {
        List<String> columns()
        {
            List<String> columns = new ArrayList<>(List.of("Resource", "Source"));
            if (ownTarget) {
                columns.add("Target");
            }
            columns.addAll(List.of("Risk and largest factors", "Used by", "Terraform", sharedWindowDays > 0 ? "CPU p95 (" + sharedWindowDays + " days)" : "CPU p95"));
            if (ownReason) {
                columns.add("Why");
            }
            return List.copyOf(columns);
        }
    }

    // The source's size and platform: what an instance's Source cell says after its id.
    private static String specification(StepContext context)
    {
        ResourceDetails.Ec2Instance instance = (ResourceDetails.Ec2Instance) context.resource().details();
        return known(instance.instanceType(), "instance type unknown") + ", "
                + known(instance.platform(), "platform unknown") + (instance.operatingSystem() == null ? "" : " (" + instance.operatingSystem() + ")")
                + ", " + instance.storageGb() + " GiB" + (instance.ebsVolumeIds().isEmpty() ? ", no EBS volume" : ", EBS " + String.join(", ", instance.ebsVolumeIds()));
    }

    private static List<String> row(StepContext context, BatchKey.Instances key, Layout layout)
    {
        ResourceDetails.Ec2Instance instance = (ResourceDetails.Ec2Instance) context.resource().details();
        String source = MarkdownText.orUnknown(instance.instanceId()) + (layout.ownSpecification() ? ": " + specification(context) : "");
        String risk = RunbookPlaybook.riskCell(context);
        List<String> callers = RunbookPlaybook.resourceCallers(context);
        String terraform = key.generated()
                ? "aws_instance." + context.terraformName() + ", image variable " + Identifiers.imageVariable(instance.imageId())
                : "none";
        List<String> row = new ArrayList<>(List.of(context.resource().name(), source));
        if (layout.ownTarget()) {
            row.add(context.recommendation().map(Recommendation::target).orElse("-"));
        }
        row.addAll(List.of(
                risk,
                callers.isEmpty() ? "-" : String.join(", ", callers.size() <= StepContext.NAMES_LISTED ? callers
                        : concat(callers.subList(0, StepContext.NAMES_LISTED), "and " + (callers.size() - StepContext.NAMES_LISTED) + " more")),
                terraform,
                context.metric(MetricName.CPU_UTILIZATION).map(cpu -> number(cpu.p95()) + "%" + (layout.sharedWindowDays() > 0 ? "" : " over " + context.windowDays() + " days"))
                        .orElse("unknown")));
        if (layout.ownReason()) {
            row.add(context.recommendation().map(Recommendation::reason).orElse(""));
        }
        return List.copyOf(row);
    }

    private static List<RunbookModel.Phase> phases(BatchKey.Instances key, List<StepContext> contexts, Set<ShellHelper> helpers, BatchPaths paths, boolean ownTarget)
    {
        StepContext first = contexts.getFirst();
        String count = contexts.size() + " instances";
        List<String> preChecks = new ArrayList<>();
        preChecks.add("Agree the wave " + first.waveLabel() + " change window with the owners of the " + count + " in the table.");
        if (contexts.stream().anyMatch(context -> !RunbookPlaybook.resourceCallers(context).isEmpty())) {
            preChecks.add("Tell the owners of the resources that depend on each instance (column *Used by*).");
        }
        preChecks.add("Check the largest risks of each instance (column *Risk and largest factors*; why each matters: the table of risk factors above).");
        OwnLines ownChecks = new OwnLines();
        for (StepContext context : contexts) {
            ResourceDetails.Ec2Instance instance = (ResourceDetails.Ec2Instance) context.resource().details();
            List<String> own = new ArrayList<>(RunbookPlaybook.outsideCallersAndMoveGroup(context));
            own.addAll(RunbookPlaybook.exposuresAndMissingCode(context));
            RunbookPlaybook.onPremisesLink(context).ifPresent(own::add);
            if (!instance.software().isEmpty()) {
                own.add("Check licences and supported versions of the installed software: " + names(instance.software()) + ".");
            }
            own.forEach(line -> ownChecks.add(context.name(), line));
        }
        preChecks.addAll(ownChecks.lines(contexts.size(), "instance"));
        List<String> imdsVersion1 = contexts.stream()
                .filter(context -> !"required".equals(((ResourceDetails.Ec2Instance) context.resource().details()).imdsHttpTokens()))
                .map(context -> context.resource().name())
                .toList();
        if (!imdsVersion1.isEmpty()) {
            preChecks.add((imdsVersion1.size() == contexts.size() ? "Every source allows IMDSv1" : "The sources of " + names(imdsVersion1) + " allow IMDSv1")
                    + "; the targets require IMDSv2: check that agents and SDKs on them use IMDSv2 tokens.");
        }
        List<String> replication = new ArrayList<>();
        switch (key.strategy()) {
            case REHOST -> {
                replication.add("Install the AWS Application Migration Service (MGN) replication agent on each instance (column *Source*) and wait until its data replication is healthy.");
                replication.add("Launch an MGN test instance of each and run the validation steps below against it.");
            }
            case RELOCATE -> replication.add("Create an AMI of each instance with its volumes and share it, with the KMS key of its snapshots, with the target account.");
            case REPLATFORM -> replication.add("Build the target image of each row (" + (ownTarget ? "column *Target*" : "the step's target, above") + ") and install the application on it.");
            case RETIRE, RETAIN, REPURCHASE, REFACTOR -> throw new IllegalArgumentException("not a move: " + key.strategy());
        }
        if (contexts.stream().anyMatch(context -> !((ResourceDetails.Ec2Instance) context.resource().details()).ebsVolumeIds().isEmpty())) {
            replication.add("Snapshot the EBS volumes of each instance (column *Source*) as its rollback point.");
        }
        if (key.generated()) {
            Placement placement = key.placement();
            replication.add("Set the image variable of each row (column *Terraform*) to its target image (for MGN, the AMI of the cutover launch).");
            replication.add("Create the targets for " + escape(placement.label()) + ": apply " + first.terraformDirectory() + " (the " + code("aws_instance")
                    + " of each row, with provider " + code(placement.provider()) + "), or deploy " + code(CloudFormationWriter.path(first.waveLabel(), placement))
                    + " as a stack there.");
        }
        else {
            replication.add("Create each target by hand as " + (ownTarget ? "its row's target" : "the step's target") + " for " + escape(key.placement().label()) + ", following the settings recorded in the table.");
        }
        List<String> cutover = new ArrayList<>();
        cutover.add(key.strategy() == Strategy.REHOST
                ? "Stop the application on each instance and let MGN finish its final sync."
                : "Stop the application on each instance.");
        for (StepContext context : contexts) {
            if (!context.loadBalancers().isEmpty()) {
                cutover.add(context.name() + ": make sure its target instance is registered behind " + names(context.loadBalancers()) + " and deregister "
                        + code(MarkdownText.orUnknown(((ResourceDetails.Ec2Instance) context.resource().details()).instanceId())) + ".");
            }
        }
        cutover.add("Point DNS records and callers at each target's private IP address (Terraform output " + code("<name>_private_ip") + ", "
                + code("<name>") + " the row's " + code("aws_instance") + " name).");
        List<String> validation = new ArrayList<>();
        validation.add("Both EC2 status checks pass on each target and the application answers on its ports; CPU stays near the source's (column *CPU p95*).");
        validation.addAll(paths.actions());
        validation.addAll(OwnLines.retiredNeighbours(contexts, "instance"));
        List<String> rollback = new ArrayList<>();
        rollback.add("To roll back an instance, point DNS and load balancer targets back to its source and start it (it stays stopped, not terminated, until sign-off), "
                + "stop its target and record the cause in the sign-off table.");
        rollback(contexts, key, helpers).ifPresent(rollback::add);
        for (StepContext context : contexts) {
            if (((ResourceDetails.Ec2Instance) context.resource().details()).instanceId() == null) {
                rollback.add(context.name() + ": the inventory has no instance id for its source; find it by name, start it and stop the target by hand.");
            }
        }
        return MoveSteps.Phases.of(preChecks, replication, cutover, validation, rollback);
    }

    /**
     * One command for every instance of the batch, with the row's values in place of the
     * placeholders: an instance is rolled back on its own, when it fails, so a night shift runs it for
     * one row, and a line per instance made rollback the longest part of the step.
     */
    private static Optional<String> rollback(List<StepContext> contexts, BatchKey.Instances key, Set<ShellHelper> helpers)
    {
        if (contexts.stream().allMatch(context -> ((ResourceDetails.Ec2Instance) context.resource().details()).instanceId() == null)) {
            return Optional.empty();
        }
        helpers.add(ShellHelper.ROLLBACK_INSTANCE);
        StepContext first = contexts.getFirst();
        String region = ShellText.quote(key.placement().region());
        String target = key.generated() ? " " + ShellText.terraformOutput(first.waveLabel(), "NAME_instance_id") : "";
        return Optional.of("For the instance of a row, run " + code("rollback_instance " + region + " SOURCE_ID" + target) + ", with " + code("SOURCE_ID")
                + " the instance id at the start of its *Source* cell" + (key.generated() ? " and " + code("NAME") + " its " + code("aws_instance") + " name (column *Terraform*)" : "")
                + "; expect " + code("pending") + (key.generated() ? ", then " + code("stopping") : " (stop its target by hand)") + ".");
    }

    private static List<String> concat(List<String> values, String last)
    {
        List<String> all = new ArrayList<>(values);
        all.add(last);
        return List.copyOf(all);
    }

    // a fact the inventory lacks reads as unknown, never as "null"
    private static String known(String value, String unknown)
    {
        return value == null || value.isBlank() ? unknown : value;
    }
}
