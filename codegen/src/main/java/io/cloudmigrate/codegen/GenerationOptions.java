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
 */
public record GenerationOptions(Optional<Path> templateOverrideDirectory, Set<ArtifactKind> kinds)
{
    public GenerationOptions
    {
        requireNonNull(templateOverrideDirectory, "templateOverrideDirectory is null");
        requireNonNull(kinds, "kinds is null");
        if (kinds.isEmpty()) {
            throw new IllegalArgumentException("kinds is empty");
        }
        kinds = Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }

    /** Every artifact kind, bundled templates only. */
    public static GenerationOptions defaults()
    {
        return new GenerationOptions(Optional.empty(), EnumSet.allOf(ArtifactKind.class));
    }

    public GenerationOptions withTemplateOverrideDirectory(Path directory)
    {
        return new GenerationOptions(Optional.of(requireNonNull(directory, "directory is null")), kinds);
    }

    public GenerationOptions withKinds(Set<ArtifactKind> newKinds)
    {
        return new GenerationOptions(templateOverrideDirectory, newKinds);
    }

    public boolean includes(ArtifactKind kind)
    {
        return kinds.contains(kind);
    }
}
