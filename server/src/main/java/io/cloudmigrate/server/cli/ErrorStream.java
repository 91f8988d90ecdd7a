package io.cloudmigrate.server.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

import static java.util.Objects.requireNonNull;

/**
 * Standard error as the commands write to it: it knows whether a progress line is still open (a
 * step announced and not yet done, a progress bar redrawn in place), so that an error can start on
 * a line of its own, and which step is running, so that running out of memory can name it.
 */
final class ErrorStream
        extends PrintWriter
{
    private final LineTracker tracker;
    private volatile String stage;

    private ErrorStream(LineTracker tracker)
    {
        super(tracker, true);
        this.tracker = tracker;
    }

    /** {@code err} itself when it already is one, else a stream that writes through to it. */
    static ErrorStream around(PrintWriter err)
    {
        requireNonNull(err, "err is null");
        return err instanceof ErrorStream stream ? stream : new ErrorStream(new LineTracker(err));
    }

    /** Records the step that is running, when {@code err} is an error stream. */
    static void stage(PrintWriter err, String stage)
    {
        if (err instanceof ErrorStream stream) {
            stream.stage = requireNonNull(stage, "stage is null");
        }
    }

    /** The step that ran last, or null when no command announced one. */
    String stage()
    {
        return stage;
    }

    /** Ends an open progress line, so that what follows starts a line of its own. */
    void startLine()
    {
        flush();
        if (!tracker.atLineStart()) {
            println();
        }
    }

    /** Passes everything on to the wrapped writer and remembers the last character. */
    private static final class LineTracker
            extends Writer
    {
        private final Writer delegate;
        private volatile char last = '\n';

        LineTracker(Writer delegate)
        {
            this.delegate = delegate;
        }

        boolean atLineStart()
        {
            return last == '\n';
        }

        @Override
        public void write(char[] characters, int offset, int length)
                throws IOException
        {
            if (length > 0) {
                last = characters[offset + length - 1];
            }
            delegate.write(characters, offset, length);
        }

        @Override
        public void write(String text, int offset, int length)
                throws IOException
        {
            if (length > 0) {
                last = text.charAt(offset + length - 1);
            }
            delegate.write(text, offset, length);
        }

        @Override
        public void flush()
                throws IOException
        {
            delegate.flush();
        }

        @Override
        public void close()
                throws IOException
        {
            delegate.close();
        }
    }
}
