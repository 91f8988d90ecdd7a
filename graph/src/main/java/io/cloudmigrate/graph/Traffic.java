package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.DocumentKind;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The {@code traffic.json} document: flow-log records aggregated into edges.
 *
 * @param records flow-log records read (excluding headers)
 * @param malformed records that could not be parsed
 * @param malformedSamples the first few malformed records as {@code file:line: reason}
 * @param edges sorted by source, target, port, protocol; since version 2 without the traffic that
 *     {@code rejected} summarises
 * @param rejected since version 2: traffic only ever rejected, from the internet, one summary per target, port
 *     and protocol, sorted by them; empty in a version 1 document, whose edges hold such traffic edge by edge
 */
@DocumentKind("traffic")
public record Traffic(int schemaVersion, long records, long malformed, List<String> malformedSamples, List<TrafficEdge> edges,
        List<RejectedTraffic> rejected)
{
    /** Version 2 added {@code rejected}. */
    public static final int SCHEMA_VERSION = 2;

    public static final Traffic EMPTY = new Traffic(SCHEMA_VERSION, 0, 0, List.of(), List.of(), List.of());

    public Traffic
    {
        malformedSamples = List.copyOf(requireNonNull(malformedSamples, "malformedSamples is null"));
        List<TrafficEdge> sorted = new ArrayList<>(requireNonNull(edges, "edges is null"));
        sorted.sort(Traffic::compare);
        edges = Collections.unmodifiableList(sorted);
        // A version 1 document has no such field: its scanners are edges.
        if (rejected == null && schemaVersion < 2) {
            rejected = List.of();
        }
        List<RejectedTraffic> summaries = new ArrayList<>(requireNonNull(rejected, "rejected is null"));
        summaries.sort(Traffic::compare);
        rejected = Collections.unmodifiableList(summaries);
    }

    /** Traffic without summaries of rejected traffic: every edge kept as it is. */
    public Traffic(int schemaVersion, long records, long malformed, List<String> malformedSamples, List<TrafficEdge> edges)
    {
        this(schemaVersion, records, malformed, malformedSamples, edges, List.of());
    }

    private static int compare(RejectedTraffic left, RejectedTraffic right)
    {
        int order = left.target().compareTo(right.target());
        if (order != 0) {
            return order;
        }
        order = Integer.compare(left.port(), right.port());
        return order != 0 ? order : Integer.compare(left.protocol(), right.protocol());
    }

    // One plain method rather than a chain of key extractors: it is called a few hundred thousand times for a
    // large flow log, often before the compiler has reached it.
    private static int compare(TrafficEdge left, TrafficEdge right)
    {
        int order = left.source().compareTo(right.source());
        if (order != 0) {
            return order;
        }
        order = left.target().compareTo(right.target());
        if (order != 0) {
            return order;
        }
        order = Integer.compare(left.port(), right.port());
        return order != 0 ? order : Integer.compare(left.protocol(), right.protocol());
    }
}
