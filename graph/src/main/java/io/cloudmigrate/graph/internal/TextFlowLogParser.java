package io.cloudmigrate.graph.internal;

import java.io.BufferedReader;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipException;

/**
 * Parses space-separated flow-log text: the default version 2 format, or whatever field order a
 * header line names. A header may start any file, and holds until the next header or the end of
 * the file. {@code -} means a field is absent.
 *
 * <p>This parser favours clarity over speed: it splits each line into strings. It is one
 * implementation of {@link FlowLogParser}, so a faster one can replace it.
 */
public final class TextFlowLogParser
        implements FlowLogParser
{
    // Field names are lower-case words joined by hyphens; every record has an address, which has dots or colons.
    private static final Pattern FIELD_NAME = Pattern.compile("[a-z][a-z0-9-]*");
    private static final String ABSENT = "-";

    @Override
    public void parse(String inputName, InputStream input, FlowLogSink sink)
            throws IOException
    {
        BufferedReader reader = new BufferedReader(new InputStreamReader(input, StandardCharsets.UTF_8), 1 << 16);
        FlowLogFormat format = FlowLogFormat.VERSION_2;
        String headerProblem = null;
        long lineNumber = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                List<String> fields = split(line);
                if (fields.isEmpty()) {
                    continue;
                }
                if (isHeader(fields)) {
                    List<String> problems = FlowLogFormat.problems(fields);
                    if (problems.isEmpty()) {
                        format = FlowLogFormat.of(fields);
                        headerProblem = null;
                    }
                    else {
                        format = null;
                        headerProblem = String.join("; ", problems) + " (line " + lineNumber + ")";
                        sink.malformed(inputName, lineNumber, headerProblem + "; records after it cannot be read");
                    }
                    continue;
                }
                if (format == null) {
                    sink.malformed(inputName, lineNumber, "no usable header: " + headerProblem);
                    continue;
                }
                parseRecord(inputName, lineNumber, fields, format, sink);
            }
        }
        catch (ZipException | EOFException e) {
            // A truncated or corrupt download loses the rest of one file, not the whole run.
            sink.malformed(inputName, lineNumber + 1, "gzip data is corrupt or cut short (" + e.getMessage() + "); the rest of the file was skipped");
        }
    }

    private static void parseRecord(String inputName, long lineNumber, List<String> fields, FlowLogFormat format, FlowLogSink sink)
    {
        if (fields.size() != format.fieldCount()) {
            sink.malformed(inputName, lineNumber, "expected " + format.fieldCount() + " fields, found " + fields.size());
            return;
        }
        if (format.logStatus() >= 0) {
            String logStatus = fields.get(format.logStatus());
            switch (logStatus) {
                case "OK" -> {}
                case "NODATA", "SKIPDATA" -> {
                    sink.skipped();
                    return;
                }
                default -> {
                    sink.malformed(inputName, lineNumber, "log-status must be OK, NODATA or SKIPDATA, found '" + logStatus + "'");
                    return;
                }
            }
        }
        try {
            FlowRecord record = new FlowRecord(
                    address(fields, format.sourceAddress(), "srcaddr"),
                    address(fields, format.destinationAddress(), "dstaddr"),
                    (int) number(fields, format.sourcePort(), "srcport", 65_535),
                    (int) number(fields, format.destinationPort(), "dstport", 65_535),
                    (int) number(fields, format.protocol(), "protocol", 255),
                    optionalNumber(fields, format.packets(), "packets", 0),
                    optionalNumber(fields, format.bytes(), "bytes", 0),
                    optionalNumber(fields, format.start(), "start", -1),
                    optionalNumber(fields, format.end(), "end", -1),
                    accepted(fields.get(format.action())));
            sink.record(record);
        }
        catch (MalformedFieldException e) {
            sink.malformed(inputName, lineNumber, e.getMessage());
        }
    }

    private static String address(List<String> fields, int index, String name)
    {
        String value = present(fields, index, name);
        if (IpAddresses.parse(value) == null) {
            throw new MalformedFieldException(name + " is not an IP address: '" + value + "'");
        }
        return value;
    }

    private static long number(List<String> fields, int index, String name, long maximum)
    {
        String value = present(fields, index, name);
        long number = parseNumber(value, name);
        if (number > maximum) {
            throw new MalformedFieldException(name + " is out of range (0-" + maximum + "): '" + value + "'");
        }
        return number;
    }

    private static long optionalNumber(List<String> fields, int index, String name, long absent)
    {
        if (index < 0 || fields.get(index).equals(ABSENT)) {
            return absent;
        }
        return parseNumber(fields.get(index), name);
    }

    private static long parseNumber(String value, String name)
    {
        if (value.isEmpty() || value.length() > 18) {
            throw new MalformedFieldException(name + " is not a number: '" + value + "'");
        }
        long number = 0;
        for (int index = 0; index < value.length(); index++) {
            char character = value.charAt(index);
            if (character < '0' || character > '9') {
                throw new MalformedFieldException(name + " is not a number: '" + value + "'");
            }
            number = number * 10 + (character - '0');
        }
        return number;
    }

    private static String present(List<String> fields, int index, String name)
    {
        String value = fields.get(index);
        if (value.equals(ABSENT)) {
            throw new MalformedFieldException(name + " is absent in a record with traffic");
        }
        return value;
    }

    private static boolean accepted(String action)
    {
        return switch (action) {
            case "ACCEPT" -> true;
            case "REJECT" -> false;
            default -> throw new MalformedFieldException("action must be ACCEPT or REJECT, found '" + action + "'");
        };
    }

    private static boolean isHeader(List<String> fields)
    {
        return fields.stream().allMatch(field -> FIELD_NAME.matcher(field).matches());
    }

    private static List<String> split(String line)
    {
        List<String> fields = new ArrayList<>(16);
        int length = line.length();
        int index = 0;
        while (index < length) {
            while (index < length && Character.isWhitespace(line.charAt(index))) {
                index++;
            }
            int start = index;
            while (index < length && !Character.isWhitespace(line.charAt(index))) {
                index++;
            }
            if (index > start) {
                fields.add(line.substring(start, index));
            }
        }
        return fields;
    }

    private static final class MalformedFieldException
            extends RuntimeException
    {
        MalformedFieldException(String message)
        {
            super(message, null, false, false);
        }
    }
}
