package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.codegen.CodegenErrorCode;
import io.cloudmigrate.discovery.CloudMigrateException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * Where each runbook's Markdown goes as soon as it is rendered, and where its PDF job reads it back:
 * {@code runbooks/<file>.md} among the artifacts when Markdown is asked for, else a scratch folder in
 * the staging folder, removed by {@link #close()}. Holding every runbook until the PDFs were done cost
 * heap in proportion to the estate (5 KB a resource, 250 MB at 50,000 resources).
 */
public final class RunbookMarkdown
        implements AutoCloseable
{
    private static final String SCRATCH = ".runbook-markdown";

    private final ArtifactFiles files;
    private final Path staging;
    private final boolean artifact;

    /**
     * @param staging the staging folder {@code files} writes into
     * @param artifact whether the Markdown is one of the artifacts asked for
     */
    public RunbookMarkdown(ArtifactFiles files, Path staging, boolean artifact)
    {
        this.files = requireNonNull(files, "files is null");
        this.staging = requireNonNull(staging, "staging is null");
        this.artifact = artifact;
    }

    /** Stores the Markdown of the runbook {@code file} (a file name without extension). */
    public void write(String file, String markdown)
    {
        requireNonNull(markdown, "markdown is null");
        if (artifact) {
            files.write(artifactPath(file), markdown);
            return;
        }
        Path scratch = scratchPath(file);
        try {
            Files.createDirectories(scratch.getParent());
            Files.writeString(scratch, markdown, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new CloudMigrateException(CodegenErrorCode.OUTPUT_FAILED,
                    scratch + ": cannot write the runbook's Markdown (" + e.getMessage() + "); check that the output directory is writable and has space", e);
        }
    }

    /** The Markdown stored for {@code file}. */
    public String read(String file)
    {
        Path path = artifact ? staging.resolve(artifactPath(file)) : scratchPath(file);
        try {
            return Files.readString(path, StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new CloudMigrateException(CodegenErrorCode.OUTPUT_FAILED,
                    path + ": cannot read back the runbook's Markdown (" + e.getMessage() + "); was the output directory changed during the run?", e);
        }
    }

    /** Removes the scratch folder, so that it is never moved into place with the artifacts. */
    @Override
    public void close()
    {
        OutputReplacement.deleteQuietly(staging.resolve(SCRATCH));
    }

    private static String artifactPath(String file)
    {
        return "runbooks/" + file + ".md";
    }

    private Path scratchPath(String file)
    {
        return staging.resolve(SCRATCH).resolve(file + ".md");
    }
}
