package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Derives allowed edges from an analysis's group reachability; see {@link io.cloudmigrate.graph.AllowedPairs}.
 */
public final class AllowedEdges
{
    private final Workloads workloads;
    private final SecurityGroupReachability reachability;
    private final Map<String, List<DependencyEdge>> observedByTarget = new HashMap<>();

    public AllowedEdges(Inventory inventory, GraphAnalysis analysis)
    {
        this.workloads = new Workloads(inventory);
        this.reachability = new SecurityGroupReachability(workloads, analysis.reachability());
        // Only looked up, never iterated.
        for (DependencyEdge edge : analysis.edges()) {
            if (edge.kind() == EdgeKind.OBSERVED && workloads.contains(edge.source()) && workloads.contains(edge.target())) {
                observedByTarget.computeIfAbsent(edge.target(), key -> new ArrayList<>()).add(edge);
            }
        }
    }

    public List<DependencyEdge> into(String target)
    {
        return workloads.contains(target) ? reachability.into(target) : List.of();
    }

    public List<DependencyEdge> outOf(String source)
    {
        if (!workloads.contains(source)) {
            return List.of();
        }
        EdgeCollector edges = new EdgeCollector();
        for (String target : reachability.targetsOf(source)) {
            reachability.collectBetween(source, target, edges);
        }
        return edges.edges();
    }

    public void forEach(Consumer<DependencyEdge> action)
    {
        for (String target : workloads.ids()) {
            reachability.into(target).forEach(action);
        }
    }

    public List<DependencyEdge> all()
    {
        List<DependencyEdge> result = new ArrayList<>();
        forEach(result::add);
        result.sort(GraphAnalysis.EDGE_ORDER);
        return List.copyOf(result);
    }

    public List<DependencyEdge> notObserved()
    {
        List<DependencyEdge> result = new ArrayList<>();
        for (String target : workloads.ids()) {
            result.addAll(AllowedVersusObserved.allowedNotObserved(target, observedByTarget.getOrDefault(target, List.of()), reachability));
        }
        result.sort(GraphAnalysis.EDGE_ORDER);
        return List.copyOf(result);
    }
}
