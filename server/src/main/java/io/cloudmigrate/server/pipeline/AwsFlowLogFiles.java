package io.cloudmigrate.server.pipeline;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.aws.flowlogs.FlowLogSource;
import io.cloudmigrate.discovery.aws.flowlogs.FlowLogSources;
import software.amazon.awssdk.core.exception.SdkException;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The records of an inventory's flow logs, copied from AWS into temporary files that start with the
 * header line of each flow log's format, which is how the graph's reader learns the field order.
 * The files are deleted on {@link #close()}. {@code flows --from-aws} and the server's flows jobs read them.
 */
public final class AwsFlowLogFiles
        implements AutoCloseable
{
    private final Path directory;
    private final Map<Path, Origin> files;
    private final List<String> skipped;

    /** Where a downloaded file's records came from: its flow log, and the S3 object or log group. */
    public record Origin(String flowLogId, String location) {}

    private AwsFlowLogFiles(Path directory, Map<Path, Origin> files, List<String> skipped)
    {
        this.directory = directory;
        this.files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        this.skipped = List.copyOf(skipped);
    }

    public static AwsFlowLogFiles none()
    {
        return new AwsFlowLogFiles(null, Map.of(), List.of());
    }

    public static AwsFlowLogFiles download(Inventory inventory, Optional<String> profile, Optional<URI> endpoint, Duration window, StageProgress console)
    {
        return Download.run(inventory, profile, endpoint, window, console);
    }

    /**
     * The download in a class of its own: verifying a method that catches an AWS SDK exception loads the SDK's
     * exception classes, and {@code flows} without {@code --from-aws} should load none of the SDK.
     */
    private static final class Download
    {
        private Download() {}

        static AwsFlowLogFiles run(Inventory inventory, Optional<String> profile, Optional<URI> endpoint, Duration window, StageProgress console)
        {
            console.step("Reading " + inventory.flowLogs().size() + " flow log(s) from AWS");
            Map<Path, Origin> files = new LinkedHashMap<>();
            Path directory = null;
            try (FlowLogSources sources = FlowLogSources.open(inventory, profile, endpoint, Instant.now().minus(window))) {
                directory = Files.createTempDirectory("cloudmigrate-flows");
                for (FlowLogSource source : sources.sources()) {
                    String header = String.join(" ", source.configuration().fieldNames());
                    Path target = directory;
                    source.read((name, records) -> {
                        Path file = target.resolve(String.format("%05d-%s.log", files.size(), source.configuration().flowLogId()));
                        try (BufferedWriter writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                            writer.write(header);
                            writer.newLine();
                            for (String line = records.readLine(); line != null; line = records.readLine()) {
                                writer.write(line);
                                writer.newLine();
                            }
                        }
                        files.put(file, new Origin(source.configuration().flowLogId(), name));
                    });
                }
                sources.skipped().forEach(reason -> console.warn("flow log skipped: " + reason));
                console.done(files.size() + " object(s) or log page(s)");
                return new AwsFlowLogFiles(directory, files, sources.skipped());
            }
            catch (SdkException e) {
                delete(directory);
                throw new CloudMigrateException(DiscoveryErrorCode.AWS_CALL_FAILED, "could not read flow-log records from AWS (" + e.getMessage()
                        + "). The caller needs s3:ListBucket, s3:GetObject and logs:FilterLogEvents (see `cloudmigrate iam-policy`)", e);
            }
            catch (IOException e) {
                delete(directory);
                throw new UncheckedIOException(e);
            }
        }
    }

    public List<Path> files()
    {
        return List.copyOf(files.keySet());
    }

    /** Where a downloaded file came from; empty for any other path. */
    public Optional<Origin> origin(Path file)
    {
        return Optional.ofNullable(files.get(file));
    }

    /** The flow logs that could not be read back, each with the reason. */
    public List<String> skipped()
    {
        return skipped;
    }

    @Override
    public void close()
    {
        delete(directory);
    }

    private static void delete(Path directory)
    {
        if (directory == null) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
        catch (IOException ignored) {
            // a temporary directory left behind is not worth failing the run for
        }
    }
}
