package io.cloudmigrate.graph.internal;

import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the observed edges with the allowed ones. An allowed edge covers an observed edge with the
 * same ends when its protocol is the same or all ({@code -1}), and its port the same or any (-1: the
 * rule names a range or all ports; the range itself is in the evidence, not the edge, so any port of
 * such a rule counts as covered).
 */
final class AllowedVersusObserved
{
    private final List<DependencyEdge> observedNotAllowed = new ArrayList<>();
    private final List<DependencyEdge> allowedNotObserved = new ArrayList<>();

    AllowedVersusObserved(List<DependencyEdge> edges)
    {
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

    private static boolean covers(DependencyEdge allowed, DependencyEdge observed)
    {
        boolean protocol = Protocols.ALL.equals(allowed.protocol()) || (allowed.protocol() != null && allowed.protocol().equals(observed.protocol()));
        return protocol && (allowed.port() == -1 || allowed.port() == observed.port());
    }

    private static String ends(DependencyEdge edge)
    {
        return edge.source() + "\n" + edge.target();
    }
}
