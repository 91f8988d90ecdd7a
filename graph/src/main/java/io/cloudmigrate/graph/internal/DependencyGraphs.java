package io.cloudmigrate.graph.internal;

import io.cloudmigrate.graph.DependencyEdge;
import org.jgrapht.Graph;
import org.jgrapht.graph.builder.GraphTypeBuilder;

import java.util.Collection;
import java.util.Comparator;

/**
 * Builds the JGraphT form of the dependency graph: directed, several edges allowed between one pair
 * (an observed and an allowed edge, or two ports), no self-loops.
 *
 * <p>JGraphT keys edges by {@code equals}, and {@link DependencyEdge} is a record, so two equal
 * edge values are one edge; that is harmless here because equal records have equal ends. Vertices
 * and edges are inserted in sorted order, which is the order JGraphT iterates them in, so exports
 * are stable.
 */
public final class DependencyGraphs
{
    private static final Comparator<DependencyEdge> EDGE_ORDER = Comparator.comparing(DependencyEdge::source)
            .thenComparing(DependencyEdge::target)
            .thenComparing(DependencyEdge::kind)
            .thenComparingInt(DependencyEdge::port)
            .thenComparing(DependencyEdge::protocol, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(DependencyEdge::evidence);

    private DependencyGraphs() {}

    /**
     * @throws IllegalArgumentException if an edge names a node that is not given
     */
    public static Graph<String, DependencyEdge> build(Collection<String> nodes, Collection<DependencyEdge> edges)
    {
        Graph<String, DependencyEdge> graph = GraphTypeBuilder.<String, DependencyEdge>directed()
                .allowingMultipleEdges(true)
                .allowingSelfLoops(false)
                .weighted(false)
                .buildGraph();
        nodes.stream().sorted().forEach(graph::addVertex);
        edges.stream().sorted(EDGE_ORDER).forEach(edge -> {
            if (!graph.containsVertex(edge.source()) || !graph.containsVertex(edge.target())) {
                throw new IllegalArgumentException("edge " + edge.source() + " -> " + edge.target() + " names a resource that is not a node");
            }
            // A resource depending on itself says nothing about order.
            if (!edge.source().equals(edge.target())) {
                graph.addEdge(edge.source(), edge.target(), edge);
            }
        });
        return graph;
    }
}
