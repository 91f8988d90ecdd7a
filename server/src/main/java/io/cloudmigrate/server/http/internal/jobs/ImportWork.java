package io.cloudmigrate.server.http.internal.jobs;

import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.server.http.SafetyOptions.ArchiveLimits;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.storage.Estate;
import io.cloudmigrate.server.http.internal.storage.Estate.EstateSource;
import io.cloudmigrate.server.http.internal.storage.EstateStore;
import io.cloudmigrate.server.http.internal.storage.Upload;
import io.cloudmigrate.server.http.internal.storage.UploadStore;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * An import job: the bundled sample or an uploaded archive, read by the same importer and flow-log
 * reader that {@code cloudmigrate import} and {@code demo} use, then stored as a new estate.
 */
public final class ImportWork
        implements JobWork
{
    /** The steps the job reports. */
    public static final int STEP_COUNT = 4;
    private static final String FLOW_LOGS = "flow-logs";
    private static final String ESTATE_FILE = "cloudmigrate-estate.json";

    private final EstateStore estates;
    private final UploadStore uploads;
    private final Optional<Upload> upload;
    private final Optional<String> name;
    private final UUID workspaceId;
    private final ArchiveLimits limits;

    private ImportWork(EstateStore estates, UploadStore uploads, Optional<Upload> upload, Optional<String> name, UUID workspaceId, ArchiveLimits limits)
    {
        this.workspaceId = requireNonNull(workspaceId, "workspaceId is null");
        this.estates = requireNonNull(estates, "estates is null");
        this.uploads = requireNonNull(uploads, "uploads is null");
        this.upload = requireNonNull(upload, "upload is null");
        this.name = requireNonNull(name, "name is null");
        this.limits = requireNonNull(limits, "limits is null");
    }

    public static ImportWork sample(EstateStore estates, UploadStore uploads, Optional<String> name, UUID workspaceId)
    {
        return new ImportWork(estates, uploads, Optional.empty(), name, workspaceId, ArchiveLimits.DEFAULTS);
    }

    public static ImportWork archive(EstateStore estates, UploadStore uploads, Upload upload, Optional<String> name, UUID workspaceId, ArchiveLimits limits)
    {
        return new ImportWork(estates, uploads, Optional.of(upload), name, workspaceId, limits);
    }

    @Override
    public Outcome run(JobContext context)
            throws IOException
    {
        Path workDirectory = Files.createTempDirectory(Files.createDirectories(uploads.directory()), "import-");
        try {
            Path root = workDirectory.resolve("estate");
            context.step(upload.isPresent() ? "Unpacking the archive" : "Unpacking the bundled sample estate");
            if (upload.isPresent()) {
                UUID uploadId = UUID.fromString(upload.get().id());
                new ArchiveExtractor(limits).extract(uploads.file(uploadId), upload.get().mediaType(), root);
                root = singleEstateFolder(root);
            }
            else {
                SampleEstate.extractTo(root);
            }
            context.step("Reading the AWS CLI JSON output");
            Inventory inventory = importDirectory(root);
            context.step("Aggregating VPC flow logs");
            Path flowLogs = root.resolve(FLOW_LOGS);
            Traffic traffic = Files.isDirectory(flowLogs) ? FlowLogReader.create().read(List.of(flowLogs), inventory) : Traffic.EMPTY;
            context.step("Storing the estate");
            context.checkCancelled();
            Estate estate = estates.create(UUID.randomUUID(), workspaceId, upload.isPresent() ? EstateSource.ARCHIVE : EstateSource.SAMPLE, inventory, traffic);
            upload.ifPresent(stored -> uploads.delete(UUID.fromString(stored.id())));
            return new Outcome(Optional.of(UUID.fromString(estate.id())), "/api/v1/estates/" + estate.id());
        }
        finally {
            deleteRecursively(workDirectory);
        }
    }

    private Inventory importDirectory(Path root)
    {
        try {
            return AwsCliImporter.importDirectory(root, name);
        }
        catch (CloudMigrateException e) {
            // The importer names the directory it read, which here is a temporary one of the server's.
            throw new CloudMigrateException(ServerErrorCode.UNPROCESSABLE, e.getMessage().replace(root.toString(), "the archive"), e);
        }
    }

    /** An archive of one folder holding {@code cloudmigrate-estate.json} is read from inside that folder. */
    private static Path singleEstateFolder(Path root)
            throws IOException
    {
        try (Stream<Path> children = Files.list(root)) {
            List<Path> entries = children.filter(child -> !child.getFileName().toString().startsWith(".")).toList();
            if (entries.size() == 1 && Files.isDirectory(entries.getFirst()) && Files.isRegularFile(entries.getFirst().resolve(ESTATE_FILE))) {
                return entries.getFirst();
            }
        }
        return root;
    }

    static void deleteRecursively(Path directory)
    {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
