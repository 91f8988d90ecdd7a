package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.nio.file.Files;
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

    @Mixin
    SummaryOutput summary;

    @Override
    public Integer call()
    {
        if (Files.isRegularFile(awsCliDirectory)) {
            throw new ParameterException(spec.commandLine(), "--aws-cli " + awsCliDirectory + ": this is a file; give the directory the AWS CLI JSON "
                    + "output was saved into (DIR/<region>/<service>-<operation>.json, as cloudmapper lays it out)");
        }
        OutputPaths.checkFile(spec, "--out", output, "inventory.json");
        Console console = new Console(spec.commandLine().getErr(), 2);
        console.step("Reading " + awsCliDirectory);
        Inventory inventory = AwsCliImporter.importDirectory(awsCliDirectory, Optional.ofNullable(name));
        console.done(inventory.resources().size() + " resources, " + inventory.warnings().size() + " warnings");
        console.step("Writing " + output);
        JsonDocuments.write(output, inventory);
        console.done("done");
        summary.print(spec.commandLine().getOut(), SummaryDocuments.inventory(output, inventory, null), out -> Summaries.printInventory(out, inventory));
        return ExitCodes.OK;
    }
}
