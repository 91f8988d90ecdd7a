package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.FlowLogOptions;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.Traffic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code cloudmigrate flows}: VPC flow-log files to {@code traffic.json}.
 */
@Command(
        name = "flows",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Aggregate VPC flow logs into traffic.json.",
        description = {
                "Aggregates VPC flow-log records into edges keyed by source, destination, destination port and protocol; responses are folded into the client -> server edge. Files may be plain or gzip; directories are read recursively in path order. The field order comes from each file's header line, else from --log-format (default: the version 2 format). Malformed lines are counted and the first few reported with file and line; they never stop the run."})
public final class FlowsCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--inventory", paramLabel = "FILE", description = "inventory.json: attribute each address to the resource owning it.")
    Path inventoryFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write traffic.json.")
    Path output;

    @Option(names = "--log-format", paramLabel = "FORMAT",
            description = "The flow log's LogFormat as DescribeFlowLogs shows it, e.g. '${version} ${srcaddr} ${dstaddr} ...', for files without a header line.")
    String logFormat;

    @Option(names = "--on-premises-cidr", paramLabel = "CIDR",
            description = "An on-premises address block, e.g. 10.100.0.0/16 (repeatable): its addresses are attributed to 'on-premises' (needs --inventory).")
    List<String> onPremisesCidrs = List.of();

    @Parameters(arity = "0..*", paramLabel = "SOURCE", description = "Flow-log files or directories.")
    List<Path> sources = List.of();

    @Option(names = "--from-aws", description = "Also read the records of the inventory's flow-log configurations from S3 and CloudWatch Logs (needs --inventory).")
    boolean fromAws;

    @Option(names = "--hours", paramLabel = "N", description = "With --from-aws: read records of the last N hours (default: ${DEFAULT-VALUE}).")
    int hours = 24;

    @Option(names = "--profile", paramLabel = "NAME", description = "With --from-aws: named profile of the shared AWS config (default: the credential chain).")
    String profile;

    @Option(names = "--endpoint-url", paramLabel = "URL", description = "With --from-aws: point the AWS clients at this endpoint (an emulator).")
    URI endpoint;

    @Override
    public Integer call()
    {
        if (fromAws && inventoryFile == null) {
            throw new ParameterException(spec.commandLine(), "--from-aws reads the flow logs an inventory lists: give --inventory inventory.json");
        }
        if (!fromAws && sources.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "name flow-log files or directories, or use --from-aws with --inventory");
        }
        Console console = new Console(spec.commandLine().getErr(), fromAws ? 3 : 2);
        Inventory inventory = inventoryFile == null ? null : JsonDocuments.readInventory(inventoryFile);
        try (AwsFlowLogFiles downloaded = fromAws ? AwsFlowLogFiles.download(inventory, Optional.ofNullable(profile), Optional.ofNullable(endpoint),
                Duration.ofHours(hours), console) : AwsFlowLogFiles.none()) {
            List<Path> all = new ArrayList<>(sources);
            all.addAll(downloaded.files());
            console.step("Reading flow logs from " + all.size() + " source(s)");
            FlowLogOptions options = logFormat == null ? FlowLogOptions.DEFAULT : FlowLogOptions.DEFAULT.withLogFormat(logFormat);
            FlowLogReader reader = FlowLogReader.create(options);
            Traffic traffic = inventory == null ? reader.read(all) : reader.read(all, AddressAttribution.of(inventory, onPremisesCidrs));
            finish(console, traffic);
        }
        return ExitCodes.OK;
    }

    private void finish(Console console, Traffic traffic)
    {
        console.done(traffic.records() + " records, " + traffic.edges().size() + " edges, " + traffic.malformed() + " malformed");
        traffic.malformedSamples().forEach(sample -> console.warn("malformed record: " + sample));
        console.step("Writing " + output);
        JsonDocuments.write(output, traffic);
        console.done("done");
    }
}
