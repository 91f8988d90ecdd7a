package io.cloudmigrate.server.http.internal.jobs;

import io.cloudmigrate.server.http.internal.storage.Job.Progress;

import java.util.UUID;
import java.util.function.Consumer;

/**
 * What a running job reports through: the step it is in and, within a step, items done out of a
 * total. Every call is also where a cancelled job stops.
 */
public final class JobContext
{
    // Progress within a step is stored at most this often; steps are stored at once.
    private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;

    private final UUID jobId;
    private final int stepCount;
    private final Consumer<Progress> sink;
    private volatile boolean cancelled;
    private String step;
    private int stepNumber;
    private long lastReport;

    JobContext(UUID jobId, int stepCount, Consumer<Progress> sink)
    {
        this.jobId = jobId;
        this.stepCount = stepCount;
        this.sink = sink;
    }

    /** The id of the job, for what it records about itself. */
    public UUID jobId()
    {
        return jobId;
    }

    /** Begins the next step. */
    public void step(String name)
    {
        checkCancelled();
        step = name;
        stepNumber = Math.min(stepNumber + 1, stepCount);
        lastReport = System.nanoTime();
        sink.accept(new Progress(step, stepNumber, stepCount, null, null));
    }

    /** Items done out of a total within the current step. */
    public void progress(long done, long total)
    {
        checkCancelled();
        long now = System.nanoTime();
        if (done == total || now - lastReport >= PROGRESS_INTERVAL_NANOS) {
            lastReport = now;
            sink.accept(new Progress(step, stepNumber, stepCount, done, total));
        }
    }

    public void checkCancelled()
    {
        if (cancelled) {
            throw new JobCancelledException(step);
        }
    }

    void cancel()
    {
        cancelled = true;
    }
}
