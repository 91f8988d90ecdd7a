package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.internal.AllowedEdges;

import java.util.List;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * The allowed edges ({@link EdgeKind#ALLOWED}) of an analysis, derived from its
 * {@link GraphAnalysis#reachability() reachability} over the workloads of the inventory it was made
 * from: one edge per (source, target, port, protocol), with the rules behind it as evidence, exactly as
 * security groups admit them. Ask for the pairs of one resource where a page shows them; the whole set
 * grows with the square of a VPC's workloads, so {@link #all()} is for exports and comparisons that
 * need every pair.
 *
 * <p>Building costs O(n log n) in the workloads and their addresses. {@link #into} costs the target's
 * rules plus the pairs found; {@link #outOf} the rules naming the source's groups or holding its
 * addresses, plus the rules of each target reached.
 */
public final class AllowedPairs
{
    private final AllowedEdges edges;

    private AllowedPairs(AllowedEdges edges)
    {
        this.edges = edges;
    }

    /** The allowed pairs of {@code analysis}, whose reachability was found over {@code inventory}. */
    public static AllowedPairs of(Inventory inventory, GraphAnalysis analysis)
    {
        requireNonNull(inventory, "inventory is null");
        requireNonNull(analysis, "analysis is null");
        return new AllowedPairs(new AllowedEdges(inventory, analysis));
    }

    /** The allowed edges into a resource, sorted as {@link GraphAnalysis#EDGE_ORDER}. */
    public List<DependencyEdge> into(String resourceId)
    {
        return edges.into(requireNonNull(resourceId, "resourceId is null"));
    }

    /** The allowed edges out of a resource, sorted as {@link GraphAnalysis#EDGE_ORDER}. */
    public List<DependencyEdge> outOf(String resourceId)
    {
        return edges.outOf(requireNonNull(resourceId, "resourceId is null"));
    }

    /** Every allowed edge, target by target (targets in id order), without holding them all. */
    public void forEach(Consumer<DependencyEdge> action)
    {
        edges.forEach(requireNonNull(action, "action is null"));
    }

    /** How many allowed edges there are. */
    public long count()
    {
        long[] count = new long[1];
        edges.forEach(edge -> count[0]++);
        return count[0];
    }

    /** Every allowed edge, sorted as {@link GraphAnalysis#EDGE_ORDER}. */
    public List<DependencyEdge> all()
    {
        return edges.all();
    }

    /**
     * The allowed edges that cover no observed edge (same ends; protocol equal or all; port equal, in the
     * rule's range, or any): reachability nothing used in the flow-log window, the candidates for
     * tightening into least-privilege security groups. Sorted as {@link GraphAnalysis#EDGE_ORDER}.
     */
    public List<DependencyEdge> notObserved()
    {
        return edges.notObserved();
    }
}
