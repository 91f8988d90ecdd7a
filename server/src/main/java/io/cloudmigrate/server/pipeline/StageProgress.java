package io.cloudmigrate.server.pipeline;

/**
 * Where a stage that talks to the world reports: the CLI's console, or a server job's progress and
 * result.
 */
public interface StageProgress
{
    /** Begins a step. */
    void step(String description);

    /** Ends the current step with what it gave. */
    void done(String result);

    /** Something the user should know that does not stop the work. */
    void warn(String message);
}
