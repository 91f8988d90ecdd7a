package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code cloudmigrate import}: an offline AWS CLI JSON directory to {@code inventory.json}.
 */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Read an offline AWS CLI JSON directory into inventory.json.",
        description = {
                "Reads AWS CLI JSON output saved in the cloudmapper layout and writes an inventory. Layout: DIR/<region>/<service>-<operation>.json, per-resource calls in DIR/<region>/<service>-<operation>/<url-encoded id>; for several accounts, one folder per account holding region folders. Unknown files are listed as skipped; malformed files and dangling references become warnings in the inventory."})
public final class ImportCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--aws-cli", required = true, paramLabel = "DIR", description = "Directory of AWS CLI JSON output.")
    Path awsCliDirectory;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write inventory.json.")
    Path output;

    @Option(names = "--name", paramLabel = "NAME", description = "Estate name for reports (default: from cloudmigrate-estate.json, else the directory name).")
    String name;

    @Override
    public Integer call()
    {
        Console console = new Console(spec.commandLine().getErr(), 2);
        console.step("Reading " + awsCliDirectory);
        Inventory inventory = AwsCliImporter.importDirectory(awsCliDirectory, Optional.ofNullable(name));
        console.done(inventory.resources().size() + " resources, " + inventory.warnings().size() + " warnings");
        console.step("Writing " + output);
        JsonDocuments.write(output, inventory);
        console.done("done");
        Summaries.printInventory(spec.commandLine().getOut(), inventory);
        return ExitCodes.OK;
    }
}
