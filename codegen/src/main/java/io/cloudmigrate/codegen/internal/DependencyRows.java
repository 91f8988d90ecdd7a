package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.graph.DependencyEdge;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * The rows of a runbook's dependencies on other waves (and of later waves on it). Edges between the
 * same security groups, waves, kind and port are one row with a count and examples once there are more
 * than {@value ConnectivityChecks#EXAMPLES} of them, as in the connectivity checks; fewer stay a row
 * each with their own evidence. At 1,000 instances an edge a row made this table a third of the runbook,
 * every instance behind a load balancer repeating the same reason.
 */
final class DependencyRows
{
    private record Key(String source, String target, String wave, String kind, String port) {}

    private DependencyRows() {}

    /**
     * @param edges in the order the table gives them
     * @param outgoing whether the edges leave the runbook's members (their sources are members) or enter them
     */
    static List<RunbookModel.Dependency> of(EstateIndex index, ConnectivityChecks checks, List<DependencyEdge> edges, boolean outgoing)
    {
        requireNonNull(index, "index is null");
        // insertion order: the order of the edges, which is sorted
        Map<Key, List<DependencyEdge>> groups = new LinkedHashMap<>();
        for (DependencyEdge edge : edges) {
            OptionalInt wave = index.wave(outgoing ? edge.target() : edge.source());
            Key key = new Key(checks.groupLabel(edge.source()), checks.groupLabel(edge.target()), wave.isEmpty() ? "-" : Labels.wave(wave.getAsInt()),
                    edge.kind().name().toLowerCase(Locale.ROOT), ConnectivityChecks.port(edge));
            groups.computeIfAbsent(key, ignored -> new ArrayList<>()).add(edge);
        }
        List<RunbookModel.Dependency> rows = new ArrayList<>();
        for (Map.Entry<Key, List<DependencyEdge>> group : groups.entrySet()) {
            Key key = group.getKey();
            List<DependencyEdge> members = group.getValue();
            if (members.size() <= ConnectivityChecks.EXAMPLES) {
                members.forEach(edge -> rows.add(new RunbookModel.Dependency(index.displayName(edge.source()), index.displayName(edge.target()),
                        key.wave(), key.kind(), key.port(), edge.evidence())));
                continue;
            }
            TreeSet<String> sources = new TreeSet<>();
            TreeSet<String> targets = new TreeSet<>();
            TreeSet<String> examples = new TreeSet<>();
            for (DependencyEdge edge : members) {
                sources.add(index.displayName(edge.source()));
                targets.add(index.displayName(edge.target()));
                examples.add(index.displayName(edge.source()) + " to " + index.displayName(edge.target()));
                if (examples.size() > ConnectivityChecks.EXAMPLES) {
                    examples.pollLast();
                }
            }
            rows.add(new RunbookModel.Dependency(side(sources, key.source()), side(targets, key.target()), key.wave(), key.kind(), key.port(),
                    members.size() + " edges, for example " + String.join(", ", examples) + ", …"));
        }
        return List.copyOf(rows);
    }

    private static String side(TreeSet<String> names, String group)
    {
        return names.size() == 1 ? names.first() : names.size() + " resources of " + group;
    }
}
