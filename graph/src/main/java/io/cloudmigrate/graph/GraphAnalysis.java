package io.cloudmigrate.graph;

import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What the graph stage found: the observed and configured edges of the dependency graph, what security
 * groups allow, the groups that must move together, the waves, and the observed traffic security
 * groups do not explain.
 *
 * @param nodes the resource ids in the graph, sorted
 * @param edges the observed and configured edges (allowed edges are derived from {@code reachability}),
 *         sorted by source, target, kind, port; an observed edge may have one end outside the
 *         estate, which is then no node (see {@link AddressAttribution#outsideEstate})
 * @param observedNotAllowed observed edges that no allowed edge covers (same ends; protocol equal or
 *         all; port equal, in the rule's range, or any), between two resources: traffic the security groups of the inventory do not explain, which
 *         usually means a rule the inventory does not show (a peer outside it, a prefix list); sorted
 *         as {@code edges}
 * @param reachability what security groups allow, as the rules that make allowed edges (by group id,
 *         then rule order); the allowed edges themselves are not stored, since a rule naming a VPC's block
 *         makes one per pair of its workloads: {@link AllowedPairs} derives them, and the allowed edges
 *         that cover no observed edge, where they are needed
 */
public record GraphAnalysis(
        List<String> nodes,
        List<DependencyEdge> edges,
        List<MoveGroup> moveGroups,
        List<MigrationWave> waves,
        List<DependencyEdge> observedNotAllowed,
        List<GroupReachability> reachability)
{
    /** The order of {@link #edges()}. */
    public static final Comparator<DependencyEdge> EDGE_ORDER = Comparator.comparing(DependencyEdge::source)
            .thenComparing(DependencyEdge::target)
            .thenComparing(DependencyEdge::kind)
            .thenComparingInt(DependencyEdge::port)
            .thenComparing(DependencyEdge::protocol, Comparator.nullsFirst(Comparator.naturalOrder()));

    public GraphAnalysis
    {
        nodes = requireNonNull(nodes, "nodes is null").stream().sorted().toList();
        edges = requireNonNull(edges, "edges is null").stream().sorted(EDGE_ORDER).toList();
        moveGroups = List.copyOf(requireNonNull(moveGroups, "moveGroups is null"));
        waves = requireNonNull(waves, "waves is null").stream().sorted(Comparator.comparingInt(MigrationWave::number)).toList();
        observedNotAllowed = requireNonNull(observedNotAllowed, "observedNotAllowed is null").stream().sorted(EDGE_ORDER).toList();
        reachability = List.copyOf(requireNonNull(reachability, "reachability is null"));
    }
}
