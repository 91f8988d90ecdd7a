package io.cloudmigrate.graph.internal;

import io.cloudmigrate.graph.internal.ChunkResult.FormatState;

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
 * until the next header. {@code -} marks an absent field; {@code NODATA} and {@code SKIPDATA} records
 * count as records but carry no traffic. Fields are read in place: a well-formed IPv4 record costs no
 * allocation.
 */
final class ByteFlowLogParser
{
    private static final int BUFFER_SIZE = 1 << 20;
    // A line longer than this is no flow-log record; it is cut at this length and reported malformed.
    private static final int MAXIMUM_LINE = 1 << 16;
    private static final int MAXIMUM_FIELDS = 128;

    private final int sampleLimit;
    private final ResponseRule responseRule;

    ByteFlowLogParser(int sampleLimit, ResponseRule responseRule)
    {
        this.sampleLimit = sampleLimit;
        this.responseRule = requireNonNull(responseRule, "responseRule is null");
    }

    /**
     * Parses an input to its end.
     *
     * @param lineOffset the file line before the first line of the input, or -1 when not known (a piece
     *         of a file read in parallel); a header problem then sets {@link ChunkResult#needsLineOffset}
     */
    ChunkResult parse(InputStream input, FormatState startState, long lineOffset)
            throws IOException
    {
        ChunkResult result = new ChunkResult(startState);
        LineParser lines = new LineParser(result, startState, lineOffset);
        byte[] buffer = new byte[BUFFER_SIZE];
        int length = 0;
        try {
            while (true) {
                int read = input.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    if (length > 0) {
                        lines.line(buffer, 0, length);
                    }
                    break;
                }
                length += read;
                int lineStart = 0;
                for (int index = 0; index < length; index++) {
                    if (buffer[index] == '\n') {
                        lines.line(buffer, lineStart, index);
                        lineStart = index + 1;
                    }
                }
                if (lineStart == 0 && length - lineStart > MAXIMUM_LINE) {
                    lines.line(buffer, 0, MAXIMUM_LINE);
                    lineStart = length;
                }
                System.arraycopy(buffer, lineStart, buffer, 0, length - lineStart);
                length -= lineStart;
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
        private final long lineOffset;
        private final int[] starts = new int[MAXIMUM_FIELDS];
        private final int[] ends = new int[MAXIMUM_FIELDS];
        private FormatState state;
        private RecordLayout layout;

        LineParser(ChunkResult result, FormatState startState, long lineOffset)
        {
            this.result = result;
            this.lineOffset = lineOffset;
            this.state = startState;
            this.layout = new RecordLayout(startState.format());
        }

        void line(byte[] line, int start, int end)
        {
            long lineNumber = ++result.lines;
            int fieldCount = split(line, start, end);
            if (fieldCount == 0) {
                return;
            }
            byte first = line[starts[0]];
            if (first >= 'a' && first <= 'z' && isHeader(line, fieldCount)) {
                header(line, fieldCount, lineNumber);
                return;
            }
            if (state.format().problem().isPresent()) {
                result.malformed(lineNumber, "no usable header: " + state.format().problem().get() + " (line " + state.headerLine() + ")", sampleLimit);
                return;
            }
            String problem = layout.read(line, starts, ends, fieldCount, result, responseRule);
            if (problem == null) {
                result.records++;
            }
            else {
                result.malformed(lineNumber, problem, sampleLimit);
            }
        }

        private void header(byte[] line, int fieldCount, long lineNumber)
        {
            List<String> names = new ArrayList<>(fieldCount);
            for (int field = 0; field < fieldCount; field++) {
                names.add(ByteFields.text(line, starts[field], ends[field]));
            }
            FlowLogFormat format = FlowLogFormat.of(names);
            long fileLine = lineOffset < 0 ? -1 : lineOffset + lineNumber;
            state = new FormatState(format, format.problem().isPresent() ? fileLine : -1);
            layout = new RecordLayout(format);
            result.sawHeader = true;
            result.endState = state;
            if (format.problem().isPresent()) {
                result.needsLineOffset |= lineOffset < 0;
                result.malformed(lineNumber, format.problem().get() + " (line " + fileLine + "); records after it cannot be read", sampleLimit);
            }
        }

        private boolean isHeader(byte[] line, int fieldCount)
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

        private int split(byte[] line, int start, int end)
        {
            int count = 0;
            int index = start;
            while (index < end) {
                while (index < end && isSpace(line[index])) {
                    index++;
                }
                int fieldStart = index;
                while (index < end && !isSpace(line[index])) {
                    index++;
                }
                if (index > fieldStart) {
                    if (count < MAXIMUM_FIELDS) {
                        starts[count] = fieldStart;
                        ends[count] = index;
                    }
                    count++;
                }
            }
            return count;
        }

        private static boolean isSpace(byte character)
        {
            return character == ' ' || character == '\t' || character == '\r';
        }
    }
}
