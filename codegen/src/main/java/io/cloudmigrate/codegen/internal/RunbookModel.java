package io.cloudmigrate.codegen.internal;

import java.util.List;

/**
 * What the runbook template of one wave reads. Plain-text fields are escaped by the template; the
 * actions of a {@link Phase} are Markdown already, with estate values escaped where they were built.
 *
 * @param retainedReasons the reasons several of {@code retained} share ({@link RetainedRows}), which their rows name by number
 * @param setup the shell functions the steps' commands call ({@link ShellHelper}), each a definition
 *        in POSIX shell written by this code, never estate values; empty when no step calls one
 */
public record RunbookModel(
        String estateName,
        String assessmentName,
        String asOf,
        String capturedAt,
        String label,
        int waveCount,
        String application,
        String file,
        List<ApplicationRunbook> applications,
        List<Member> members,
        List<Count> strategies,
        List<Count> riskLevels,
        List<Group> moveGroups,
        List<String> network,
        List<String> permissions,
        List<Dependency> dependencies,
        List<Dependency> dependents,
        List<Targets.Skipped> notGenerated,
        List<Count> notGeneratedElsewhere,
        List<Destination> destinations,
        List<String> setup,
        List<Steps> steps,
        List<Retained> retained,
        List<String> retainedReasons,
        List<RiskNote> riskFactors,
        List<Check> checks,
        List<Check> rulesToReview)
{
    public RunbookModel
    {
        applications = List.copyOf(applications);
        checks = List.copyOf(checks);
        rulesToReview = List.copyOf(rulesToReview);
        members = List.copyOf(members);
        strategies = List.copyOf(strategies);
        riskLevels = List.copyOf(riskLevels);
        moveGroups = List.copyOf(moveGroups);
        network = List.copyOf(network);
        permissions = List.copyOf(permissions);
        dependencies = List.copyOf(dependencies);
        dependents = List.copyOf(dependents);
        notGenerated = List.copyOf(notGenerated);
        notGeneratedElsewhere = List.copyOf(notGeneratedElsewhere);
        destinations = List.copyOf(destinations);
        setup = List.copyOf(setup);
        steps = List.copyOf(steps);
        retained = List.copyOf(retained);
        retainedReasons = List.copyOf(retainedReasons);
        riskFactors = List.copyOf(riskFactors);
    }

    /**
     * Another runbook of the same wave: an application's, listed in the wave's runbook.
     *
     * @param file the runbook's file name without extension, beside this one
     */
    public record ApplicationRunbook(String application, int resources, String strategies, String file) {}

    /**
     * One row of the connectivity checks (or of the rules to review): the paths from resources of one
     * group to those of another on one port, checked once from any client of the group.
     *
     * @param examples up to {@value ConnectivityChecks#EXAMPLES} pairs, {@code client to server}, and an ellipsis when there are more
     */
    public record Check(String client, String server, String port, String kind, int pairs, String examples) {}

    /** One wave member in the overview table. */
    public record Member(String name, String type, String location, String strategy, String target, String risk, String moveGroup, String code) {}

    public record Count(String label, int count) {}

    /**
     * Where the sources of one account and Region go.
     *
     * @param provider the Terraform provider address, or {@code null} when Terraform creates nothing for the pair
     * @param template the CloudFormation template of the pair
     */
    public record Destination(String accountId, String region, String provider, String template) {}

    public record Group(String id, String members) {}

    /**
     * An edge between this wave and another wave (or a resource in no wave).
     *
     * @param wave the other end's wave label, or {@code -} when it is in no wave
     */
    public record Dependency(String source, String target, String wave, String kind, String port, String evidence) {}

    /**
     * The steps for one resource, or for several that move the same way ({@link Ec2Batch}).
     *
     * @param arn the resource's ARN; for several, where they are, as text
     * @param columns the header of the table of the resources a step is for; empty for one resource
     * @param rows a row of plain text per resource, escaped by the template; empty for one resource
     * @param paths for several resources, the paths their validation checks, a row of Markdown cells each
     *     ({@link #PATH_COLUMNS}); empty for one resource, whose validation names each path in a line
     */
    public record Steps(String name, String arn, String type, String strategy, String target, String risk, String reason, List<Phase> phases,
            List<String> columns, List<List<String>> rows, List<List<String>> paths)
    {
        /** The header of {@link #paths}. */
        public static final List<String> PATH_COLUMNS = List.of("Client", "Server", "Port", "Other end", "Evidence", "Run", "Expect");

        public Steps
        {
            phases = List.copyOf(phases);
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            paths = paths.stream().map(List::copyOf).toList();
        }

        /** The steps of one resource. */
        public Steps(String name, String arn, String type, String strategy, String target, String risk, String reason, List<Phase> phases)
        {
            this(name, arn, type, strategy, target, risk, reason, phases, List.of(), List.of(), List.of());
        }

        public List<String> pathColumns()
        {
            return PATH_COLUMNS;
        }
    }

    /**
     * A member that stays where it is: one row of a table rather than steps, since nobody moves it.
     *
     * @param reachableFrom the migrated resources that must keep reaching it (or it them), as Markdown
     */
    public record Retained(String name, String type, String location, String reason, String reachableFrom) {}

    /** A risk factor the pre-checks name, and why it matters: said once per runbook, not once per step. */
    public record RiskNote(String name, String explanation) {}

    /** One phase of the steps; each action is a line of Markdown. */
    public record Phase(String title, List<String> actions)
    {
        public Phase
        {
            actions = List.copyOf(actions);
        }
    }
}
