package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * The generated artifacts of assessments. The files live under the data directory, one folder per
 * assessment, written there by the generator exactly as {@code cloudmigrate generate} writes a folder
 * (replaced as a whole, with its {@code MANIFEST.sha256}), and streamed from disk on download; the
 * database lists them, so that only a listed path is ever served.
 */
public final class ArtifactStore
{
    private final Database database;
    private final Path root;
    private final WaveStore waves;

    public ArtifactStore(Database database, Path root, WaveStore waves)
    {
        this.database = requireNonNull(database, "database is null");
        this.root = requireNonNull(root, "root is null").toAbsolutePath().normalize();
        this.waves = requireNonNull(waves, "waves is null");
    }

    /** The folder the artifacts of an assessment are generated into. */
    public Path directory(UUID assessmentId)
    {
        return root.resolve(assessmentId.toString());
    }

    /**
     * Deletes the folders of assessments that no longer exist (their estate was deleted) and the
     * staging folders a generation left when the server died; run at start, before any job.
     *
     * @return how many folders were deleted
     */
    public int removeOrphans()
    {
        if (!Files.isDirectory(root)) {
            return 0;
        }
        Set<String> known = Sql.inTransaction(database, connection -> {
            Set<String> ids = new TreeSet<>();
            try (PreparedStatement select = connection.prepareStatement("select id from assessments"); ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    ids.add(result.getObject(1, UUID.class).toString());
                }
            }
            return ids;
        });
        int removed = 0;
        try (Stream<Path> folders = Files.list(root)) {
            for (Path folder : folders.sorted().toList()) {
                if (!known.contains(folder.getFileName().toString())) {
                    deleteRecursively(folder);
                    removed++;
                }
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("cannot clean the artifacts folder " + root, e);
        }
        return removed;
    }

    private static void deleteRecursively(Path folder)
            throws IOException
    {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    /** A file as generated: its path and where it is, with its size and hash. */
    public record Generated(String path, long sizeBytes, String sha256) {}

    /** Replaces the listed files of an assessment with those of its latest generation. */
    public void record(UUID assessmentId, List<Generated> files)
    {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Sql.inTransaction(database, connection -> {
            AssessmentStore.requireExists(connection, assessmentId);
            try (PreparedStatement delete = connection.prepareStatement("delete from artifact_files where assessment_id = ?")) {
                delete.setObject(1, assessmentId);
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into artifact_files (assessment_id, path, size_bytes, sha256, wave, generated_at) values (?, ?, ?, ?, ?, ?)")) {
                for (Generated file : files) {
                    insert.setObject(1, assessmentId);
                    insert.setString(2, file.path());
                    insert.setLong(3, file.sizeBytes());
                    insert.setString(4, file.sha256());
                    Integer wave = ArtifactFile.waveOf(file.path()).orElse(null);
                    if (wave == null) {
                        insert.setNull(5, Types.INTEGER);
                    }
                    else {
                        insert.setInt(5, wave);
                    }
                    insert.setTimestamp(6, Sql.timestamp(now));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    /**
     * The files of an assessment's latest generation, sorted by path, each with its wave's approval now.
     *
     * @throws CloudMigrateException NOT_FOUND for an assessment the scope does not see, or one not generated yet
     */
    public List<ArtifactFile> list(UUID assessmentId, Scope scope)
    {
        List<ArtifactFile> files = Sql.inTransaction(database, connection -> {
            AssessmentStore.requireAssessment(connection, assessmentId, scope);
            try (PreparedStatement select = connection.prepareStatement("select path, size_bytes, sha256, wave from artifact_files where assessment_id = ? order by path")) {
                select.setObject(1, assessmentId);
                List<ArtifactFile> rows = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        int wave = result.getInt("wave");
                        Integer number = result.wasNull() ? null : wave;
                        String path = result.getString("path");
                        rows.add(new ArtifactFile(path, result.getLong("size_bytes"), result.getString("sha256"), ArtifactFile.mediaTypeOf(path), number, null));
                    }
                }
                return rows;
            }
        });
        if (files.isEmpty()) {
            throw new CloudMigrateException(ServerErrorCode.NOT_FOUND, "no artifacts were generated for assessment " + assessmentId
                    + " yet; POST /api/v1/assessments/" + assessmentId + "/artifacts to generate them");
        }
        SortedMap<Integer, Wave.ApprovalState> states = waves.states(assessmentId, scope);
        return files.stream().map(file -> file.withApproval(file.wave() == null ? null : states.getOrDefault(file.wave(), Wave.ApprovalState.PENDING))).toList();
    }

    /** One listed file, with where it is on disk. */
    public record Located(ArtifactFile file, Path location)
            implements Audited {}

    /**
     * A listed file of the assessment's latest generation. Only a path the generation listed is
     * served, and only from inside the assessment's folder.
     *
     * @throws CloudMigrateException NOT_FOUND for a path the generation did not write, or a file gone from the data directory
     */
    public Located file(UUID assessmentId, String path, Scope scope)
    {
        ArtifactFile file = list(assessmentId, scope).stream()
                .filter(candidate -> candidate.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new CloudMigrateException(ServerErrorCode.NOT_FOUND, "the artifacts of assessment " + assessmentId + " have no file " + path));
        return new Located(file, locate(assessmentId, file.path()));
    }

    /** Where a listed file is on disk; call it with a path {@link #list} gave. */
    public Path locate(UUID assessmentId, String path)
    {
        Path directory = directory(assessmentId);
        Path location = directory.resolve(path).normalize();
        if (!location.startsWith(directory) || !Files.isRegularFile(location)) {
            throw new CloudMigrateException(ServerErrorCode.NOT_FOUND, "the artifact " + path + " of assessment " + assessmentId
                    + " is missing from the data directory " + directory + "; generate the artifacts again");
        }
        return location;
    }
}
