package io.cloudmigrate.server.cli;

import io.cloudmigrate.server.pipeline.StageProgress;

import java.io.PrintWriter;
import java.time.Duration;

import static java.util.Objects.requireNonNull;

/**
 * Progress lines on standard error (so standard output stays clean for results), numbered by step.
 */
public final class Console
        implements StageProgress
{
    private final PrintWriter err;
    private final int steps;
    private int step;
    private long stepStartedNanos;

    public Console(PrintWriter err, int steps)
    {
        this.err = requireNonNull(err, "err is null");
        this.steps = steps;
    }

    /** Announces the next step. */
    @Override
    public void step(String description)
    {
        finishStep();
        step++;
        stepStartedNanos = System.nanoTime();
        ErrorStream.stage(err, step + "/" + steps + " (" + description + ")");
        err.print("[" + step + "/" + steps + "] " + description + " ... ");
        err.flush();
    }

    /** Ends the current step with a short result. */
    @Override
    public void done(String result)
    {
        long millis = Duration.ofNanos(System.nanoTime() - stepStartedNanos).toMillis();
        err.println(result + " (" + millis + " ms)");
        err.flush();
        stepStartedNanos = 0;
    }

    @Override
    public void warn(String message)
    {
        finishStep();
        err.println("warning: " + message);
        err.flush();
    }

    /** A line of information between steps. */
    public void note(String message)
    {
        finishStep();
        err.println(message);
        err.flush();
    }

    private void finishStep()
    {
        if (stepStartedNanos != 0) {
            err.println();
            stepStartedNanos = 0;
        }
    }
}
