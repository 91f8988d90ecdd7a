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
 * @param edges sorted by source, target, port, protocol
 */
@DocumentKind("traffic")
public record Traffic(int schemaVersion, long records, long malformed, List<String> malformedSamples, List<TrafficEdge> edges)
{
    public static final int SCHEMA_VERSION = 1;

    public static final Traffic EMPTY = new Traffic(SCHEMA_VERSION, 0, 0, List.of(), List.of());

    public Traffic
    {
        malformedSamples = List.copyOf(requireNonNull(malformedSamples, "malformedSamples is null"));
        List<TrafficEdge> sorted = new ArrayList<>(requireNonNull(edges, "edges is null"));
        sorted.sort(Traffic::compare);
        edges = Collections.unmodifiableList(sorted);
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
