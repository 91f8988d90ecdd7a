package io.cloudmigrate.server.http.internal.jobs;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.FlowLogInputSummary;
import io.cloudmigrate.graph.FlowLogOptions;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.FlowLogReading;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.server.http.SafetyOptions.ArchiveLimits;
import io.cloudmigrate.server.http.internal.storage.EstateStore;
import io.cloudmigrate.server.http.internal.storage.TrafficStore;
import io.cloudmigrate.server.http.internal.storage.TrafficSummary;
import io.cloudmigrate.server.http.internal.storage.Upload;
import io.cloudmigrate.server.http.internal.storage.UploadStore;
import io.cloudmigrate.server.pipeline.AwsFlowLogFiles;
import io.cloudmigrate.server.pipeline.StageProgress;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * A flows job: uploaded flow-log files (plain, gzip, or archives of them) and, when asked, the records of
 * the estate's flow logs in S3 and CloudWatch Logs, read by the same reader and AWS download as
 * {@code cloudmigrate flows [--from-aws]}; the traffic replaces the estate's, for its next assessment.
 * Malformed lines are counted and the first quoted in the summary; they never fail the job.
 */
public final class FlowsWork
        implements JobWork
{
    private static final String FLOW_LOG = "text/plain";

    private final EstateStore estates;
    private final TrafficStore traffic;
    private final UploadStore uploads;
    private final UUID estateId;
    private final Options options;
    private final ArchiveLimits archiveLimits;

    /**
     * The options of {@code cloudmigrate flows}; the AWS profile is the server's credential chain.
     *
     * @param window with {@code fromAws}: how far back records are read
     * @param endpoint with {@code fromAws}: an emulator's endpoint instead of AWS
     */
    public record Options(List<Upload> uploads, boolean fromAws, Duration window, Optional<URI> endpoint, Optional<String> logFormat, List<String> onPremisesCidrs)
    {
        public Options
        {
            uploads = List.copyOf(uploads);
            requireNonNull(window, "window is null");
            requireNonNull(endpoint, "endpoint is null");
            requireNonNull(logFormat, "logFormat is null");
            onPremisesCidrs = List.copyOf(onPremisesCidrs);
        }

        /** The steps the job reports. */
        public int stepCount()
        {
            return 3 + (fromAws ? 1 : 0) + (uploads.isEmpty() ? 0 : 1);
        }
    }

    public FlowsWork(EstateStore estates, TrafficStore traffic, UploadStore uploads, UUID estateId, Options options, ArchiveLimits archiveLimits)
    {
        this.archiveLimits = requireNonNull(archiveLimits, "archiveLimits is null");
        this.estates = requireNonNull(estates, "estates is null");
        this.traffic = requireNonNull(traffic, "traffic is null");
        this.uploads = requireNonNull(uploads, "uploads is null");
        this.estateId = requireNonNull(estateId, "estateId is null");
        this.options = requireNonNull(options, "options is null");
    }

    @Override
    public Outcome run(JobContext context)
            throws IOException
    {
        context.step("Reading the estate");
        Inventory inventory = estates.documents(estateId).inventory();
        JobProgress progress = new JobProgress(context);
        Path workDirectory = Files.createTempDirectory(Files.createDirectories(uploads.directory()), "flows-");
        try (AwsFlowLogFiles downloaded = options.fromAws()
                ? AwsFlowLogFiles.download(inventory, Optional.empty(), options.endpoint(), options.window(), progress)
                : AwsFlowLogFiles.none()) {
            // Each input and the name a user knows it by: an upload (and the entry of an archive), or a flow log.
            Map<Path, String> inputs = new LinkedHashMap<>();
            if (!options.uploads().isEmpty()) {
                context.step("Unpacking " + options.uploads().size() + " upload(s)");
                for (Upload upload : options.uploads()) {
                    Path file = uploads.file(UUID.fromString(upload.id()));
                    if (upload.mediaType().equals(FLOW_LOG)) {
                        inputs.put(file, "upload " + upload.id());
                    }
                    else {
                        Path unpacked = workDirectory.resolve(upload.id());
                        new ArchiveExtractor(archiveLimits).extract(file, upload.mediaType(), unpacked);
                        inputs.put(unpacked, "upload " + upload.id());
                    }
                }
            }
            for (Path file : downloaded.files()) {
                inputs.put(file, downloaded.origin(file).map(origin -> "flow log " + origin.flowLogId() + " (" + origin.location() + ")").orElseThrow());
            }
            context.step("Reading flow logs from " + inputs.size() + " source(s)");
            FlowLogOptions readOptions = options.logFormat().map(FlowLogOptions.DEFAULT::withLogFormat).orElse(FlowLogOptions.DEFAULT);
            FlowLogReading reading = FlowLogReader.create(readOptions).readWithInputSummaries(List.copyOf(inputs.keySet()),
                    Optional.of(AddressAttribution.of(inventory, options.onPremisesCidrs())));
            SourceNames names = new SourceNames(inputs);
            Traffic read = reading.traffic();
            // The samples name the server's temporary files; the document and the summary name what the user sent.
            List<String> samples = read.malformedSamples().stream().map(names::rename).toList();
            Traffic named = new Traffic(read.schemaVersion(), read.records(), read.malformed(), samples, read.edges(), read.rejected());
            context.step("Storing the traffic");
            context.checkCancelled();
            List<String> warnings = new ArrayList<>(progress.warnings());
            List<TrafficSummary.Source> sources = names.sources(reading.inputs());
            reading.inputs().stream().filter(FlowLogInputSummary::mostlyMalformed).forEach(input -> warnings.add(names.rename(input.name()) + ": "
                    + input.malformed() + " of " + input.records() + " records are malformed; it does not look like a VPC flow log in the format in force"));
            traffic.replace(estateId, named, new TrafficSummary(estateId.toString(), named.records(), named.malformed(), samples, named.edges().size(), sources, warnings));
            options.uploads().forEach(upload -> uploads.delete(UUID.fromString(upload.id())));
            return new Outcome(Optional.of(estateId), "/api/v1/estates/" + estateId + "/traffic");
        }
        finally {
            ImportWork.deleteRecursively(workDirectory);
        }
    }

    /** The name a user knows an input by, for the files the reader names. */
    private record SourceNames(Map<Path, String> inputs)
    {
        String rename(String text)
        {
            for (Map.Entry<Path, String> input : inputs.entrySet()) {
                String path = input.getKey().toString();
                if (text.startsWith(path)) {
                    String rest = text.substring(path.length());
                    return input.getValue() + (rest.startsWith("/") ? " " + rest.substring(1) : rest);
                }
            }
            return text;
        }

        /** Records and malformed lines added up per input, in the order given. */
        List<TrafficSummary.Source> sources(List<FlowLogInputSummary> files)
        {
            Map<String, long[]> totals = new LinkedHashMap<>();
            inputs.values().forEach(name -> totals.put(name, new long[2]));
            for (FlowLogInputSummary file : files) {
                String source = inputs.entrySet().stream().filter(input -> Path.of(file.name()).startsWith(input.getKey())).map(Map.Entry::getValue)
                        .findFirst().orElse(file.name());
                long[] total = totals.computeIfAbsent(source, ignored -> new long[2]);
                total[0] += file.records();
                total[1] += file.malformed();
            }
            return totals.entrySet().stream().map(total -> new TrafficSummary.Source(total.getKey(), total.getValue()[0], total.getValue()[1])).toList();
        }
    }

    /** The AWS download's steps as the job's steps, its warnings kept for the summary. */
    private static final class JobProgress
            implements StageProgress
    {
        private final JobContext context;
        private final List<String> warnings = new ArrayList<>();

        JobProgress(JobContext context)
        {
            this.context = context;
        }

        @Override
        public void step(String description)
        {
            context.step(description);
        }

        @Override
        public void done(String result)
        {
            context.checkCancelled();
        }

        @Override
        public void warn(String message)
        {
            warnings.add(message);
        }

        List<String> warnings()
        {
            return List.copyOf(warnings);
        }
    }
}
