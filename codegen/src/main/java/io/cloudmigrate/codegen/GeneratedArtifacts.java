package io.cloudmigrate.codegen;

import java.nio.file.Path;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The files one generation wrote.
 *
 * @param outputDirectory the directory they were written under
 * @param files paths relative to {@code outputDirectory}, with {@code /} separators, sorted
 */
public record GeneratedArtifacts(Path outputDirectory, List<String> files)
{
    public GeneratedArtifacts
    {
        requireNonNull(outputDirectory, "outputDirectory is null");
        files = requireNonNull(files, "files is null").stream().sorted().toList();
    }

    /** The absolute path of one written file. */
    public Path resolve(String file)
    {
        return outputDirectory.resolve(file);
    }
}
