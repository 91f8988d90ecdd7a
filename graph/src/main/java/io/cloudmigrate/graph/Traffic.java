package io.cloudmigrate.graph;

import java.util.Comparator;
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
public record Traffic(int schemaVersion, long records, long malformed, List<String> malformedSamples, List<TrafficEdge> edges)
{
    public static final int SCHEMA_VERSION = 1;

    public static final Traffic EMPTY = new Traffic(SCHEMA_VERSION, 0, 0, List.of(), List.of());

    public Traffic
    {
        malformedSamples = List.copyOf(requireNonNull(malformedSamples, "malformedSamples is null"));
        edges = requireNonNull(edges, "edges is null").stream()
                .sorted(Comparator.comparing(TrafficEdge::source)
                        .thenComparing(TrafficEdge::target)
                        .thenComparingInt(TrafficEdge::port)
                        .thenComparingInt(TrafficEdge::protocol))
                .toList();
    }
}
