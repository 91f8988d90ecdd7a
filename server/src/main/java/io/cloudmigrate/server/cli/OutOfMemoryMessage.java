package io.cloudmigrate.server.cli;

import java.util.Locale;

/**
 * What to tell a user whose input did not fit in the Java heap: which command and step ran out, how
 * large the heap was, and how to give it more through the {@code cloudmigrate} launcher script.
 */
final class OutOfMemoryMessage
{
    private static final long MEBIBYTE = 1024L * 1024L;
    private static final long GIBIBYTE = 1024L * MEBIBYTE;

    private OutOfMemoryMessage() {}

    /** The error found in {@code failure} or its causes, or null when memory did not run out. */
    static OutOfMemoryError find(Throwable failure)
    {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (current instanceof OutOfMemoryError error) {
                return error;
            }
            if (current.getCause() == current) {
                return null;
            }
        }
        return null;
    }

    /**
     * @param command the command that ran, e.g. {@code assess}
     * @param stage the step that was running, or null when the command announced none
     * @param maximumHeapBytes {@link Runtime#maxMemory()}
     */
    static String describe(String command, String stage, OutOfMemoryError error, long maximumHeapBytes)
    {
        String what = error.getMessage() == null ? "" : " (" + error.getMessage() + ")";
        String where = stage == null ? "" : " at step " + stage;
        String suggested = suggestedHeap(maximumHeapBytes);
        return String.format(Locale.ROOT, "'cloudmigrate %s' ran out of memory%s%s: the Java heap of %d MB is too small for this input. "
                        + "Give it more and run again, e.g. JAVA_OPTS=-Xmx%s ./cloudmigrate %s ... (or java -Xmx%s -jar cloudmigrate.jar %s ...)",
                command, what, where, maximumHeapBytes / MEBIBYTE, suggested, command, suggested, command);
    }

    /** Twice the heap that did not suffice, in whole gibibytes, and at least 2 GiB. */
    static String suggestedHeap(long maximumHeapBytes)
    {
        long doubled = Math.max(2 * GIBIBYTE, 2 * maximumHeapBytes);
        return (doubled + GIBIBYTE - 1) / GIBIBYTE + "g";
    }
}
