package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.codegen.CodegenErrorCode;
import io.cloudmigrate.discovery.CloudMigrateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * Writes artifacts under the output directory and remembers their relative paths. Each file is
 * written to a temporary sibling and moved into place, so a failed run never leaves half a file.
 */
public final class ArtifactFiles
{
    private final Path root;
    private final SortedSet<String> written = new TreeSet<>();

    public ArtifactFiles(Path root)
    {
        this.root = requireNonNull(root, "root is null");
    }

    public void write(String relativePath, String content)
    {
        write(relativePath, content.getBytes(StandardCharsets.UTF_8));
    }

    public void write(String relativePath, byte[] content)
    {
        Path target = root.resolve(relativePath);
        try {
            Files.createDirectories(target.getParent());
            Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
            catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        catch (IOException e) {
            throw new CloudMigrateException(CodegenErrorCode.OUTPUT_FAILED,
                    target + ": cannot write the artifact (" + e.getMessage() + "); check that the output directory is writable", e);
        }
        written.add(relativePath);
    }

    /** The relative paths written so far, sorted. */
    public List<String> written()
    {
        return List.copyOf(written);
    }
}
