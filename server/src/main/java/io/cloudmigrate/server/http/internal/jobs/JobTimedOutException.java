package io.cloudmigrate.server.http.internal.jobs;

/**
 * Thrown inside a job at its next step after its time limit passed; the job is already recorded as
 * failed, and what it was storing is rolled back.
 */
public final class JobTimedOutException
        extends RuntimeException
{
    JobTimedOutException(String reason)
    {
        super(reason);
    }
}
