package io.cloudmigrate.graph.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Where each field the aggregation needs sits in a record, as named by a header line or by the
 * default version 2 format. Optional fields absent from the format have index -1.
 */
public record FlowLogFormat(
        int fieldCount,
        int sourceAddress,
        int destinationAddress,
        int sourcePort,
        int destinationPort,
        int protocol,
        int action,
        int packets,
        int bytes,
        int start,
        int end,
        int logStatus)
{
    /** The default format, version 2, in the order AWS writes it. */
    public static final List<String> VERSION_2_FIELDS = List.of(
            "version", "account-id", "interface-id", "srcaddr", "dstaddr", "srcport", "dstport",
            "protocol", "packets", "bytes", "start", "end", "action", "log-status");

    /** Without these a record says nothing about who talks to whom. */
    public static final List<String> REQUIRED_FIELDS = List.of("srcaddr", "dstaddr", "srcport", "dstport", "protocol", "action");

    public static final FlowLogFormat VERSION_2 = of(VERSION_2_FIELDS);

    /** The format named by the field names of a header, in order. */
    public static FlowLogFormat of(List<String> fieldNames)
    {
        List<String> problems = problems(fieldNames);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new FlowLogFormat(
                fieldNames.size(),
                fieldNames.indexOf("srcaddr"),
                fieldNames.indexOf("dstaddr"),
                fieldNames.indexOf("srcport"),
                fieldNames.indexOf("dstport"),
                fieldNames.indexOf("protocol"),
                fieldNames.indexOf("action"),
                fieldNames.indexOf("packets"),
                fieldNames.indexOf("bytes"),
                fieldNames.indexOf("start"),
                fieldNames.indexOf("end"),
                fieldNames.indexOf("log-status"));
    }

    /** What keeps the field names from being a usable format; empty when they are one. */
    public static List<String> problems(List<String> fieldNames)
    {
        requireNonNull(fieldNames, "fieldNames is null");
        List<String> problems = new ArrayList<>();
        List<String> missing = REQUIRED_FIELDS.stream().filter(name -> !fieldNames.contains(name)).toList();
        if (!missing.isEmpty()) {
            problems.add("the header lacks " + String.join(", ", missing));
        }
        Set<String> seen = new HashSet<>();
        List<String> repeated = fieldNames.stream().filter(name -> !seen.add(name)).distinct().toList();
        if (!repeated.isEmpty()) {
            problems.add("the header repeats " + String.join(", ", repeated));
        }
        return problems;
    }
}
