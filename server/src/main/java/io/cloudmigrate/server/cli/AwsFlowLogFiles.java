package io.cloudmigrate.server.cli;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The records of an inventory's flow logs, copied from AWS into temporary files that start with the
 * header line of each flow log's format, which is how the graph's reader learns the field order.
 * The files are deleted on {@link #close()}.
 */
final class AwsFlowLogFiles
        implements AutoCloseable
{
    private final Path directory;
    private final List<Path> files;

    private AwsFlowLogFiles(Path directory, List<Path> files)
    {
        this.directory = directory;
        this.files = List.copyOf(files);
    }

    static AwsFlowLogFiles none()
    {
        return new AwsFlowLogFiles(null, List.of());
    }

    static AwsFlowLogFiles download(Inventory inventory, Optional<String> profile, Optional<URI> endpoint, Duration window, Console console)
    {
        console.step("Reading " + inventory.flowLogs().size() + " flow log(s) from AWS");
        List<Path> files = new ArrayList<>();
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
                    files.add(file);
                });
            }
            sources.skipped().forEach(reason -> console.warn("flow log skipped: " + reason));
            console.done(files.size() + " object(s) or log page(s)");
            return new AwsFlowLogFiles(directory, files);
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

    List<Path> files()
    {
        return files;
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
