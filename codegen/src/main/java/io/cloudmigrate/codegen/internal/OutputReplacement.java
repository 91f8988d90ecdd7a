package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.codegen.CodegenErrorCode;
import io.cloudmigrate.codegen.GeneratedArtifacts;
import io.cloudmigrate.discovery.CloudMigrateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

import static java.util.Objects.requireNonNull;

/**
 * Moves a staged generation into its target. A new target is one rename of the staging folder. An
 * existing one keeps its own inode (it may be the working directory or a mount point) and the files
 * a user added to it: the files of the earlier generation, and any file the new one overwrites, are
 * first moved aside into a backup folder, then the new files are moved in; if a move fails, the
 * new files are taken out and the backup put back.
 */
public final class OutputReplacement
{
    private final Path target;
    private final Path absolute;
    private final Path staging;
    private final Optional<Manifest> earlier;

    public OutputReplacement(Path target, Path absolute, Path staging, Optional<Manifest> earlier)
    {
        this.target = requireNonNull(target, "target is null");
        this.absolute = requireNonNull(absolute, "absolute is null");
        this.staging = requireNonNull(staging, "staging is null");
        this.earlier = requireNonNull(earlier, "earlier is null");
    }

    public GeneratedArtifacts run()
    {
        List<String> files;
        try {
            files = filesUnder(staging);
            SortedMap<String, Path> listed = new TreeMap<>();
            files.forEach(file -> listed.put(file, staging.resolve(file)));
            kept(files).forEach(file -> listed.put(file, absolute.resolve(file)));
            Files.writeString(staging.resolve(Manifest.FILE_NAME), Manifest.describe(listed), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            deleteQuietly(staging);
            throw failed("cannot write " + Manifest.FILE_NAME + " (" + e.getMessage() + ")", e);
        }
        if (!Files.exists(absolute, LinkOption.NOFOLLOW_LINKS)) {
            try {
                move(staging, absolute);
                return new GeneratedArtifacts(target, files);
            }
            catch (IOException e) {
                deleteQuietly(staging);
                throw failed("cannot move the generated files into place (" + e.getMessage() + ")", e);
            }
        }
        return replace(files);
    }

    /**
     * The files of the earlier generation that stay: those outside every top-level folder the new one
     * writes. A regeneration of the artifacts thus replaces {@code terraform/} and its stale waves,
     * but leaves the {@code inventory.json} and {@code assessment.json} that {@code demo} wrote beside
     * them (one of which is likely the input of this very run); they stay in the manifest.
     */
    private List<String> kept(List<String> files)
    {
        Set<String> written = new HashSet<>();
        files.forEach(file -> written.add(topLevel(file)));
        return earlier.map(manifest -> manifest.files().stream()
                .filter(file -> !written.contains(topLevel(file)))
                .filter(file -> Files.isRegularFile(absolute.resolve(file), LinkOption.NOFOLLOW_LINKS))
                .toList()).orElse(List.of());
    }

    private static String topLevel(String file)
    {
        int slash = file.indexOf('/');
        return slash < 0 ? file : file.substring(0, slash + 1);
    }

    private GeneratedArtifacts replace(List<String> files)
    {
        List<String> incoming = new ArrayList<>(files);
        incoming.add(Manifest.FILE_NAME);
        for (String file : incoming) {
            if (Files.isDirectory(absolute.resolve(file), LinkOption.NOFOLLOW_LINKS)) {
                deleteQuietly(staging);
                throw new CloudMigrateException(CodegenErrorCode.OUTPUT_REFUSED,
                        target + ": " + file + " is a directory where a generated file goes; move it away and generate again");
            }
        }
        TreeSet<String> aside = new TreeSet<>(incoming);
        earlier.ifPresent(manifest -> aside.addAll(manifest.files()));
        aside.removeAll(kept(files));
        List<String> movedAside = new ArrayList<>();
        List<String> movedIn = new ArrayList<>();
        Path backup = null;
        try {
            backup = Files.createTempDirectory(absolute.getParent(), "." + absolute.getFileName() + ".cloudmigrate-previous-");
            for (String file : aside) {
                Path existing = absolute.resolve(file);
                if (Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS) || Files.isSymbolicLink(existing)) {
                    move(existing, backup.resolve(file));
                    movedAside.add(file);
                }
            }
            for (String file : incoming) {
                move(staging.resolve(file), absolute.resolve(file));
                movedIn.add(file);
            }
        }
        catch (IOException e) {
            String restored = restore(backup, movedAside, movedIn);
            deleteQuietly(staging);
            throw failed("cannot move the generated files into place (" + e + "); " + restored, e);
        }
        Set<String> generated = Set.copyOf(files);
        Set<String> replaced = Set.copyOf(movedAside);
        List<String> removed = earlier.map(manifest -> manifest.files().stream()
                .filter(file -> !generated.contains(file) && replaced.contains(file))
                .toList()).orElse(List.of());
        removed.forEach(file -> deleteEmptyParents(absolute.resolve(file)));
        deleteQuietly(backup);
        deleteQuietly(staging);
        return new GeneratedArtifacts(target, files, removed);
    }

    private String restore(Path backup, List<String> movedAside, List<String> movedIn)
    {
        try {
            for (String file : movedIn.reversed()) {
                Files.deleteIfExists(absolute.resolve(file));
                deleteEmptyParents(absolute.resolve(file));
            }
            for (String file : movedAside) {
                move(backup.resolve(file), absolute.resolve(file));
            }
            deleteQuietly(backup);
            return "the earlier output is unchanged";
        }
        catch (IOException e) {
            return "restoring the earlier output failed too (" + e.getMessage() + "): its files are in " + backup;
        }
    }

    /** Deletes the directories that held only files of the earlier generation. */
    private void deleteEmptyParents(Path removedFile)
    {
        for (Path directory = removedFile.getParent(); directory != null && !directory.equals(absolute); directory = directory.getParent()) {
            try (Stream<Path> entries = Files.list(directory)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
                Files.delete(directory);
            }
            catch (IOException e) {
                return;
            }
        }
    }

    private static void move(Path source, Path destination)
            throws IOException
    {
        Files.createDirectories(destination.getParent());
        try {
            Files.move(source, destination, StandardCopyOption.ATOMIC_MOVE);
        }
        catch (AtomicMoveNotSupportedException e) {
            Files.move(source, destination);
        }
    }

    private static List<String> filesUnder(Path root)
            throws IOException
    {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(path -> Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS))
                    .map(path -> root.relativize(path).toString().replace('\\', '/'))
                    .filter(file -> !file.equals(Manifest.FILE_NAME))
                    .sorted()
                    .toList();
        }
    }

    private CloudMigrateException failed(String reason, IOException cause)
    {
        return new CloudMigrateException(CodegenErrorCode.OUTPUT_FAILED, target + ": " + reason, cause);
    }

    /** Deletes a folder of this class's own making; what cannot be deleted stays (a hidden, named folder). */
    public static void deleteQuietly(Path directory)
    {
        if (directory == null || !Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        catch (IOException ignored) {
            // a leftover temporary folder is harmless and named after the target; failing the run for it is not
        }
    }
}
