package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Memberships;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.GraphErrorCode;
import io.cloudmigrate.graph.GraphView;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.MoveGroup;
import io.cloudmigrate.graph.ViewedGraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Applies a {@link GraphView}: members to their cluster, edge kinds, wave, focus and hops on the
 * resources, then the collapse, then merging edges that became parallel. Linear in the edges (plus
 * sorting).
 */
public final class GraphViews
{
    private GraphViews() {}

    public static ViewedGraph apply(GraphView view, GraphAnalysis analysis, Inventory inventory)
    {
        Map<String, Resource> resources = new TreeMap<>();
        inventory.resources().forEach(resource -> resources.put(resource.id(), resource));
        SortedMap<String, String> groupByMember = Memberships.groupsByMember(inventory.resources());
        List<DependencyEdge> edges = new ArrayList<>();
        for (DependencyEdge edge : analysis.edges()) {
            if (view.kinds().contains(edge.kind())) {
                edges.add(edge);
            }
        }
        if (view.kinds().contains(EdgeKind.ALLOWED)) {
            edges.addAll(new AllowedEdges(inventory, analysis).all());
        }
        edges = edges.stream().map(edge -> renamed(edge, groupByMember.getOrDefault(edge.source(), edge.source()), groupByMember.getOrDefault(edge.target(), edge.target())))
                .filter(edge -> !edge.source().equals(edge.target()))
                .toList();
        Set<String> nodes = new TreeSet<>();
        analysis.nodes().forEach(node -> nodes.add(groupByMember.getOrDefault(node, node)));
        if (view.wave().isPresent()) {
            int number = view.wave().getAsInt();
            Set<String> members = new TreeSet<>();
            analysis.waves().stream().filter(wave -> wave.number() == number).findFirst()
                    .orElseThrow(() -> new CloudMigrateException(GraphErrorCode.UNKNOWN_RESOURCE, "the assessment has no wave " + number + " (it has "
                            + analysis.waves().size() + "); give the wave as a number from 1 to " + analysis.waves().size()))
                    .resourceIds().forEach(id -> members.add(groupByMember.getOrDefault(id, id)));
            edges = edges.stream().filter(edge -> members.contains(edge.source()) || members.contains(edge.target())).toList();
            nodes.retainAll(members);
        }
        if (view.focus().isPresent()) {
            String focus = resolve(view.focus().get(), resources, groupByMember);
            Set<String> near = near(focus, edges, view.hops());
            edges = edges.stream().filter(edge -> near.contains(edge.source()) && near.contains(edge.target())).toList();
            nodes.retainAll(near);
            nodes.add(focus);
        }
        edges.forEach(edge -> {
            if (resources.containsKey(edge.source())) {
                nodes.add(edge.source());
            }
            if (resources.containsKey(edge.target())) {
                nodes.add(edge.target());
            }
        });
        Map<String, String> unit = new TreeMap<>();
        for (String node : nodes) {
            unit.put(node, unit(view.collapse(), resources.get(node), node));
        }
        List<DependencyEdge> collapsed = merged(edges.stream()
                .map(edge -> renamed(edge, unit.getOrDefault(edge.source(), edge.source()), unit.getOrDefault(edge.target(), edge.target())))
                .filter(edge -> !edge.source().equals(edge.target()))
                .toList());
        Set<String> units = new TreeSet<>(unit.values());
        List<MoveGroup> groups = analysis.moveGroups().stream()
                .map(group -> new MoveGroup(group.id(), group.resourceIds().stream().filter(unit::containsKey).map(unit::get).distinct().toList()))
                .filter(group -> group.resourceIds().size() > 1)
                .toList();
        List<MigrationWave> waves = analysis.waves().stream()
                .map(wave -> new MigrationWave(wave.number(), wave.resourceIds().stream()
                        .map(id -> groupByMember.getOrDefault(id, id)).filter(unit::containsKey).map(unit::get).distinct().toList()))
                .toList();
        return new ViewedGraph(new GraphAnalysis(List.copyOf(units), collapsed, groups, waves, List.of(), List.of()),
                new ViewBoxes(resources).boxes(unit, resources, groupByMember, analysis.waves()));
    }

