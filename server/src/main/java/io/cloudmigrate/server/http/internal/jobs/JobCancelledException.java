package io.cloudmigrate.server.http.internal.jobs;

/**
 * Thrown inside a job at its next step after a caller cancelled it; ends the job as cancelled and
 * rolls back what it was storing.
 */
public final class JobCancelledException
        extends RuntimeException
{
    JobCancelledException(String step)
    {
        super("cancelled by request" + (step == null ? " before it started" : " during the step '" + step + "'"));
    }
}
