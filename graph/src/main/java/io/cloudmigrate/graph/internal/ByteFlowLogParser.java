package io.cloudmigrate.graph.internal;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipException;

import static java.util.Objects.requireNonNull;

/**
 * Parses space-separated flow-log text (versions 2 to 5, in the field order of the format in force)
 * from bytes into an {@link EdgeTable}. A header line ({@code version account-id …}) sets the format
 * until the next header; a line is a header only when it is field names alone, naming each required
 * field once ({@link FlowLogFormat#problems}). Any other line that is not a record, a garbled header
 * included, is one malformed record, and the format in force stays. {@code -} marks an absent field;
 * {@code NODATA} and {@code SKIPDATA} records count as records but carry no traffic. Fields are separated by spaces (or any control character).
 * Fields are read in place, eight bytes at a time when looking for their end: a well-formed IPv4
 * record costs no allocation. An ordinary record is read in one pass
 * ({@link RecordLayout#readInOnePass}); any other line is split into fields first, then read or reported.
 */
final class ByteFlowLogParser
{
    // Large, so that the loop over buffers turns a few dozen times a piece: a loop turning thousands of times gets the
    // compiler to build it twice more, with all the parsing inlined, which cost a fresh process a fifth of a second of
    // compiler time on two cores. The bytes come to the parser through the cache all the same.
    private static final int BUFFER_SIZE = 1 << 20;
    private static final int MAXIMUM_FIELDS = 128;

    private final int sampleLimit;
    private final ResponseRule responseRule;
    private final boolean onePass;
    // One buffer a thread, kept from piece to piece: a thread may parse thousands of small gzip objects, and
    // a fresh megabyte for each would be a humongous allocation (and its zeroing) every time. The padding lets
    // word-at-a-time scanning read past the last newline without a bounds check of its own; what earlier pieces
    // left there is never taken for data, since every line ends at a newline before it.
    private final ThreadLocal<byte[]> buffers = ThreadLocal.withInitial(() -> new byte[BUFFER_SIZE + Long.BYTES]);

    ByteFlowLogParser(int sampleLimit, ResponseRule responseRule)
    {
        this(sampleLimit, responseRule, true);
    }

    /**
     * @param onePass whether ordinary records are read in one pass; without it every line is split first,
     *         which tests use to check that both ways give the same result
     */
    ByteFlowLogParser(int sampleLimit, ResponseRule responseRule, boolean onePass)
    {
        this.sampleLimit = sampleLimit;
        this.responseRule = requireNonNull(responseRule, "responseRule is null");
        this.onePass = onePass;
    }

    /** Parses an input to its end, starting with the given format. */
    ChunkResult parse(InputStream input, FlowLogFormat startFormat)
            throws IOException
    {
        ChunkResult result = new ChunkResult(startFormat);
        LineParser lines = new LineParser(result, startFormat);
        byte[] buffer = buffers.get();
        int length = 0;
        try {
            while (true) {
                int read = input.read(buffer, length, BUFFER_SIZE - length);
                if (read < 0) {
                    if (length > 0) {
                        buffer[length] = '\n';
                        lines.lines(buffer, length + 1);
                    }
                    break;
                }
                length += read;
                int lastNewline = length - 1;
                while (lastNewline >= 0 && buffer[lastNewline] != '\n') {
                    lastNewline--;
                }
                if (lastNewline < 0) {
                    if (length == BUFFER_SIZE) {
                        // No flow-log record is this long: read it as one (malformed) line and go on.
                        buffer[length] = '\n';
                        lines.lines(buffer, length + 1);
                        length = 0;
                    }
                    continue;
                }
                lines.lines(buffer, lastNewline + 1);
                System.arraycopy(buffer, lastNewline + 1, buffer, 0, length - lastNewline - 1);
                length -= lastNewline + 1;
            }
        }
        catch (ZipException | EOFException e) {
            // A truncated or corrupt download loses the rest of one file, not the whole run.
            result.malformed(result.lines + 1, "gzip data is corrupt or cut short (" + e.getMessage() + "); the rest of the file was skipped", sampleLimit);
        }
        return result;
    }