    private static String resolve(String focus, Map<String, Resource> resources, Map<String, String> groupByMember)
    {
        if (resources.containsKey(focus)) {
            return groupByMember.getOrDefault(focus, focus);
        }
        List<String> named = resources.values().stream().filter(resource -> resource.name().equals(focus)).map(Resource::id).toList();
        if (named.size() == 1) {
            return groupByMember.getOrDefault(named.getFirst(), named.getFirst());
        }
        throw new CloudMigrateException(GraphErrorCode.UNKNOWN_RESOURCE, named.isEmpty()
                ? "no resource of the assessment has the id or name " + focus + "; give the focus as a resource's ARN or name"
                : named.size() + " resources are named " + focus + " (" + String.join(", ", named) + "); give the focus as one of their ARNs");
    }

    // Breadth-first, both directions: what is within hops edges of the focus.
    private static Set<String> near(String focus, List<DependencyEdge> edges, int hops)
    {
        Map<String, Set<String>> neighbours = new TreeMap<>();
        for (DependencyEdge edge : edges) {
            neighbours.computeIfAbsent(edge.source(), ignored -> new TreeSet<>()).add(edge.target());
            neighbours.computeIfAbsent(edge.target(), ignored -> new TreeSet<>()).add(edge.source());
        }
        Map<String, Integer> distance = new TreeMap<>(Map.of(focus, 0));
        Deque<String> queue = new ArrayDeque<>(List.of(focus));
        while (!queue.isEmpty()) {
            String node = queue.removeFirst();
            int next = distance.get(node) + 1;
            if (next > hops) {
                continue;
            }
            for (String other : neighbours.getOrDefault(node, Set.of())) {
                if (distance.putIfAbsent(other, next) == null) {
                    queue.addLast(other);
                }
            }
        }
        return distance.keySet();
    }

    private static String unit(GraphView.Collapse collapse, Resource resource, String id)
    {
        if (resource == null) {
            return id;
        }
        return switch (collapse) {
            case NONE -> id;
            case VPC -> resource.network().vpcId() == null ? id : ViewBoxes.VPC + resource.network().vpcId();
            case SUBNET -> resource.network().subnetIds().isEmpty() ? id : ViewBoxes.SUBNET + resource.network().subnetIds().getFirst();
            case APP -> application(resource) == null ? id : ViewBoxes.APP + application(resource);
            case TYPE -> type(resource);
            case VPC_OR_TYPE -> resource.network().vpcId() == null ? type(resource) : ViewBoxes.VPC + resource.network().vpcId();
        };
    }

    private static String type(Resource resource)
    {
        return ViewBoxes.TYPE + resource.type().cloudFormationType();
    }

    private static String application(Resource resource)
    {
        for (String key : List.of("app", "application")) {
            String value = resource.tag(key);
            if (value != null && !value.isBlank()) {
                return value.strip();
            }
        }
        return null;
    }

    private static DependencyEdge renamed(DependencyEdge edge, String source, String target)
    {
        return source.equals(edge.source()) && target.equals(edge.target())
                ? edge
                : new DependencyEdge(source, target, edge.kind(), edge.port(), edge.protocol(), edge.flows(), edge.bytes(), edge.evidence());
    }

    private record Key(String source, String target, EdgeKind kind, int port, String protocol) {}

    // Parallel edges of one kind, port and protocol become one, with their volumes added.
    private static List<DependencyEdge> merged(List<DependencyEdge> edges)
    {
        Map<Key, List<DependencyEdge>> byKey = new TreeMap<>(java.util.Comparator.comparing(Key::source).thenComparing(Key::target).thenComparing(Key::kind)
                .thenComparingInt(Key::port).thenComparing(Key::protocol, java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder())));
        for (DependencyEdge edge : edges) {
            byKey.computeIfAbsent(new Key(edge.source(), edge.target(), edge.kind(), edge.port(), edge.protocol()), ignored -> new ArrayList<>()).add(edge);
        }
        List<DependencyEdge> result = new ArrayList<>();
        byKey.forEach((key, parallel) -> {
            DependencyEdge first = parallel.getFirst();
            result.add(parallel.size() == 1 ? first : new DependencyEdge(key.source(), key.target(), key.kind(), key.port(), key.protocol(),
                    parallel.stream().mapToLong(DependencyEdge::flows).sum(), parallel.stream().mapToLong(DependencyEdge::bytes).sum(),
                    parallel.size() + " edges, for example " + first.evidence()));
        });
        return result;
    }
}
