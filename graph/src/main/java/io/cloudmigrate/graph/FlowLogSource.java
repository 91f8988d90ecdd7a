package io.cloudmigrate.graph;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static java.util.Objects.requireNonNull;

/**
 * One flow-log input that is not (or not only) a local file: an S3 object, a CloudWatch Logs
 * stream, a test fixture. The reader opens it once, reads it to the end and closes it; gzip is
 * recognised by content and decompressed, so a source hands over the bytes as stored.
 *
 * @param name how messages about malformed lines name the input, e.g. {@code s3://bucket/key}
 * @param opener opens the stream; called once, on a worker thread
 */
public record FlowLogSource(String name, Opener opener)
{
    public FlowLogSource
    {
        requireNonNull(name, "name is null");
        requireNonNull(opener, "opener is null");
    }

    /** A local file as a source (the reader splits local files itself; this is for uniform handling). */
    public static FlowLogSource of(Path file)
    {
        requireNonNull(file, "file is null");
        return new FlowLogSource(file.toString(), () -> Files.newInputStream(file));
    }

    /** Opens the bytes of a source. */
    @FunctionalInterface
    public interface Opener
    {
        InputStream open()
                throws IOException;
    }
}
