package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.aws.ScanProgress;

import java.io.Console;
import java.io.PrintWriter;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * Shows the progress of a scan on standard error: a bar redrawn in place on a terminal, plain log
 * lines (at most one every {@link #LOG_INTERVAL_MILLIS} ms) when the output goes to a file or a CI log.
 */
final class ScanProgressPrinter
{
    static final long LOG_INTERVAL_MILLIS = 2_000;
    private static final int BAR_WIDTH = 30;

    private final PrintWriter err;
    private final boolean terminal;
    private long lastLogMillis = -LOG_INTERVAL_MILLIS;
    private ScanProgress last;

    ScanProgressPrinter(PrintWriter err, boolean terminal)
    {
        this.err = requireNonNull(err, "err is null");
        this.terminal = terminal;
        ErrorStream.stage(err, "scanning AWS");
    }

    /**
     * Whether standard output is a terminal. Up to JDK 21 {@code System.console()} is null when it is
     * not; from JDK 22 it is never null and {@code Console.isTerminal()} (not in the Java 21 API this
     * project compiles against, hence the reflection) tells.
     */
    static boolean onTerminal()
    {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        }
        catch (ReflectiveOperationException e) {
            return true;
        }
    }

    /** Called from the scan's threads as each service scan finishes. */
    synchronized void print(ScanProgress progress)
    {
        last = progress;
        if (terminal) {
            int filled = progress.tasksTotal() == 0 ? BAR_WIDTH : BAR_WIDTH * progress.tasksDone() / progress.tasksTotal();
            err.print("\r[" + "#".repeat(filled) + " ".repeat(BAR_WIDTH - filled) + "] " + describe(progress));
            err.flush();
            return;
        }
        long now = progress.elapsed().toMillis();
        if (now - lastLogMillis >= LOG_INTERVAL_MILLIS || progress.tasksDone() == progress.tasksTotal()) {
            lastLogMillis = now;
            err.println("scan: " + describe(progress));
            err.flush();
        }
    }

    synchronized void finish()
    {
        if (terminal && last != null) {
            err.println();
            err.flush();
        }
    }

    private static String describe(ScanProgress progress)
    {
        return String.format(Locale.ROOT, "%d/%d service scans, %d items found, %d API calls (%.1f/s), ETA %ds",
                progress.tasksDone(), progress.tasksTotal(), progress.itemsFound(), progress.apiCalls(), progress.callsPerSecond(),
                progress.estimatedRemaining().toSeconds());
    }
}
