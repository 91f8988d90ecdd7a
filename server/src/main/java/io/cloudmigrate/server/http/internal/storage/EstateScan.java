package io.cloudmigrate.server.http.internal.storage;

import static java.util.Objects.requireNonNull;

/**
 * One scan of a live-scanned estate, as the API lists it.
 *
 * @param number 1 for the scan that made the estate, then one more per re-scan
 * @param jobId the job that ran it
 */
public record EstateScan(
        int number,
        String jobId,
        String createdAt,
        String capturedAt,
        int resourceCount,
        int warningCount,
        ScanSource source)
{
    public EstateScan
    {
        requireNonNull(jobId, "jobId is null");
        requireNonNull(source, "source is null");
    }
}
