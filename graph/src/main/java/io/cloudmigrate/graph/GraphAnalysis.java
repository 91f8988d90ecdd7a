package io.cloudmigrate.graph;

import java.util.Comparator;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What the graph stage found: the edges of the dependency graph, the groups that must move together,
 * and the waves.
 *
 * @param nodes the resource ids in the graph, sorted
 * @param edges sorted by source, target, kind, port
 */
public record GraphAnalysis(List<String> nodes, List<DependencyEdge> edges, List<MoveGroup> moveGroups, List<MigrationWave> waves)
{
    public GraphAnalysis
    {
        nodes = requireNonNull(nodes, "nodes is null").stream().sorted().toList();
        edges = requireNonNull(edges, "edges is null").stream()
                .sorted(Comparator.comparing(DependencyEdge::source)
                        .thenComparing(DependencyEdge::target)
                        .thenComparing(DependencyEdge::kind)
                        .thenComparingInt(DependencyEdge::port))
                .toList();
        moveGroups = List.copyOf(requireNonNull(moveGroups, "moveGroups is null"));
        waves = requireNonNull(waves, "waves is null").stream().sorted(Comparator.comparingInt(MigrationWave::number)).toList();
    }
}
