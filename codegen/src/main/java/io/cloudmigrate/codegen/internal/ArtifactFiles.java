package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.codegen.CodegenErrorCode;
import io.cloudmigrate.discovery.CloudMigrateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * Writes artifacts under a staging folder and remembers their relative paths. The folder is private
 * to one generation and moved into place only when every file is written (see
 * {@link io.cloudmigrate.codegen.OutputDirectory}), so a file here needs no atomic write of its own.
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
            Files.write(target, content);
        }
        catch (IOException e) {
            throw new CloudMigrateException(CodegenErrorCode.OUTPUT_FAILED,
                    target + ": cannot write the artifact (" + e.getMessage() + "); check that the output directory is writable and has space", e);
        }
        written.add(relativePath);
    }

    /** The relative paths written so far, sorted. */
    public List<String> written()
    {
        return List.copyOf(written);
    }
}
