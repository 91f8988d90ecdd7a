package io.cloudmigrate.graph.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * The field order of flow-log records (versions 2 to 5), as a header line or a flow log's
 * {@code LogFormat} names it, and where each field the aggregation reads sits. Optional fields the
 * format lacks have index -1. A format always names the required fields once each: a header line that
 * does not is no header (see {@link #problems}).
 */
public record FlowLogFormat(List<String> fieldNames)
{
    /** The default format, version 2, in the order AWS writes it. */
    public static final List<String> VERSION_2_FIELDS = List.of(
            "version", "account-id", "interface-id", "srcaddr", "dstaddr", "srcport", "dstport",
            "protocol", "packets", "bytes", "start", "end", "action", "log-status");

    /** Without these a record says nothing about who talks to whom. */
    public static final List<String> REQUIRED_FIELDS = List.of("srcaddr", "dstaddr", "srcport", "dstport", "protocol", "action");

    public static final FlowLogFormat VERSION_2 = new FlowLogFormat(VERSION_2_FIELDS);

    // As DescribeFlowLogs returns it: "${version} ${account-id} ${interface-id} ...".
    private static final Pattern LOG_FORMAT_FIELD = Pattern.compile("\\$\\{([a-z][a-z0-9-]*)}");

    /**
     * @throws IllegalArgumentException naming what is wrong, when the names lack a required field or repeat one
     */
    public FlowLogFormat
    {
        fieldNames = List.copyOf(requireNonNull(fieldNames, "fieldNames is null"));
        List<String> problems = problems(fieldNames);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the format " + String.join(" and ", problems));
        }
    }

    /**
     * The format of a flow log's {@code LogFormat} string, e.g. {@code ${version} ${srcaddr} ${dstaddr} …}.
     *
     * @throws IllegalArgumentException naming what is wrong, when the text is not such a string or lacks required fields
     */
    public static FlowLogFormat ofLogFormat(String logFormat)
    {
        requireNonNull(logFormat, "logFormat is null");
        List<String> fieldNames = new ArrayList<>();
        for (String token : logFormat.trim().split("\\s+")) {
            Matcher matcher = LOG_FORMAT_FIELD.matcher(token);
            if (!matcher.matches()) {
                throw new IllegalArgumentException("'" + token + "' is not a ${field-name} of a flow-log format");
            }
            fieldNames.add(matcher.group(1));
        }
        List<String> problems = problems(fieldNames);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("the log format " + String.join(" and ", problems));
        }
        return new FlowLogFormat(fieldNames);
    }

    /**
     * What keeps the field names from being a usable format ({@code lacks srcport, dstport},
     * {@code repeats srcaddr}); empty when they are one. Names CloudMigrate does not read are fine: AWS
     * adds fields from version to version, and a record's other fields are read all the same.
     */
    public static List<String> problems(List<String> fieldNames)
    {
        requireNonNull(fieldNames, "fieldNames is null");
        List<String> problems = new ArrayList<>();
        List<String> missing = REQUIRED_FIELDS.stream().filter(name -> !fieldNames.contains(name)).toList();
        if (!missing.isEmpty()) {
            problems.add("lacks " + String.join(", ", missing));
        }
        Set<String> seen = new HashSet<>();
        List<String> repeated = fieldNames.stream().filter(name -> !seen.add(name)).distinct().toList();
        if (!repeated.isEmpty()) {
            problems.add("repeats " + String.join(", ", repeated));
        }
        return problems;
    }

    public int fieldCount()
    {
        return fieldNames.size();
    }

    /** The position of a field in a record, or -1 when the format lacks it. */
    public int indexOf(String fieldName)
    {
        return fieldNames.indexOf(fieldName);
    }
}
