package io.cloudmigrate.codegen;

import java.nio.file.Path;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The files one generation wrote.
 *
 * @param outputDirectory the directory they were written under
 * @param files paths relative to {@code outputDirectory}, with {@code /} separators, sorted; the
 *         {@value OutputDirectory#MANIFEST} that lists them is not among them
 * @param removed files an earlier generation wrote into the same directory that this one no longer
 *         writes, and that were therefore deleted; sorted
 */
public record GeneratedArtifacts(Path outputDirectory, List<String> files, List<String> removed)
{
    public GeneratedArtifacts
    {
        requireNonNull(outputDirectory, "outputDirectory is null");
        files = requireNonNull(files, "files is null").stream().sorted().toList();
        removed = requireNonNull(removed, "removed is null").stream().sorted().toList();
    }

    /** Files written into a directory that held no earlier generation. */
    public GeneratedArtifacts(Path outputDirectory, List<String> files)
    {
        this(outputDirectory, files, List.of());
    }

    /** The absolute path of one written file. */
    public Path resolve(String file)
    {
        return outputDirectory.resolve(file);
    }
}
