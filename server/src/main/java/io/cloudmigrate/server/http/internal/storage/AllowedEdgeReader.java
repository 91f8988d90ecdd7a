package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkInterface;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.SecurityGroupRule;
import io.cloudmigrate.graph.AllowedPairs;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.GroupReachability;
import io.cloudmigrate.server.http.internal.storage.GraphQuery.Ends;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The allowed edges of an assessment, derived where a page asks for them from the group-to-group
 * reachability {@link AllowedRows} stored, by the graph module's {@link AllowedPairs} (the code the CLI's
 * exports use): the targets whose edges may be selected are found by index, in edge order from the
 * cursor on, and only their pairs are derived, until the page is full. An edge's id and ordinal are
 * the target's first ordinal plus its place among the target's pairs, as if every pair were a row.
 *
 * <p>What the derivation reads (the estate's resources, network interfaces and rules) is built once per
 * assessment and kept for the {@value #CACHED_ASSESSMENTS} assessments read last, and the pairs of the
 * targets derived last are kept too (up to {@value #DERIVED_EDGES_KEPT} edges): an assessment never
 * changes once stored, so what is kept is never stale.
 */
final class AllowedEdgeReader
{
    static final int CACHED_ASSESSMENTS = 8;
    private static final int TARGETS_PER_QUERY = 16;

    /** Guarded by {@code this}; in access order, the least recently read first. */
    private final Map<UUID, Derivation> derivations = new LinkedHashMap<>(16, 0.75f, true)
    {
        @Override
        protected boolean removeEldestEntry(Map.Entry<UUID, Derivation> eldest)
        {
            return size() > CACHED_ASSESSMENTS;
        }
    };

    /**
     * The pairs derived last, by assessment and target, up to {@value #DERIVED_EDGES_KEPT} edges in all:
     * a target's pairs fill several pages (a VPC-wide rule admits every workload of the VPC), and paging
     * through them should not derive them again for each page. Guarded by itself; least recent first.
     */
    private final LinkedHashMap<TargetKey, List<DependencyEdge>> derived = new LinkedHashMap<>(64, 0.75f, true);
    private int derivedEdges;

    static final int DERIVED_EDGES_KEPT = 50_000;

    private record TargetKey(UUID assessmentId, String target) {}

    /** Where an end sits, for the node filter. */
    private record End(String vpcId, List<String> subnetIds, Integer wave)
    {
        static final End NOWHERE = new End(null, List.of(), null);
    }

    /** @param strategies the model's strategy of each node that has one (an override may replace it) */
    private record Derivation(AllowedPairs pairs, Map<String, End> ends, Map<String, String> strategies) {}

    /** Appends the selected allowed edges after {@code after} to {@code rows} until it holds {@code wanted}. */
    void read(Connection connection, UUID assessmentId, UUID estateId, GraphFilter filter, Ends ends, Optional<Integer> after, int wanted, List<GraphEdge> rows)
            throws SQLException
    {
        if (rows.size() < wanted) {
            walk(connection, assessmentId, estateId, filter, ends, after, edge -> {
                rows.add(edge);
                return rows.size() < wanted;
            });
        }
    }

    /** How many allowed edges the filter selects, counting no further than {@code maximum} + 1. */
    long count(Connection connection, UUID assessmentId, UUID estateId, GraphFilter filter, Ends ends, long maximum)
            throws SQLException
    {
        long[] count = new long[1];
        walk(connection, assessmentId, estateId, filter, ends, Optional.empty(), edge -> ++count[0] <= maximum);
        return count[0];
    }

    /** Gives the selected edges in order to {@code action} while it answers true. */
    private void walk(Connection connection, UUID assessmentId, UUID estateId, GraphFilter filter, Ends ends, Optional<Integer> after, Predicate<GraphEdge> action)
            throws SQLException
    {
        // A strategy filter reads the estate's overrides (a reviewer's few) over the model's strategies kept with the derivation.
        Derivation derivation = filter.strategy().isPresent() ? derivation(connection, assessmentId) : null;
        Optional<Strategic> strategy = filter.strategy().isPresent()
                ? Optional.of(Strategic.of(connection, estateId, filter.strategy().get().name(), derivation))
                : Optional.empty();
        Map<String, String> overrides = strategy.map(Strategic::overrides).orElse(Map.of());
        List<Object> values = new ArrayList<>();
        StringBuilder text = new StringBuilder("select t.target, t.first_ordinal, t.edge_count, t.last_ordinal from graph_allowed_targets t where t.assessment_id = ?"
                + " and t.last_ordinal > ?");
        values.add(assessmentId);
        values.add(after.orElse(0));
        if (filter.selectsNodes() || ends == Ends.BOTH) {
            // The target itself matches, or some source may: the sources' VPCs, subnets and waves are kept per
            // target, and the strategy (which overrides change) is checked edge by edge below.
            text.append(" and ((true");
            filter.vpcId().ifPresent(vpc -> append(text, values, " and t.vpc_id = ?", vpc));
            filter.subnetId().ifPresent(subnet -> append(text, values, " and ? = any (t.subnet_ids)", subnet));
            filter.wave().ifPresent(wave -> append(text, values, " and t.wave = ?", wave));
            if (strategy.isPresent()) {
                // The model's strategy is a column; a target overridden to the strategy is among the few named.
                text.append(" and (t.source_strategies is null or t.strategy = ? or t.target = any (?))");
                values.add(filter.strategy().orElseThrow().name());
                values.add(connection.createArrayOf("text", strategy.get().overridden().toArray(String[]::new)));
            }
            text.append(switch (ends) {
                case EITHER -> ") or (true";
                case BOTH -> ") and (true";
            });
            filter.vpcId().ifPresent(vpc -> append(text, values, " and ? = any (t.source_vpc_ids)", vpc));
            filter.subnetId().ifPresent(subnet -> append(text, values, " and ? = any (t.source_subnet_ids)", subnet));
            filter.wave().ifPresent(wave -> append(text, values, " and ? = any (t.source_waves)", wave));
            if (strategy.isPresent()) {
                // Some source has the strategy in the model, or is overridden to it: then its targets are named.
                text.append(" and (t.source_strategies is null or ? = any (t.source_strategies) or t.target = any (?))");
                values.add(filter.strategy().orElseThrow().name());
                values.add(connection.createArrayOf("text", strategy.get().reached().toArray(String[]::new)));
            }
            text.append("))");
        }
        // In the index's order, which is the edges' order, a few targets at a time from the cursor on (keyset):
        // the page stops early, and a small limit keeps PostgreSQL on the index even before it has statistics.
        text.append(" order by t.last_ordinal limit ?");
        try (PreparedStatement select = connection.prepareStatement(text.toString())) {
            int read = TARGETS_PER_QUERY;
            while (read == TARGETS_PER_QUERY) {
                for (int index = 0; index < values.size(); index++) {
                    select.setObject(index + 1, values.get(index));
                }
                select.setInt(values.size() + 1, TARGETS_PER_QUERY);
                read = 0;
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        read++;
                        values.set(1, result.getInt(4));
                        if (derivation == null) {
                            derivation = derivation(connection, assessmentId);
                        }
                        if (!walkTarget(derivation, assessmentId, result.getString(1), result.getInt(2), result.getInt(3), filter, ends, overrides, after, action)) {
                            return;
                        }
                    }
                }
            }
        }
    }

    /** Gives the selected pairs of one target to {@code action}; false when it wants no more. */
    private boolean walkTarget(Derivation derivation, UUID assessmentId, String target, int first, int stored, GraphFilter filter, Ends ends,
            Map<String, String> overrides, Optional<Integer> after, Predicate<GraphEdge> action)
    {
        List<DependencyEdge> pairs = into(derivation, assessmentId, target);
        if (pairs.size() != stored) {
            throw new CloudMigrateException(DiscoveryErrorCode.INTERNAL_ERROR, "assessment " + assessmentId + " stored " + stored
                    + " allowed edges into " + target + ", and " + pairs.size() + " are derived from its reachability now");
        }
        for (int index = after.map(ordinal -> Math.max(0, ordinal - first + 1)).orElse(0); index < pairs.size(); index++) {
            DependencyEdge pair = pairs.get(index);
            if (selected(derivation, filter, ends, overrides, pair) && !action.test(new GraphEdge("e" + (first + index), pair.source(), pair.target(), pair.kind(),
                    pair.port(), pair.protocol(), pair.flows(), pair.bytes(), pair.evidence()))) {
                return false;
            }
        }
        return true;
    }

    private List<DependencyEdge> into(Derivation derivation, UUID assessmentId, String target)
    {
        TargetKey key = new TargetKey(assessmentId, target);
        synchronized (derived) {
            List<DependencyEdge> kept = derived.get(key);
            if (kept != null) {
                return kept;
            }
        }
        List<DependencyEdge> pairs = List.copyOf(derivation.pairs().into(target));
        synchronized (derived) {
            if (derived.putIfAbsent(key, pairs) == null) {
                derivedEdges += pairs.size();
                var eldest = derived.entrySet().iterator();
                while (derivedEdges > DERIVED_EDGES_KEPT && eldest.hasNext()) {
                    derivedEdges -= eldest.next().getValue().size();
                    eldest.remove();
                }
            }
        }
        return pairs;
    }

    private static void append(StringBuilder text, List<Object> values, String condition, Object value)
    {
        text.append(condition);
        values.add(value);
    }

    private static boolean selected(Derivation derivation, GraphFilter filter, Ends ends, Map<String, String> overrides, DependencyEdge pair)
    {
        if (!filter.selectsNodes()) {
            return true;
        }
        boolean source = matches(derivation, filter, overrides, pair.source());
        boolean target = matches(derivation, filter, overrides, pair.target());
        return switch (ends) {
            case EITHER -> source || target;
            case BOTH -> source && target;
        };
    }

    private static boolean matches(Derivation derivation, GraphFilter filter, Map<String, String> overrides, String id)
    {
        End end = derivation.ends().getOrDefault(id, End.NOWHERE);
        return filter.vpcId().map(vpc -> vpc.equals(end.vpcId())).orElse(true)
                && filter.subnetId().map(end.subnetIds()::contains).orElse(true)
                && filter.wave().map(wave -> wave.equals(end.wave())).orElse(true)
                && filter.strategy().map(strategy -> strategy.name().equals(overrides.getOrDefault(id, derivation.strategies().get(id)))).orElse(true);
    }

    private Derivation derivation(Connection connection, UUID assessmentId)
            throws SQLException
    {
        synchronized (this) {
            Derivation derivation = derivations.get(assessmentId);
            if (derivation == null) {
                derivation = load(connection, assessmentId);
                derivations.put(assessmentId, derivation);
            }
            return derivation;
        }
    }

    private static Derivation load(Connection connection, UUID assessmentId)
            throws SQLException
    {
        List<Resource> resources = new ArrayList<>();
        read(connection, "select resource from graph_workloads where assessment_id = ? order by resource_id", assessmentId,
                result -> resources.add(JsonText.read(result.getString(1), Resource.class)));
        List<NetworkInterface> interfaces = new ArrayList<>();
        read(connection, "select network_interface from graph_network_interfaces where assessment_id = ? order by ordinal", assessmentId,
                result -> interfaces.add(JsonText.read(result.getString(1), NetworkInterface.class)));
        List<GroupReachability> reachability = new ArrayList<>();
        read(connection, "select security_group_id, rule from graph_reachability where assessment_id = ? order by ordinal", assessmentId,
                result -> reachability.add(new GroupReachability(result.getString(1), JsonText.read(result.getString(2), SecurityGroupRule.class))));
        Map<String, Integer> waves = new HashMap<>();
        // Lookup only, never iterated.
        Map<String, String> strategies = new HashMap<>();
        read(connection, "select resource_id, wave, strategy from graph_nodes where assessment_id = ? and (wave is not null or strategy is not null)", assessmentId,
                result -> {
                    int wave = result.getInt(2);
                    if (!result.wasNull()) {
                        waves.put(result.getString(1), wave);
                    }
                    String strategy = result.getString(3);
                    if (strategy != null) {
                        strategies.put(result.getString(1), strategy);
                    }
                });
        // Lookup only, never iterated.
        Map<String, End> ends = new HashMap<>();
        for (Resource resource : resources) {
            ends.put(resource.id(), new End(resource.network().vpcId(), resource.network().subnetIds(), waves.get(resource.id())));
        }
        // Only what the derivation reads: the resources with their placement, the interfaces, and the rules.
        Inventory inventory = new Inventory(Inventory.SCHEMA_VERSION, "assessment " + assessmentId, "assessment " + assessmentId, "", new io.cloudmigrate.discovery.Scope(
                List.of(), List.of()), resources, List.of(), interfaces, List.of(), List.of());
        GraphAnalysis analysis = new GraphAnalysis(List.of(), List.of(), List.of(), List.of(), List.of(), reachability);
        return new Derivation(AllowedPairs.of(inventory, analysis), ends, strategies);
    }

    /**
     * A strategy filter's view of the estate's overrides: each overridden resource's strategy, those
     * overridden to the filter's strategy, and the targets those reach (whose rows may not name the strategy).
     */
    private record Strategic(Map<String, String> overrides, List<String> overridden, Set<String> reached)
    {
        static Strategic of(Connection connection, UUID estateId, String strategy, Derivation derivation)
                throws SQLException
        {
            // Lookup only, never iterated.
            Map<String, String> overrides = new HashMap<>();
            List<String> overridden = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("select resource_id, strategy from overrides where estate_id = ? order by resource_id")) {
                select.setObject(1, estateId);
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        overrides.put(result.getString(1), result.getString(2));
                        if (strategy.equals(result.getString(2))) {
                            overridden.add(result.getString(1));
                        }
                    }
                }
            }
            Set<String> reached = new TreeSet<>();
            for (String source : overridden) {
                derivation.pairs().outOf(source).forEach(pair -> reached.add(pair.target()));
            }
            return new Strategic(overrides, List.copyOf(overridden), reached);
        }
    }

    private interface RowAction
    {
        void accept(ResultSet result)
                throws SQLException;
    }

    private static void read(Connection connection, String sql, UUID assessmentId, RowAction action)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, assessmentId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    action.accept(result);
                }
            }
        }
    }
}
