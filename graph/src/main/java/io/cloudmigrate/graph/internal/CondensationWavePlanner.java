package io.cloudmigrate.graph.internal;

import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.WavePlanner;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.traverse.TopologicalOrderIterator;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Waves by longest path on the condensation: the strongly connected components (Kosaraju) become
 * the nodes of a DAG, and a component's wave is one more than the longest path from it to a sink.
 * Sinks depend on nothing and go first; every component goes after all it depends on, and as early
 * as that allows. Every wave from 1 to the last is non-empty, because a component in wave k has a
 * dependency in wave k - 1. Runs in O(V + E) (plus sorting the members of each wave).
 *
 * <p>With a maximum wave size, a larger wave is cut into consecutive waves of at most that many
 * resources. Its components are placed whole, in order of their smallest member id, so a cycle never
 * spans two waves (a cycle larger than the maximum gets a wave of its own). Cutting keeps the order
 * valid: nothing in a wave depends on anything else in it outside its own cycle.
 */
public final class CondensationWavePlanner
        implements WavePlanner
{
    private final int maximumWaveSize;

    /** Waves as large as the condensation makes them. */
    public CondensationWavePlanner()
    {
        this(Integer.MAX_VALUE);
    }

    public CondensationWavePlanner(int maximumWaveSize)
    {
        if (maximumWaveSize < 1) {
            throw new IllegalArgumentException("maximumWaveSize must be at least 1");
        }
        this.maximumWaveSize = maximumWaveSize;
    }

    @Override
    public List<MigrationWave> plan(Collection<String> nodes, Collection<DependencyEdge> dependencies)
    {
        Graph<String, DependencyEdge> graph = DependencyGraphs.build(nodes, dependencies);
        Graph<Graph<String, DependencyEdge>, DefaultEdge> condensation = new KosarajuStrongConnectivityInspector<>(graph).getCondensation();

        List<Graph<String, DependencyEdge>> order = new ArrayList<>(condensation.vertexSet().size());
        new TopologicalOrderIterator<>(condensation).forEachRemaining(order::add);

        // Components are graphs whose hashCode walks all their edges; identity is what is meant here and is cheap.
        Map<Graph<String, DependencyEdge>, Integer> waveOf = new IdentityHashMap<>();
        TreeMap<Integer, List<List<String>>> members = new TreeMap<>();
        for (Graph<String, DependencyEdge> component : order.reversed()) {
            int wave = 1;
            for (DefaultEdge edge : condensation.outgoingEdgesOf(component)) {
                wave = Math.max(wave, waveOf.get(condensation.getEdgeTarget(edge)) + 1);
            }
            waveOf.put(component, wave);
            members.computeIfAbsent(wave, ignored -> new ArrayList<>()).add(component.vertexSet().stream().sorted().toList());
        }
        List<MigrationWave> waves = new ArrayList<>(members.size());
        for (List<List<String>> components : members.values()) {
            components.sort(Comparator.comparing(List::getFirst));
            List<String> current = new ArrayList<>();
            for (List<String> component : components) {
                if (!current.isEmpty() && current.size() + component.size() > maximumWaveSize) {
                    waves.add(new MigrationWave(waves.size() + 1, current));
                    current = new ArrayList<>();
                }
                current.addAll(component);
            }
            waves.add(new MigrationWave(waves.size() + 1, current));
        }
        return List.copyOf(waves);
    }
}
