package io.cloudmigrate.server.http.internal.jobs;

import java.util.Optional;
import java.util.UUID;

/**
 * The body of a job: runs the stages, reports progress through its context, and says what it made.
 */
@FunctionalInterface
public interface JobWork
{
    Outcome run(JobContext context)
            throws Exception;

    /**
     * What a job made.
     *
     * @param estateId the estate it made or read
     * @param result the API path of what it made
     */
    record Outcome(Optional<UUID> estateId, String result) {}
}
