package io.cloudmigrate.server.cli;

import io.cloudmigrate.codegen.ArtifactKind;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * What {@code generate --only} can name: one top-level folder of the output each, so that a partial
 * generation replaces its own folders and leaves the others as the earlier generation wrote them.
 * A document and its PDF go together, since the PDF is rendered from the document.
 */
enum GeneratedPart
{
    TERRAFORM(EnumSet.of(ArtifactKind.TERRAFORM)),
    CLOUDFORMATION(EnumSet.of(ArtifactKind.CLOUDFORMATION)),
    RUNBOOKS(EnumSet.of(ArtifactKind.RUNBOOK, ArtifactKind.RUNBOOK_PDF)),
    REPORT(EnumSet.of(ArtifactKind.REPORT, ArtifactKind.REPORT_PDF));

    private final Set<ArtifactKind> kinds;

    GeneratedPart(Set<ArtifactKind> kinds)
    {
        this.kinds = kinds;
    }

    static Set<ArtifactKind> kinds(Collection<GeneratedPart> parts)
    {
        EnumSet<ArtifactKind> kinds = EnumSet.noneOf(ArtifactKind.class);
        parts.forEach(part -> kinds.addAll(part.kinds));
        return kinds;
    }

    /** Whether checkov has anything to skip in these parts: only infrastructure code carries skips. */
    static boolean includesInfrastructureCode(Collection<GeneratedPart> parts)
    {
        return parts.contains(TERRAFORM) || parts.contains(CLOUDFORMATION);
    }
}
