package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.graph.EdgeKind;

import static java.util.Objects.requireNonNull;

/**
 * An edge of the dependency graph as the API shows it: {@code source} depends on {@code target}.
 *
 * @param id stable within the assessment: {@code e1}, {@code e2} … in the graph's edge order
 * @param port the destination port, or -1 when the edge is not about one port
 * @param protocol {@code tcp}, {@code udp}, {@code icmp}, {@code -1} for all, or {@code null}
 */
public record GraphEdge(
        String id,
        String source,
        String target,
        EdgeKind kind,
        int port,
        String protocol,
        long flows,
        long bytes,
        String evidence)
{
    public GraphEdge
    {
        requireNonNull(id, "id is null");
        requireNonNull(source, "source is null");
        requireNonNull(target, "target is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(evidence, "evidence is null");
    }
}
