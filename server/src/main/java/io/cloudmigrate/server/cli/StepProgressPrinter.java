package io.cloudmigrate.server.cli;

import io.cloudmigrate.codegen.GenerationProgress;

import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

import static java.util.Objects.requireNonNull;

/**
 * Shows how far a long step of {@code generate} has got on standard error, as
 * {@link ScanProgressPrinter} does for a scan: a bar redrawn in place on a terminal, plain log lines
 * (at most one every {@link ScanProgressPrinter#LOG_INTERVAL_MILLIS} ms, and the last of each step)
 * otherwise. The ETA assumes the remaining items of the step take as long as the finished ones did,
 * or, when the step says how much work its items are (the characters of each PDF's input), that the
 * remaining work goes as fast as the work done: the report of a large estate, rendered first, is
 * thousands of runbooks' worth. Until an item is finished it is unknown. The step is also what an
 * out-of-memory message names.
 */
final class StepProgressPrinter
        implements GenerationProgress
{
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private final String command;
    private final LongSupplier nanoClock;
    private String step;
    private long stepStartedNanos;
    private long lastLogNanos;
    private boolean lineOpen;

    /**
     * @param command names the lines written to a log, e.g. {@code generate}
     * @param nanoClock {@link System#nanoTime()}, or a fake one in tests
     */
    StepProgressPrinter(PrintWriter err, boolean terminal, String command, LongSupplier nanoClock)
    {
        this.err = requireNonNull(err, "err is null");
        this.terminal = terminal;
        this.command = requireNonNull(command, "command is null");
        this.nanoClock = requireNonNull(nanoClock, "nanoClock is null");
    }

    @Override
    public void update(String newStep, int done, int total)
    {
        update(newStep, done, total, done, total);
    }

    @Override
    public synchronized void update(String newStep, int done, int total, long workDone, long workTotal)
    {
        long now = nanoClock.getAsLong();
        if (!newStep.equals(step)) {
            finishLine();
            if (step == null && err instanceof ErrorStream stream) {
                // the command's own step line ("[2/2] Generating … ") is still open
                stream.startLine();
            }
            step = newStep;
            stepStartedNanos = now;
            lastLogNanos = now - Duration.ofMillis(ScanProgressPrinter.LOG_INTERVAL_MILLIS).toNanos();
            ErrorStream.stage(err, command + ": " + newStep);
        }
        if (terminal) {
            int filled = total <= 0 ? BAR_WIDTH : (int) ((long) BAR_WIDTH * Math.min(done, total) / total);
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + describe(now, done, total, workDone, workTotal));
            err.flush();
            lineOpen = true;
            return;
        }
        if (now - lastLogNanos >= Duration.ofMillis(ScanProgressPrinter.LOG_INTERVAL_MILLIS).toNanos() || done == total) {
            lastLogNanos = now;
            err.println(command + ": " + describe(now, done, total, workDone, workTotal));
            err.flush();
        }
    }

    /** Ends the bar's line, so that what follows starts a line of its own. */
    synchronized void finish()
    {
        finishLine();
    }

    private void finishLine()
    {
        if (lineOpen) {
            err.println();
            err.flush();
            lineOpen = false;
        }
    }

    private String describe(long now, int done, int total, long workDone, long workTotal)
    {
        long elapsed = now - stepStartedNanos;
        String eta = workDone <= 0 || workTotal <= 0 ? "unknown" : Duration.ofNanos((long) ((double) elapsed / workDone * (workTotal - workDone))).toSeconds() + "s";
        return String.format(Locale.ROOT, "%s %d/%d, %ds, ETA %s", step, done, total, Duration.ofNanos(elapsed).toSeconds(), eta);
    }
}
