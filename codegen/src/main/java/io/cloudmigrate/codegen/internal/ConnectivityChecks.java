package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.Strategy;

import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * The paths a runbook's resources use or are allowed, summarised for a person who checks them: one
 * row per client group, server group, port and kind, where a resource's group is its security groups
 * (the unit a rule admits) or, without any, the resource itself. A wave of 1,000 instances behind a
 * handful of groups is then a handful of rows to check from one client each, not one check per pair.
 *
 * <p>Observed and configured paths are the checks; paths only a security group allows go into a
 * separate list of rules to review, one row per server group and admitting rules (their {@code port}
 * is the rules, their {@code client} empty), and not at all when the same pair is observed or configured.
 * The work is linear in the pairs around the runbook's resources; the rows hold counts and at most
 * {@value #EXAMPLES} example pair each, never every pair.
 */
final class ConnectivityChecks
{
    /**
     * One example pair a row: the row's groups, port and count say what it covers, and the example
     * shows which resources to pick. Three made each row of these tables (hundreds at 1,000 instances)
     * two lines taller.
     */
    static final int EXAMPLES = 1;

    /** Both tables of a runbook. */
    record Summary(List<RunbookModel.Check> checks, List<RunbookModel.Check> rulesToReview) {}

    private record RowKey(String client, String server, String port, EdgeKind kind) {}

    private static final class Row
    {
        private int pairs;
        private final TreeSet<String> examples = new TreeSet<>();

        void add(String example)
        {
            pairs++;
            examples.add(example);
            if (examples.size() > EXAMPLES) {
                examples.pollLast();
            }
        }
    }

    private final EstateIndex index;
    private final Map<String, String> groupLabels = new HashMap<>();

    ConnectivityChecks(EstateIndex index)
    {
        this.index = requireNonNull(index, "index is null");
    }

    Summary of(List<Resource> members)
    {
        Set<String> inRunbook = new HashSet<>();
        // A retired member has no paths to check, and no path leads to what is retired by this wave.
        int wave = members.stream().mapToInt(member -> index.wave(member.id()).orElse(Integer.MAX_VALUE)).min().orElse(Integer.MAX_VALUE);
        for (Resource member : members.stream().filter(member -> !retiredBy(member.id(), wave)).toList()) {
            inRunbook.add(member.id());
            inRunbook.addAll(index.membersOf(member.id()));
        }
        Map<RowKey, Row> rows = new HashMap<>();
        Set<String> usedPaths = new HashSet<>();
        TreeSet<String> selves = new TreeSet<>(inRunbook);
        for (String self : selves) {
            for (DependencyEdge edge : index.edgesFrom(self)) {
                if (!retiredBy(edge.target(), wave)) {
                    addUsed(edge, self, edge.target(), rows, usedPaths);
                }
            }
            for (DependencyEdge edge : index.edgesTo(self)) {
                // a path between two resources of the runbook is counted once, from its client
                if (!inRunbook.contains(edge.source()) && !retiredBy(edge.source(), wave)) {
                    addUsed(edge, self, edge.source(), rows, usedPaths);
                }
            }
        }
        // Allowed pairs are derived here, a resource at a time, and only counted: a rule naming a VPC's
        // block admits every workload of the VPC.
        Map<RowKey, Row> allowedRows = new HashMap<>();
        for (String self : selves) {
            for (DependencyEdge edge : index.allowed().outOf(self)) {
                if (!retiredBy(edge.target(), wave)) {
                    addAllowed(edge, allowedRows, usedPaths);
                }
            }
            for (DependencyEdge edge : index.allowed().into(self)) {
                if (!inRunbook.contains(edge.source()) && !retiredBy(edge.source(), wave)) {
                    addAllowed(edge, allowedRows, usedPaths);
                }
            }
        }
        return new Summary(sorted(rows), sorted(allowedRows));
    }

    /** Whether the resource is retired in the given wave or an earlier one. */
    private boolean retiredBy(String resourceId, int wave)
    {
        return index.recommendation(resourceId).map(Recommendation::strategy).orElse(null) == Strategy.RETIRE
                && index.wave(resourceId).orElse(Integer.MAX_VALUE) <= wave;
    }

    private void addUsed(DependencyEdge edge, String self, String other, Map<RowKey, Row> rows, Set<String> usedPaths)
    {
        // a cluster and its members move together; the edges between them are not paths to check
        if (!edge.kind().ordersMigration() || index.memberAndGroup(self, other)) {
            return;
        }
        if (usedPaths.add(pathKey(edge) + "\u0000" + edge.kind())) {
            usedPaths.add(pathKey(edge));
            add(rows, edge);
        }
    }

    /**
     * A rule to review is one row per server group and the rules that admit the clients, whichever
     * the clients: a rule naming a VPC's block admits a client of every group in the VPC.
     */
    private void addAllowed(DependencyEdge edge, Map<RowKey, Row> rows, Set<String> usedPaths)
    {
        if (!usedPaths.contains(pathKey(edge)) && !index.memberAndGroup(edge.source(), edge.target())) {
            RowKey key = new RowKey("", tableLabel(edge.target()), rule(edge), edge.kind());
            rows.computeIfAbsent(key, ignored -> new Row()).add(index.displayName(edge.source()) + " to " + index.displayName(edge.target()));
        }
    }

    private void add(Map<RowKey, Row> rows, DependencyEdge edge)
    {
        RowKey key = new RowKey(tableLabel(edge.source()), tableLabel(edge.target()), port(edge), edge.kind());
        rows.computeIfAbsent(key, ignored -> new Row()).add(index.displayName(edge.source()) + " to " + index.displayName(edge.target()));
    }

    // Allowed edges carry no port (the rules name them), so a used path is matched by its ends and protocol.
    private static String pathKey(DependencyEdge edge)
    {
        return edge.source() + "\u0000" + edge.target() + "\u0000" + edge.protocol();
    }

    /** What a resource's paths are summarised by: its security groups, or itself without any. */
    String groupLabel(String resourceId)
    {
        String label = tableLabel(resourceId);
        return securityGroupIds(resourceId).isEmpty() ? label : "security group " + label;
    }

    /** As {@link #groupLabel}, without the words "security group", which the tables' headers say once. */
    private String tableLabel(String resourceId)
    {
        return groupLabels.computeIfAbsent(resourceId, id -> {
            List<String> groups = securityGroupIds(id).stream()
                    .map(groupId -> index.securityGroup(groupId).map(SecurityGroup::groupName).orElse(groupId) + " (" + groupId + ")")
                    .toList();
            return groups.isEmpty() ? index.displayName(id) : String.join(" + ", groups);
        });
    }

    private List<String> securityGroupIds(String resourceId)
    {
        return index.hasResource(resourceId) ? index.resource(resourceId).network().securityGroupIds().stream().distinct().sorted().toList() : List.of();
    }

    /**
     * The rules that admit an allowed path, as the graph words them ({@code sg-0db allows sg-0web on
     * tcp/5432}), without the server's group when it has only one, which the row's first cell names.
     */
    private String rule(DependencyEdge edge)
    {
        List<String> groups = securityGroupIds(edge.target());
        if (groups.size() != 1) {
            return edge.evidence();
        }
        String own = groups.getFirst() + " allows ";
        List<String> rules = List.of(edge.evidence().split("; ", -1));
        return rules.stream().allMatch(rule -> rule.startsWith(own))
                ? String.join("; ", rules.stream().map(rule -> rule.substring(own.length() - "allows ".length())).toList())
                : edge.evidence();
    }

    private static List<RunbookModel.Check> sorted(Map<RowKey, Row> rows)
    {
        return rows.entrySet().stream()
                .map(entry -> new RunbookModel.Check(entry.getKey().client(), entry.getKey().server(), entry.getKey().port(),
                        entry.getKey().kind().name().toLowerCase(Locale.ROOT), entry.getValue().pairs,
                        String.join(", ", entry.getValue().examples) + (entry.getValue().pairs > entry.getValue().examples.size() ? ", …" : "")))
                .sorted(Comparator.comparing(RunbookModel.Check::client).thenComparing(RunbookModel.Check::server)
                        .thenComparing(RunbookModel.Check::port).thenComparing(RunbookModel.Check::kind))
                .toList();
    }

    static String port(DependencyEdge edge)
    {
        if (edge.port() < 0) {
            return "-";
        }
        return (edge.protocol() == null || edge.protocol().equals("-1") ? "port " : edge.protocol() + "/") + edge.port();
    }
}
