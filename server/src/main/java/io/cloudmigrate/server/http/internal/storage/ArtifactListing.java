package io.cloudmigrate.server.http.internal.storage;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** The artifacts of an assessment, sorted by path. */
public record ArtifactListing(String assessmentId, List<ArtifactFile> files)
        implements Audited
{
    public ArtifactListing
    {
        requireNonNull(assessmentId, "assessmentId is null");
        files = List.copyOf(requireNonNull(files, "files is null"));
    }
}
