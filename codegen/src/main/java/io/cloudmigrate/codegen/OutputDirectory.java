package io.cloudmigrate.codegen;

import io.cloudmigrate.codegen.internal.Manifest;
import io.cloudmigrate.codegen.internal.OutputReplacement;
import io.cloudmigrate.discovery.CloudMigrateException;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * A directory of generated files that is replaced as a whole or not at all. Everything is written
 * into a fresh folder beside the target (so on the same file system) and moved into place by
 * {@link #commit()}, which also writes {@value #MANIFEST} and deletes the files of the earlier
 * generation that the new one no longer has in the top-level folders it writes (a wave that is
 * gone); earlier files elsewhere, such as the documents {@code demo} writes beside the artifacts,
 * stay and stay listed. A failure before or during the commit leaves the earlier output as it was.
 *
 * <p>A target that exists, is not empty and holds no manifest was not written by CloudMigrate: it is
 * refused unless forced, and then only files of the same name are replaced. Files a user added to a
 * generated directory (say {@code terraform.tfstate}) are never deleted.
 */
public final class OutputDirectory
        implements AutoCloseable
{
    /** The name of the file that lists every generated file with its SHA-256, as {@code sha256sum} writes it. */
    public static final String MANIFEST = Manifest.FILE_NAME;

    private final Path target;
    private final Path absolute;
    private final Optional<Manifest> earlier;
    private final Path staging;
    private boolean closed;

    private OutputDirectory(Path target, Path absolute, Optional<Manifest> earlier, Path staging)
    {
        this.target = target;
        this.absolute = absolute;
        this.earlier = earlier;
        this.staging = staging;
    }

    /**
     * Checks that {@code target} can take the output and creates the folder the output is written into.
     * Call it before any other work, so that a bad path fails at once.
     *
     * @param force write into a non-empty directory that no generation wrote
     * @throws CloudMigrateException with {@link CodegenErrorCode#OUTPUT_REFUSED}, naming {@code target}
     */
    public static OutputDirectory open(Path target, boolean force)
    {
        requireNonNull(target, "target is null");
        Path absolute = target.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null) {
            throw refused(target, "cannot replace the root of the file system; name a directory inside it");
        }
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw refused(target, "this is a file; the output is a directory of generated files");
        }
        Optional<Manifest> earlier = earlierGeneration(target, absolute, force);
        Path ancestor = parent;
        while (ancestor != null && !Files.exists(ancestor)) {
            ancestor = ancestor.getParent();
        }
        if (ancestor != null && !Files.isDirectory(ancestor)) {
            throw refused(target, ancestor + " is a file, not a directory");
        }
        try {
            Files.createDirectories(parent);
            Path staging = Files.createTempDirectory(parent, "." + absolute.getFileName() + ".cloudmigrate-");
            return new OutputDirectory(target, absolute, earlier, staging);
        }
        catch (AccessDeniedException e) {
            throw refused(target, "cannot write in " + e.getFile() + " (permission denied)");
        }
        catch (IOException e) {
            throw refused(target, "cannot write in " + parent + " (" + e.getMessage() + ")");
        }
    }

    private static Optional<Manifest> earlierGeneration(Path target, Path absolute, boolean force)
    {
        if (!Files.isDirectory(absolute)) {
            return Optional.empty();
        }
        try {
            Optional<Manifest> manifest = Manifest.read(absolute);
            if (manifest.isEmpty() && !force && !isEmpty(absolute)) {
                throw refused(target, "the directory is not empty and has no " + MANIFEST + " of an earlier generation; "
                        + "name an empty or new directory, or force writing into it (--force: files of the same name are replaced, others are kept)");
            }
            return manifest;
        }
        catch (IllegalArgumentException e) {
            if (force) {
                return Optional.empty();
            }
            throw refused(target, "its " + MANIFEST + " is not one CloudMigrate writes (" + e.getMessage() + "); "
                    + "name an empty or new directory, or force writing into it (--force)");
        }
        catch (IOException e) {
            throw refused(target, "cannot read the directory (" + e.getMessage() + ")");
        }
    }

    private static boolean isEmpty(Path directory)
            throws IOException
    {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
            return !entries.iterator().hasNext();
        }
    }

    /** The folder to write the output into, with the same layout as the target. */
    public Path staging()
    {
        return staging;
    }

    /** The directory as the user named it. */
    public Path target()
    {
        return target;
    }

    /**
     * Writes the manifest of every file written into {@link #staging()} and moves them into the
     * target, replacing the earlier generation.
     *
     * @throws CloudMigrateException with {@link CodegenErrorCode#OUTPUT_FAILED} when the files cannot
     *         be moved; the earlier output is then restored
     */
    public GeneratedArtifacts commit()
    {
        if (closed) {
            throw new IllegalStateException("the output of " + target + " was already committed or closed");
        }
        OutputReplacement replacement = new OutputReplacement(target, absolute, staging, earlier);
        GeneratedArtifacts artifacts = replacement.run();
        closed = true;
        return artifacts;
    }

    /** Deletes the staging folder unless it was committed. */
    @Override
    public void close()
    {
        if (!closed) {
            closed = true;
            OutputReplacement.deleteQuietly(staging);
        }
    }

    private static CloudMigrateException refused(Path target, String reason)
    {
        return new CloudMigrateException(CodegenErrorCode.OUTPUT_REFUSED, target + ": " + reason);
    }

}
