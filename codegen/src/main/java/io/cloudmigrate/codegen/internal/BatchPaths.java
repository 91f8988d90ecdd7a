package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;

/**
 * The paths that a step for many instances ({@link Ec2Batch}) validates, as one table with a row per
 * path instead of a paragraph each. A command that several rows share (the target health of one load
 * balancer, which every instance behind it would repeat) is given once, numbered, and its rows name it;
 * so is one that a table cell could not hold (a {@code |} would end the cell). At 1,000 instances the
 * paragraphs, each saying again where the other end runs and what to do without a command, were most of
 * the runbook's pages.
 *
 * @param actions the validation lines that explain the table and give its shared commands
 * @param rows the table's rows, Markdown cells in the order of {@link RunbookModel.Steps#PATH_COLUMNS}
 */
record BatchPaths(List<String> actions, List<List<String>> rows)
{
    BatchPaths
    {
        actions = List.copyOf(actions);
        rows = rows.stream().map(List::copyOf).toList();
    }

    static BatchPaths of(List<StepContext> contexts, Function<String, PathChecks.Lines> paths)
    {
        List<PathChecks.Row> all = new ArrayList<>();
        List<String> unlisted = new ArrayList<>();
        for (StepContext context : contexts) {
            PathChecks.Lines lines = paths.apply(context.resource().id());
            all.addAll(lines.rows());
            if (lines.unlisted() > 0) {
                unlisted.add(context.name() + " (" + lines.unlisted() + ")");
            }
        }
        // in the order of first use, which follows the table's
        Map<String, Integer> uses = new LinkedHashMap<>();
        all.forEach(row -> row.command().ifPresent(command -> uses.merge(command.text(), 1, Integer::sum)));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        List<String> actions = new ArrayList<>();
        if (!all.isEmpty()) {
            actions.add("Check each path of the table *Paths to check* below once the instance of its row runs in the target: run the command in its *Run* cell "
                    + "and compare with *Expect*. *Other end* says where the other end runs at that point; in the source, check the path across the environments "
                    + "(VPN, peering or Transit Gateway). A row without a command (no shell on the client, or no address for the server): check the client's logs "
                    + "for connection errors to the server after the cutover.");
        }
        List<List<String>> rows = new ArrayList<>();
        for (PathChecks.Row row : all) {
            String run = "none";
            String expect = "no connection errors in the client's logs";
            if (row.command().isPresent()) {
                PathCommands.Command command = row.command().get();
                if (uses.get(command.text()) > 1 || command.text().indexOf('|') >= 0 || command.expected().indexOf('|') >= 0) {
                    Integer number = numbers.get(command.text());
                    if (number == null) {
                        number = numbers.size() + 1;
                        numbers.put(command.text(), number);
                        actions.add("Command " + number + ": run " + code(command.text()) + "; expect " + command.expected() + ".");
                    }
                    run = "command " + number;
                    expect = "as command " + number + " says";
                }
                else {
                    run = code(command.text());
                    expect = command.expected();
                }
            }
            rows.add(List.of(row.client(), row.server(), row.port(), row.otherEnd(), row.evidence(), run, expect));
        }
        if (!unlisted.isEmpty()) {
            actions.add("More paths than the table lists, in the runbook's *Connectivity checks* (how many more): " + String.join(", ", unlisted) + ".");
        }
        return new BatchPaths(actions, rows);
    }
}
