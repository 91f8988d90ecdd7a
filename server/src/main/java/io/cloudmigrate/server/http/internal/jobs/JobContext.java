package io.cloudmigrate.server.http.internal.jobs;

import io.cloudmigrate.discovery.aws.ScanProgress;
import io.cloudmigrate.server.http.internal.storage.Job.Progress;

import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * What a running job reports through: the step it is in and, within a step, items done out of a
 * total, with the time left in the step estimated as the CLI estimates a scan's. Every call is also
 * where a cancelled or timed-out job stops.
 */
public final class JobContext
{
    // Progress within a step is stored at most this often; steps are stored at once.
    private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;

    private final UUID jobId;
    private final int stepCount;
    private final Consumer<Progress> sink;
    private volatile boolean cancelled;
    private volatile String timeOut;
    private String step;
    private int stepNumber;
    private long stepStart;
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
        stepStart = System.nanoTime();
        lastReport = stepStart;
        sink.accept(new Progress(step, stepNumber, stepCount, null, null, null));
    }

    /** Items done out of a total within the current step. */
    public void progress(long done, long total)
    {
        checkCancelled();
        long now = System.nanoTime();
        if (done == total || now - lastReport >= PROGRESS_INTERVAL_NANOS) {
            lastReport = now;
            sink.accept(new Progress(step, stepNumber, stepCount, done, total, etaSeconds(done, total, Duration.ofNanos(now - stepStart))));
        }
    }

    /**
     * The seconds left if the remaining items take as long as the done ones did on average: the
     * estimate {@link ScanProgress#estimatedRemaining()} gives the CLI's scan progress. Unknown
     * ({@code null}) before the first item is done.
     */
    static Long etaSeconds(long done, long total, Duration elapsed)
    {
        if (done <= 0 || total <= 0 || done > total) {
            return null;
        }
        // ScanProgress counts in ints; larger counts are scaled down alike, which keeps their ratio.
        long scale = total / Integer.MAX_VALUE + 1;
        int scaledDone = (int) (done / scale);
        if (scaledDone == 0) {
            return null;
        }
        return new ScanProgress(scaledDone, (int) (total / scale), 0, 0, elapsed).estimatedRemaining().toSeconds();
    }

    public void checkCancelled()
    {
        String reason = timeOut;
        if (reason != null) {
            throw new JobTimedOutException(reason);
        }
        if (cancelled) {
            throw new JobCancelledException(step);
        }
    }

    /** The step the job is in, for messages; {@code null} before the first. */
    String currentStep()
    {
        return step;
    }

    void cancel()
    {
        cancelled = true;
    }

    void timeOut(String reason)
    {
        timeOut = reason;
    }
}
