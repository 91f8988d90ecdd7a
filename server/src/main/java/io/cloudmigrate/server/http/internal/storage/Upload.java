package io.cloudmigrate.server.http.internal.storage;

import static java.util.Objects.requireNonNull;

/**
 * An archive stored on disk, waiting for the job that imports it.
 *
 * @param mediaType {@code application/zip} or {@code application/gzip} (a .tar.gz)
 */
public record Upload(String id, long sizeBytes, String sha256, String mediaType)
        implements Audited
{
    public Upload
    {
        requireNonNull(id, "id is null");
        requireNonNull(sha256, "sha256 is null");
        requireNonNull(mediaType, "mediaType is null");
    }
}
