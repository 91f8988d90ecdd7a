package io.cloudmigrate.codegen;

import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * How {@link ArtifactGenerator} runs.
 *
 * @param templateOverrideDirectory a directory whose files replace the bundled templates of the same
 *         relative path (e.g. {@code terraform/main.tf.ftl}); templates it does not hold come from the bundle
 * @param kinds the artifacts to write, iterated in enum order
 * @param pageSize the paper the report and runbook PDFs (and the report's HTML, when printed) are laid out for
 */
public record GenerationOptions(Optional<Path> templateOverrideDirectory, Set<ArtifactKind> kinds, PageSize pageSize)
{
    public GenerationOptions
    {
        requireNonNull(templateOverrideDirectory, "templateOverrideDirectory is null");
        requireNonNull(kinds, "kinds is null");
        requireNonNull(pageSize, "pageSize is null");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds is empty");
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /** Every artifact kind, bundled templates only, A4. */
    public static GenerationOptions defaults()
    {
        return new GenerationOptions(Optional.empty(), EnumSet.allOf(ArtifactKind.class), PageSize.A4);
    }

    public GenerationOptions withTemplateOverrideDirectory(Path directory)
    {
        return new GenerationOptions(Optional.of(requireNonNull(directory, "directory is null")), kinds, pageSize);
    }

    public GenerationOptions withKinds(Set<ArtifactKind> newKinds)
    {
        return new GenerationOptions(templateOverrideDirectory, newKinds, pageSize);
    }

    public GenerationOptions withPageSize(PageSize newPageSize)
    {
        return new GenerationOptions(templateOverrideDirectory, kinds, newPageSize);
    }

    public boolean includes(ArtifactKind kind)
    {
        return kinds.contains(kind);
    }
}
