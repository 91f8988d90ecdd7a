package io.cloudmigrate.graph.internal;

import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares the observed edges with the allowed ones. An allowed edge covers an observed edge with the
 * same ends when its protocol is the same or all ({@code -1}), and its rules admit the observed port:
 * the same port, a range that holds it, or all ports. Only edges between two resources are compared:
 * security groups make no allowed edges from the internet or other outside groups (see
 * {@link SecurityGroupReachability}), so every such observed edge would count as unexplained.
 *
 * <p>The allowed edges are derived per pair of ends (or per target) from the reachability, never all at once.
 */
final class AllowedVersusObserved
{
    private AllowedVersusObserved() {}

    /**
     * The observed edges no allowed edge covers.
     *
     * @param observed observed edges between two resources, sorted as the graph's edges (by source, then target)
     */
    static List<DependencyEdge> observedNotAllowed(List<DependencyEdge> observed, SecurityGroupReachability reachability)
    {
        List<DependencyEdge> result = new ArrayList<>();
        EdgeCollector allowed = null;
        List<DependencyEdge> allowedEdges = List.of();
        DependencyEdge previous = null;
        for (DependencyEdge edge : observed) {
            if (edge.kind() != EdgeKind.OBSERVED) {
                continue;
            }
            if (previous == null || !previous.source().equals(edge.source()) || !previous.target().equals(edge.target())) {
                allowed = new EdgeCollector();
                reachability.collectBetween(edge.source(), edge.target(), allowed);
                allowedEdges = allowed.edges();
                previous = edge;
            }
            EdgeCollector collector = allowed;
            if (allowedEdges.stream().noneMatch(candidate -> covers(candidate, edge, collector))) {
                result.add(edge);
            }
        }
        return List.copyOf(result);
    }

    /**
     * The allowed edges into {@code target} that cover no observed edge.
     *
     * @param observedInto the observed edges into {@code target}
     */
    static List<DependencyEdge> allowedNotObserved(String target, List<DependencyEdge> observedInto, SecurityGroupReachability reachability)
    {
        EdgeCollector collector = new EdgeCollector();
        reachability.collectInto(target, collector);
        List<DependencyEdge> result = new ArrayList<>();
        for (DependencyEdge allowed : collector.edges()) {
            boolean used = observedInto.stream()
                    .anyMatch(observed -> observed.kind() == EdgeKind.OBSERVED && observed.source().equals(allowed.source()) && covers(allowed, observed, collector));
            if (!used) {
                result.add(allowed);
            }
        }
        return List.copyOf(result);
    }

    private static boolean covers(DependencyEdge allowed, DependencyEdge observed, EdgeCollector collector)
    {
        if (Protocols.ALL.equals(allowed.protocol())) {
            return true;
        }
        return allowed.protocol() != null && Objects.equals(allowed.protocol(), observed.protocol()) && collector.allowsPort(allowed, observed.port());
    }
}
