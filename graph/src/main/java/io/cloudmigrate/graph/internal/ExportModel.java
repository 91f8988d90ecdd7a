package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.MoveGroup;
import io.cloudmigrate.graph.ViewedGraph;
import org.jgrapht.Graph;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * What every export format shows about a node and an edge: the graph itself, names and types from
 * the inventory (a collapsed box's from the view), each node's wave and move group, how many resources
 * a box holds, and a stable id per edge ({@code e1}, {@code e2} … in the analysis' edge order).
 */
final class ExportModel
{
    private final Graph<String, DependencyEdge> graph;
    private final Map<String, Resource> resources = new HashMap<>();
    private final Map<String, SortedSet<Integer>> waves = new TreeMap<>();
    private final Map<String, ViewedGraph.Box> boxes;
    private final Map<String, String> groups = new HashMap<>();
    private final Map<DependencyEdge, String> edgeIds = new HashMap<>();

    ExportModel(ViewedGraph view, Inventory inventory)
    {
        requireNonNull(view, "view is null");
        requireNonNull(inventory, "inventory is null");
        GraphAnalysis analysis = view.analysis();
        boxes = view.boxes();
        // Outside ends (internet, on-premises …) are drawn as nodes of their own.
        Set<String> nodes = new TreeSet<>(analysis.nodes());
        // An export draws every edge, so the allowed pairs are derived here, in the graph's order.
        List<DependencyEdge> edges = new ArrayList<>(analysis.edges());
        edges.addAll(new AllowedEdges(inventory, analysis).all());
        edges.sort(GraphAnalysis.EDGE_ORDER);
        for (DependencyEdge edge : edges) {
            nodes.add(edge.source());
            nodes.add(edge.target());
        }
        graph = DependencyGraphs.build(nodes, edges);
        inventory.resources().forEach(resource -> resources.put(resource.id(), resource));
        for (MigrationWave wave : analysis.waves()) {
            wave.resourceIds().forEach(id -> waves.computeIfAbsent(id, ignored -> new TreeSet<>()).add(wave.number()));
        }
        for (MoveGroup group : analysis.moveGroups()) {
            group.resourceIds().forEach(id -> groups.put(id, group.id()));
        }
        List<DependencyEdge> drawn = List.copyOf(graph.edgeSet());
        for (int index = 0; index < drawn.size(); index++) {
            edgeIds.put(drawn.get(index), "e" + (index + 1));
        }
    }

    Graph<String, DependencyEdge> graph()
    {
        return graph;
    }

    String name(String id)
    {
        Resource resource = resources.get(id);
        ViewedGraph.Box box = boxes.get(id);
        return resource != null ? resource.name() : box != null ? box.label() : id;
    }

    /** How many resources a collapsed box holds, or {@code null} for a node that is one resource (or a cluster) or outside the estate. */
    Integer count(String id)
    {
        ViewedGraph.Box box = boxes.get(id);
        return box == null ? null : box.resources();
    }

    /** The box, or {@code null} for a node that is one resource (or a cluster) or outside the estate. */
    ViewedGraph.Box box(String id)
    {
        return boxes.get(id);
    }

    /** The resource type as CloudFormation names it, or an empty string when the inventory lacks the resource. */
    String type(String id)
    {
        Resource resource = resources.get(id);
        return resource == null ? "" : resource.type().cloudFormationType();
    }

    /** The wave (of a box holding resources of several, the last), or 0 when the analysis placed the node in none. */
    int wave(String id)
    {
        SortedSet<Integer> numbers = waves.get(id);
        return numbers == null ? 0 : numbers.last();
    }

    /** Every wave of the node, in order. */
    SortedSet<Integer> waves(String id)
    {
        return waves.getOrDefault(id, new TreeSet<>());
    }

    /** The move group id, or {@code null}. */
    String group(String id)
    {
        return groups.get(id);
    }

    String edgeId(DependencyEdge edge)
    {
        return edgeIds.get(edge);
    }
}
