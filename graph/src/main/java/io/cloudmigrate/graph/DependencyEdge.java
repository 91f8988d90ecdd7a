package io.cloudmigrate.graph;

import static java.util.Objects.requireNonNull;

/**
 * A directed dependency: {@code source} depends on {@code target} (it opens connections to it, or
 * sends it requests). Both ends are resource ids (ARNs).
 *
 * @param port the destination port, or -1 when the edge is not about one port
 * @param protocol {@code tcp}, {@code udp}, {@code icmp}, {@code -1} for all, or {@code null}
 * @param flows accepted flows (observed edges only, else 0)
 * @param bytes accepted bytes (observed edges only, else 0)
 * @param evidence a short human-readable reason, e.g. {@code sg-0a1 allows sg-0b2 on tcp/5432}
 */
public record DependencyEdge(
        String source,
        String target,
        EdgeKind kind,
        int port,
        String protocol,
        long flows,
        long bytes,
        String evidence)
{
    public DependencyEdge
    {
        requireNonNull(source, "source is null");
        requireNonNull(target, "target is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(evidence, "evidence is null");
    }
}
