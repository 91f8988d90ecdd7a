package io.cloudmigrate.scoring;

import static java.util.Objects.requireNonNull;

/**
 * A lifecycle entry found for one resource, with what was observed on the resource.
 *
 * @param observed the operating system, installed application, engine and version, or runtime as the
 *         inventory reports it, e.g. {@code Microsoft Windows Server 2012 R2 Standard} or {@code postgres 12.15}
 */
public record LifecycleMatch(LifecycleEntry entry, String observed)
{
    public LifecycleMatch
    {
        requireNonNull(entry, "entry is null");
        requireNonNull(observed, "observed is null");
    }
}
