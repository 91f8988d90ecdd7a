package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.InventoryDiff;
import io.cloudmigrate.discovery.JsonDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code cloudmigrate diff}: what changed in an estate between two inventories.
 */
@Command(
        name = "diff",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Show what changed in an estate between two inventories.",
        description = {
                "Compares two inventories of an estate by resource id: resources (and security groups) added, removed, and changed, "
                        + "with the path of each changed field. Sorted, so the output is stable."})
public final class DiffCommand
        implements Callable<Integer>
{
    /** How the diff is printed. */
    public enum Output
    {
        TEXT,
        JSON
    }

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OLD", description = "The older inventory.json.")
    Path before;

    @Parameters(index = "1", paramLabel = "NEW", description = "The newer inventory.json.")
    Path after;

    @Option(names = "--output", paramLabel = "FORMAT", description = "text (default) or json.")
    Output output = Output.TEXT;

    @Override
    public Integer call()
    {
        Inventory old = JsonDocuments.readInventory(before);
        Inventory updated = JsonDocuments.readInventory(after);
        InventoryDiff diff = InventoryDiff.between(old, updated);
        PrintWriter out = spec.commandLine().getOut();
        switch (output) {
            case JSON -> out.print(JsonDocuments.toJson(diff));
            case TEXT -> printText(out, diff);
        }
        out.flush();
        return ExitCodes.OK;
    }

    private static void printText(PrintWriter out, InventoryDiff diff)
    {
        out.printf("%d added, %d removed, %d changed%n", diff.added().size(), diff.removed().size(), diff.changed().size());
        diff.added().forEach(entry -> out.println("+ " + entry.id() + " (" + entry.type() + ")"));
        diff.removed().forEach(entry -> out.println("- " + entry.id() + " (" + entry.type() + ")"));
        for (InventoryDiff.Change change : diff.changed()) {
            out.println("~ " + change.id() + " (" + change.type() + ")");
            change.fields().forEach(field -> out.println("    " + field.path() + ": " + field.before() + " -> " + field.after()));
        }
    }
}
