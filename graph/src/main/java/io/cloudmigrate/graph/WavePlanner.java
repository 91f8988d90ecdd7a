package io.cloudmigrate.graph;

import io.cloudmigrate.graph.internal.CondensationWavePlanner;

import java.util.Collection;
import java.util.List;

/**
 * Orders resources into migration waves so that a resource moves after everything it depends on.
 */
public interface WavePlanner
{
    /**
     * Plans on the condensation of the dependency graph: every strongly connected component becomes
     * one node, and a component's wave is one more than the longest path from it to a component that
     * depends on nothing. Resources that depend on nothing are in wave 1; members of one cycle share a
     * wave. Runs in O(V + E).
     */
    static WavePlanner condensation()
    {
        return new CondensationWavePlanner();
    }

    /**
     * As {@link #condensation()}, then cuts every wave of more than {@code maximumWaveSize} resources
     * into consecutive waves of at most that many, never splitting a {@link MoveGroup}: a group larger
     * than the maximum gets a wave to itself.
     *
     * @throws IllegalArgumentException if {@code maximumWaveSize} is less than 1
     */
    static WavePlanner condensation(int maximumWaveSize)
    {
        return new CondensationWavePlanner(maximumWaveSize);
    }

    /**
     * Plans waves.
     *
     * @param nodes every resource to place; each lands in exactly one wave
     * @param dependencies edges whose source depends on their target; every edge given counts,
     *         whatever its kind, so callers pass only the edges they treat as dependencies
     * @return waves numbered from 1 without gaps
     * @throws IllegalArgumentException if an edge names a resource that is not among {@code nodes}
     */
    List<MigrationWave> plan(Collection<String> nodes, Collection<DependencyEdge> dependencies);
}