    /** Parses line after line, holding the format in force. */
    private final class LineParser
    {
        private final ChunkResult result;
        private final int[] starts = new int[MAXIMUM_FIELDS];
        private final int[] ends = new int[MAXIMUM_FIELDS];
        private int splitFields;
        private RecordLayout layout;

        LineParser(ChunkResult result, FlowLogFormat startFormat)
        {
            this.result = result;
            this.layout = new RecordLayout(startFormat);
        }

        /** Parses every line of {@code buffer[0, end)}, which ends with a newline. */
        void lines(byte[] buffer, int end)
        {
            int position = 0;
            while (position < end) {
                position = line(buffer, position);
            }
        }

        /** Parses the line starting at {@code start}; returns where the next line starts. */
        private int line(byte[] line, int start)
        {
            long lineNumber = ++result.lines;
            int read = onePass ? layout.readInOnePass(line, start, result.edges, responseRule) : -1;
            if (read >= 0) {
                result.records++;
                return read;
            }
            return readSplit(line, start, lineNumber);
        }

        /** Reads the line at {@code start} from its fields, split first: a header, an unusual record, or a malformed one. */
        private int readSplit(byte[] line, int start, long lineNumber)
        {
            int next = split(line, start);
            int fieldCount = splitFields;
            if (fieldCount == 0) {
                return next;
            }
            String notAHeader = "";
            byte first = line[starts[0]];
            if (first >= 'a' && first <= 'z' && fieldCount <= MAXIMUM_FIELDS && isFieldNames(line, fieldCount)) {
                List<String> names = names(line, fieldCount);
                List<String> headerProblems = FlowLogFormat.problems(names);
                if (headerProblems.isEmpty()) {
                    header(new FlowLogFormat(names));
                    return next;
                }
                // Only a line that names some of the fields is taken for a header gone wrong; a stray word or two is just no record.
                if (names.stream().anyMatch(FlowLogFormat.REQUIRED_FIELDS::contains)) {
                    notAHeader = "; nor is it a header: it " + String.join(" and ", headerProblems) + ", so the format in force stays";
                }
            }
            String problem = layout.read(line, starts, ends, fieldCount, result, responseRule);
            if (problem == null) {
                result.records++;
            }
            else {
                result.malformed(lineNumber, problem + notAHeader, sampleLimit);
            }
            return next;
        }

        private void header(FlowLogFormat format)
        {
            layout = new RecordLayout(format);
            result.sawHeader = true;
            result.endFormat = format;
        }

        private List<String> names(byte[] line, int fieldCount)
        {
            List<String> names = new ArrayList<>(fieldCount);
            for (int field = 0; field < fieldCount; field++) {
                names.add(ByteFields.text(line, starts[field], ends[field]));
            }
            return names;
        }

        private boolean isFieldNames(byte[] line, int fieldCount)
        {
            for (int field = 0; field < fieldCount; field++) {
                int start = starts[field];
                if (line[start] < 'a' || line[start] > 'z') {
                    return false;
                }
                for (int index = start + 1; index < ends[field]; index++) {
                    byte character = line[index];
                    if (!((character >= 'a' && character <= 'z') || (character >= '0' && character <= '9') || character == '-')) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Splits the line at {@code start} into fields, counted in {@link #splitFields}; returns where the next line starts. */
        private int split(byte[] line, int start)
        {
            int count = 0;
            int position = start;
            while (true) {
                int character = line[position] & 0xff;
                if (character == '\n') {
                    splitFields = count;
                    return position + 1;
                }
                if (character <= ' ') {
                    position++;
                    continue;
                }
                int end = ByteFields.delimiter(line, position);
                if (count < MAXIMUM_FIELDS) {
                    starts[count] = position;
                    ends[count] = end;
                }
                count++;
                position = end;
            }
        }
    }
}
