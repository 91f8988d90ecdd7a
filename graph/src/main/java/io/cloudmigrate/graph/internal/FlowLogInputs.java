package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.graph.GraphErrorCode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * Finds the files behind the paths a user names and opens them, decompressing gzip.
 */
public final class FlowLogInputs
{
    // The compressed bytes read at a time.
    private static final int GZIP_INPUT_SIZE = 1 << 14;

    private FlowLogInputs() {}

    /**
     * Every file named, and every regular, non-hidden file under every directory named, sorted by
     * path and without repeats.
     */
    public static List<Path> files(List<Path> inputs)
    {
        TreeSet<Path> files = new TreeSet<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile)
                            .filter(path -> !path.getFileName().toString().startsWith("."))
                            .forEach(files::add);
                }
                catch (IOException | UncheckedIOException e) {
                    throw new CloudMigrateException(GraphErrorCode.INPUT_NOT_FOUND,
                            input + ": cannot list the flow-log directory (" + e.getMessage() + "); check that it is readable", e);
                }
            }
            else if (Files.isRegularFile(input)) {
                files.add(input);
            }
            else {
                throw new CloudMigrateException(GraphErrorCode.INPUT_NOT_FOUND,
                        input + ": no such flow-log file or directory; pass a file (plain or .gz) or a directory of them");
            }
        }
        return List.copyOf(files);
    }

    /**
     * The stream, decompressed when it starts with the gzip magic number (whatever the name of what it
     * came from: S3 downloads often lose or gain a {@code .gz}). Closes the stream when it fails.
     */
    public static InputStream decompressing(InputStream stream)
            throws IOException
    {
        // Two bytes of look-ahead for the magic number, not a buffer: the parser reads a megabyte at a time, and
        // a source may be one of thousands of small objects, each of which would otherwise zero its own buffers.
        PushbackInputStream input = new PushbackInputStream(stream, 2);
        try {
            byte[] magic = input.readNBytes(2);
            input.unread(magic);
            if (magic.length == 2 && (magic[0] & 0xff) == 0x1f && (magic[1] & 0xff) == 0x8b) {
                return new GZIPInputStream(input, GZIP_INPUT_SIZE);
            }
            return input;
        }
        catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    /** Whether a file starts with the gzip magic number. */
    public static boolean isGzip(Path file)
            throws IOException
    {
        try (InputStream input = new BufferedInputStream(Files.newInputStream(file), 2)) {
            return isGzip(input);
        }
    }

    private static boolean isGzip(InputStream input)
            throws IOException
    {
        input.mark(2);
        int first = input.read();
        int second = input.read();
        input.reset();
        return first == 0x1f && second == 0x8b;
    }
}
