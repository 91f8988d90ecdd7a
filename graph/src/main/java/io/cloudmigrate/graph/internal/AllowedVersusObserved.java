package io.cloudmigrate.graph.internal;

import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the observed edges with the allowed ones. An allowed edge covers an observed edge with the
 * same ends when its protocol is the same or all ({@code -1}), and its rules admit the observed port:
 * the same port, a range that holds it, or all ports. Only edges between two resources are compared:
 * security groups make no allowed edges from the internet or other outside groups (see
 * {@link SecurityGroupReachability}), so every such observed edge would count as unexplained.
 */
final class AllowedVersusObserved
{
    private final List<DependencyEdge> observedNotAllowed = new ArrayList<>();
    private final List<DependencyEdge> allowedNotObserved = new ArrayList<>();

    private final EdgeCollector collector;

    /** {@code edges} are the collector's, without those that have an end outside the estate. */
    AllowedVersusObserved(List<DependencyEdge> edges, EdgeCollector collector)
    {
        this.collector = collector;
        // Only looked up, never iterated, so hash order cannot reach the output.
        Map<String, List<DependencyEdge>> allowedByEnds = new HashMap<>();
        Map<String, List<DependencyEdge>> observedByEnds = new HashMap<>();
        for (DependencyEdge edge : edges) {
            switch (edge.kind()) {
                case ALLOWED -> allowedByEnds.computeIfAbsent(ends(edge), ignored -> new ArrayList<>()).add(edge);
                case OBSERVED -> observedByEnds.computeIfAbsent(ends(edge), ignored -> new ArrayList<>()).add(edge);
                case CONFIGURED -> {}
            }
        }
        for (DependencyEdge edge : edges) {
            if (edge.kind() == EdgeKind.OBSERVED
                    && allowedByEnds.getOrDefault(ends(edge), List.of()).stream().noneMatch(allowed -> covers(allowed, edge))) {
                observedNotAllowed.add(edge);
            }
            if (edge.kind() == EdgeKind.ALLOWED
                    && observedByEnds.getOrDefault(ends(edge), List.of()).stream().noneMatch(observed -> covers(edge, observed))) {
                allowedNotObserved.add(edge);
            }
        }
    }

    List<DependencyEdge> observedNotAllowed()
    {
        return List.copyOf(observedNotAllowed);
    }

    List<DependencyEdge> allowedNotObserved()
    {
        return List.copyOf(allowedNotObserved);
    }

    private boolean covers(DependencyEdge allowed, DependencyEdge observed)
    {
        if (Protocols.ALL.equals(allowed.protocol())) {
            return true;
        }
        return allowed.protocol() != null && allowed.protocol().equals(observed.protocol()) && collector.allowsPort(allowed, observed.port());
    }

    private static String ends(DependencyEdge edge)
    {
        return edge.source() + "\n" + edge.target();
    }
}
