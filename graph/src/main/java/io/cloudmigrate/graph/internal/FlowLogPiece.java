package io.cloudmigrate.graph.internal;

import io.cloudmigrate.graph.FlowLogSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Part of one input that one thread parses: a whole source (read as a stream, gzip or not), or a
 * byte range of a plain file that starts at the beginning of a line and ends after a newline.
 *
 * @param input the position of the input among all inputs; pieces of one input are consecutive
 * @param first whether this piece starts its input (and so knows its line numbers and format)
 */
record FlowLogPiece(int input, String name, boolean first, FlowLogSource source, Path file, long start, long end)
{
    // Below this a file is not worth cutting: the threads would wait on each other more than they parse.
    static final long MINIMUM_PIECE = 8L << 20;

    FlowLogPiece
    {
        requireNonNull(name, "name is null");
    }

    static FlowLogPiece whole(int input, FlowLogSource source)
    {
        return new FlowLogPiece(input, source.name(), true, source, null, 0, -1);
    }

    /** Opens the bytes of the piece; a source is decompressed when it is gzip. */
    InputStream open()
            throws IOException
    {
        if (source != null) {
            return FlowLogInputs.decompressing(source.opener().open());
        }
        FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
        channel.position(start);
        return new RangeInputStream(channel, end - start);
    }

    /** Cuts a plain file into pieces of about {@code size / pieces} bytes at line boundaries. */
    static List<FlowLogPiece> cut(int input, Path file, long size, int pieces)
            throws IOException
    {
        List<FlowLogPiece> result = new ArrayList<>(pieces);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = 0;
            for (int piece = 1; piece <= pieces && start < size; piece++) {
                long end = piece == pieces ? size : lineStartAfter(channel, size * piece / pieces, size);
                if (end > start) {
                    result.add(new FlowLogPiece(input, file.toString(), start == 0, null, file, start, end));
                    start = end;
                }
            }
        }
        return List.copyOf(result);
    }

    private static long lineStartAfter(FileChannel channel, long position, long size)
            throws IOException
    {
        ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
        // Starting one byte early makes a cut that falls just after a newline stay there.
        long at = Math.max(0, position - 1);
        while (at < size) {
            buffer.clear();
            int read = channel.read(buffer, at);
            if (read <= 0) {
                break;
            }
            for (int index = 0; index < read; index++) {
                if (buffer.get(index) == '\n') {
                    return at + index + 1;
                }
            }
            at += read;
        }
        return size;
    }

    /** Reads at most a given number of bytes from a channel, then closes it. */
    private static final class RangeInputStream
            extends InputStream
    {
        private final FileChannel channel;
        private long remaining;

        RangeInputStream(FileChannel channel, long length)
        {
            this.channel = channel;
            this.remaining = length;
        }

        @Override
        public int read(byte[] buffer, int offset, int length)
                throws IOException
        {
            if (remaining <= 0) {
                return -1;
            }
            int read = channel.read(ByteBuffer.wrap(buffer, offset, (int) Math.min(length, remaining)));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        @Override
        public int read()
                throws IOException
        {
            byte[] one = new byte[1];
            return read(one, 0, 1) <= 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public void close()
                throws IOException
        {
            channel.close();
        }
    }
}
