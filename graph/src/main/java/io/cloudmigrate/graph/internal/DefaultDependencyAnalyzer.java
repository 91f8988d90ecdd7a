package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Memberships;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.DependencyAnalyzer;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.GroupReachability;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.MoveGroup;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.graph.WavePlanner;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * Collects observed and configured edges over the workload resources, builds the JGraphT multigraph,
 * and finds move groups and waves on it; keeps what security groups allow as group reachability (see
 * {@link DependencyAnalyzer} for why allowed edges take no part in groups and waves), checking each
 * observed edge against it.
 */
public final class DefaultDependencyAnalyzer
        implements DependencyAnalyzer
{
    private final WavePlanner wavePlanner;

    public DefaultDependencyAnalyzer(WavePlanner wavePlanner)
    {
        this.wavePlanner = requireNonNull(wavePlanner, "wavePlanner is null");
    }

    @Override
    public GraphAnalysis analyze(Inventory inventory, Traffic traffic, AddressAttribution attribution)
    {
        requireNonNull(inventory, "inventory is null");
        requireNonNull(traffic, "traffic is null");
        requireNonNull(attribution, "attribution is null");
        Workloads workloads = new Workloads(inventory);

        EdgeCollector collector = new EdgeCollector();
        ObservedEdges.collect(traffic, attribution, workloads, collector);
        ConfiguredEdges.collect(workloads, attribution, collector);
        MembershipEdges.collect(workloads, collector);
        RouteEdges.collect(inventory, workloads, collector);
        List<DependencyEdge> edges = collector.edges();
        // Outside ends (internet, on-premises …) do not move, so they take no part in groups, waves or the comparison.
        List<DependencyEdge> betweenResources = edges.stream().filter(edge -> workloads.contains(edge.source()) && workloads.contains(edge.target())).toList();

        Graph<String, DependencyEdge> graph = DependencyGraphs.build(workloads.ids(), betweenResources);
        Set<DependencyEdge> dependencyEdges = new LinkedHashSet<>();
        for (DependencyEdge edge : graph.edgeSet()) {
            if (edge.kind().ordersMigration()) {
                dependencyEdges.add(edge);
            }
        }
        Graph<String, DependencyEdge> dependencies = new AsSubgraph<>(graph, graph.vertexSet(), dependencyEdges);

        List<MoveGroup> moveGroups = moveGroups(dependencies, Memberships.groupsByMember(inventory.resources()));
        List<MigrationWave> waves = wavePlanner.plan(workloads.ids(), betweenResources.stream().filter(edge -> edge.kind().ordersMigration()).toList());
        List<GroupReachability> reachability = SecurityGroupReachability.rules(inventory);
        List<DependencyEdge> observedNotAllowed = AllowedVersusObserved.observedNotAllowed(betweenResources, new SecurityGroupReachability(workloads, reachability));
        return new GraphAnalysis(workloads.ids(), edges, moveGroups, waves, observedNotAllowed, reachability);
    }

    /**
     * The cycles of the dependency graph, where a DB cluster or replication group and its members are
     * one unit: their edges to each other say they move as one (membership), not that each uses the
     * other, so a cluster alone is no cycle; a cycle through any member takes the whole unit.
     */
    private static List<MoveGroup> moveGroups(Graph<String, DependencyEdge> dependencies, Map<String, String> groupByMember)
    {
        Graph<String, DefaultEdge> units = new DefaultDirectedGraph<>(DefaultEdge.class);
        Map<String, List<String>> membersByUnit = new TreeMap<>();
        for (String node : new TreeSet<>(dependencies.vertexSet())) {
            String unit = groupByMember.getOrDefault(node, node);
            units.addVertex(unit);
            membersByUnit.computeIfAbsent(unit, ignored -> new ArrayList<>()).add(node);
        }
        for (DependencyEdge edge : dependencies.edgeSet()) {
            String source = groupByMember.getOrDefault(edge.source(), edge.source());
            String target = groupByMember.getOrDefault(edge.target(), edge.target());
            if (!source.equals(target) && units.containsVertex(source) && units.containsVertex(target)) {
                units.addEdge(source, target);
            }
        }
        List<List<String>> cycles = new ArrayList<>();
        for (Set<String> component : new KosarajuStrongConnectivityInspector<>(units).stronglyConnectedSets()) {
            if (component.size() > 1) {
                cycles.add(component.stream().flatMap(unit -> membersByUnit.get(unit).stream()).sorted().toList());
            }
        }
        cycles.sort(Comparator.comparing(List::getFirst));
        List<MoveGroup> groups = new ArrayList<>(cycles.size());
        for (int index = 0; index < cycles.size(); index++) {
            groups.add(new MoveGroup("group-" + (index + 1), cycles.get(index)));
        }
        return List.copyOf(groups);
    }
}
