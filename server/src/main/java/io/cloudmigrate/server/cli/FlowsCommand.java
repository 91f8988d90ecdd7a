package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.FlowLogInputSummary;
import io.cloudmigrate.graph.FlowLogOptions;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.FlowLogReading;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.graph.TrafficDocument;
import io.cloudmigrate.server.pipeline.AwsFlowLogFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
                "Aggregates VPC flow-log records into edges keyed by source, destination, destination port and protocol; responses are folded into the client -> server edge. Files may be plain or gzip; directories are read recursively in path order. The field order comes from each file's header line, else from --log-format (default: the version 2 format). A header line names srcaddr, dstaddr, srcport, dstport, protocol and action; any other line that is not a record is malformed.",
                "Malformed records are counted and the first few reported with file and line; they never stop the run (--strict makes them exit code 3). A file more than half of whose records are malformed is named in a warning: it does not look like a VPC flow log in the format in force.",
                "Standard output gets a summary: records read, accepted and malformed per source, edges, accepted bytes, and the file written."})
public final class FlowsCommand
        implements Callable<Integer>
{
    // Beyond this the warnings would bury the rest; the summary still counts every file.
    private static final int FILES_WARNED_ABOUT = 10;

    @Spec
    CommandSpec spec;

    @Option(names = "--inventory", paramLabel = "FILE", description = "inventory.json: attribute each address to the resource owning it.")
    Path inventoryFile;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Where to write traffic.json.")
    Path output;

    @Option(names = "--log-format", paramLabel = "FORMAT",
            description = "The flow log's LogFormat as DescribeFlowLogs shows it, e.g. '$${version} $${srcaddr} $${dstaddr} ...', for files without a header line.")
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

    @Option(names = "--strict", description = "Exit with code 3 when any record is malformed, or a flow log could not be read from AWS.")
    boolean strict;

    @Mixin
    SummaryOutput summary;

    @Override
    public Integer call()
    {
        if (fromAws && inventoryFile == null) {
            throw new ParameterException(spec.commandLine(), "--from-aws reads the flow logs an inventory lists: give --inventory inventory.json");
        }
        if (!fromAws && sources.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "name flow-log files or directories, or use --from-aws with --inventory");
        }
        OutputPaths.checkFile(spec, "--out", output, "traffic.json");
        Console console = new Console(spec.commandLine().getErr(), fromAws ? 3 : 2);
        Inventory inventory = inventoryFile == null ? null : JsonDocuments.readInventory(inventoryFile);
        try (AwsFlowLogFiles downloaded = fromAws ? AwsFlowLogFiles.download(inventory, Optional.ofNullable(profile), Optional.ofNullable(endpoint),
                Duration.ofHours(hours), console) : AwsFlowLogFiles.none()) {
            List<Path> all = new ArrayList<>(sources);
            all.addAll(downloaded.files());
            console.step("Reading flow logs from " + all.size() + " source(s)");
            FlowLogOptions options = logFormat == null ? FlowLogOptions.DEFAULT : FlowLogOptions.DEFAULT.withLogFormat(logFormat);
            FlowLogReading reading = FlowLogReader.create(options).readWithInputSummaries(all,
                    Optional.ofNullable(inventory).map(estate -> AddressAttribution.of(estate, onPremisesCidrs)));
            Traffic traffic = reading.traffic();
            console.done(traffic.records() + " records, " + traffic.edges().size() + " edges, " + traffic.malformed() + " malformed");
            traffic.malformedSamples().forEach(sample -> console.warn("malformed record: " + sample));
            warnAboutFilesThatAreNoFlowLogs(console, reading.inputs(), downloaded);
            console.step("Writing " + output);
            TrafficDocument.write(output, traffic);
            console.done("done");
            List<FlowLogInputSummary> bySource = bySource(reading.inputs(), downloaded);
            summary.print(spec.commandLine().getOut(), FlowsSummary.document(bySource, traffic, output),
                    out -> FlowsSummary.print(out, bySource, traffic, output));
            boolean warned = traffic.malformed() > 0 || !downloaded.skipped().isEmpty();
            return strict && warned ? ExitCodes.WARNINGS_WITH_STRICT : ExitCodes.OK;
        }
    }

    private void warnAboutFilesThatAreNoFlowLogs(Console console, List<FlowLogInputSummary> files, AwsFlowLogFiles downloaded)
    {
        List<FlowLogInputSummary> suspicious = files.stream().filter(FlowLogInputSummary::mostlyMalformed).toList();
        String format = logFormat == null ? "the version 2 format, unless --log-format names another" : "the --log-format given";
        for (FlowLogInputSummary file : suspicious.subList(0, Math.min(suspicious.size(), FILES_WARNED_ABOUT))) {
            String name = downloaded.origin(Path.of(file.name())).map(origin -> origin.location() + " (flow log " + origin.flowLogId() + ")").orElse(file.name());
            console.warn(name + ": " + file.malformed() + " of " + file.records() + " records are malformed; it does not look like a VPC flow log. "
                    + "Check that it is one: lines before any header line are read in " + format);
        }
        if (suspicious.size() > FILES_WARNED_ABOUT) {
            console.warn((suspicious.size() - FILES_WARNED_ABOUT) + " more file(s) do not look like VPC flow logs either");
        }
    }

    /** The files' counts added up per source the user named; a flow log read from AWS is one source. */
    private List<FlowLogInputSummary> bySource(List<FlowLogInputSummary> files, AwsFlowLogFiles downloaded)
    {
        Map<String, FlowLogInputSummary> totals = new LinkedHashMap<>();
        sources.forEach(source -> totals.put(source.toString(), new FlowLogInputSummary(source.toString(), 0, 0)));
        for (FlowLogInputSummary file : files) {
            Path path = Path.of(file.name());
            String source = downloaded.origin(path).map(origin -> "flow log " + origin.flowLogId() + " (from AWS)")
                    .orElseGet(() -> sources.stream().filter(path::startsWith).findFirst().map(Path::toString).orElse(file.name()));
            totals.merge(source, new FlowLogInputSummary(source, file.records(), file.malformed()),
                    (total, more) -> new FlowLogInputSummary(source, total.records() + more.records(), total.malformed() + more.malformed()));
        }
        return List.copyOf(totals.values());
    }
}
