package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.NetworkInterface;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.AllowedPairs;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.GroupReachability;
import io.cloudmigrate.recommend.Assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes what security groups allow as group-to-group reachability: the rules that make allowed edges,
 * the resources and network interfaces the derivation reads, and one row per reachable workload with
 * where its allowed edges fall in the graph's edge order. The pairs themselves are not stored (they
 * grow with the square of a VPC's workloads); {@link AllowedEdgeReader} derives those a page shows.
 */
final class AllowedRows
{
    private static final int BATCH = 1000;

    private AllowedRows() {}

    /**
     * @param resources the inventory's resources by id (lookup only)
     * @param waves the wave of each resource in one (lookup only)
     * @param strategies the model's strategy of each resource that has one (lookup only)
     * @param lastOrdinal the ordinal of the last stored (observed or configured) edge: allowed edges follow it
     */
    static void insert(Connection connection, UUID assessmentId, Assessment assessment, Map<String, Resource> resources, Map<String, Integer> waves,
            Map<String, String> strategies, int lastOrdinal)
            throws SQLException
    {
        try (Batch insert = new Batch(connection, "insert into graph_reachability (assessment_id, ordinal, security_group_id, rule) values (?, ?, ?, ?)")) {
            int ordinal = 0;
            for (GroupReachability entry : assessment.graph().reachability()) {
                insert.statement.setObject(1, assessmentId);
                insert.statement.setInt(2, ++ordinal);
                insert.statement.setString(3, entry.securityGroupId());
                insert.statement.setString(4, JsonText.write(entry.rule()));
                insert.add();
            }
        }
        try (Batch insert = new Batch(connection, "insert into graph_workloads (assessment_id, resource_id, resource) values (?, ?, ?)")) {
            for (Resource resource : assessment.inventory().resources()) {
                insert.statement.setObject(1, assessmentId);
                insert.statement.setString(2, resource.id());
                // tags say nothing about reachability, and are most of a resource's size
                insert.statement.setString(3, JsonText.write(new Resource(resource.id(), resource.type(), resource.accountId(), resource.region(), resource.name(),
                        Map.of(), resource.network(), resource.details())));
                insert.add();
            }
        }
        try (Batch insert = new Batch(connection, "insert into graph_network_interfaces (assessment_id, ordinal, network_interface) values (?, ?, ?)")) {
            int ordinal = 0;
            for (NetworkInterface networkInterface : assessment.inventory().networkInterfaces()) {
                insert.statement.setObject(1, assessmentId);
                insert.statement.setInt(2, ++ordinal);
                insert.statement.setString(3, JsonText.write(networkInterface));
                insert.add();
            }
        }
        try (Batch insert = new Batch(connection, "insert into graph_allowed_targets (assessment_id, target, first_ordinal, last_ordinal, edge_count, vpc_id, "
                + "subnet_ids, wave, source_vpc_ids, source_subnet_ids, source_waves, strategy, source_strategies) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            TargetWriter writer = new TargetWriter(insert, assessmentId, resources, waves, strategies, lastOrdinal);
            // The same pairs, in the same order, as the CLI's exports: target by target in id order.
            AllowedPairs.of(assessment.inventory(), assessment.graph()).forEach(writer::add);
            writer.flush();
        }
        catch (SqlFailure e) {
            throw e.sqlException();
        }
    }

    /** Gathers the edges of one target at a time (they come target by target) into its row. */
    private static final class TargetWriter
    {
        private final Batch insert;
        private final UUID assessmentId;
        private final Map<String, Resource> resources;
        private final Map<String, Integer> waves;
        private final Map<String, String> strategies;
        private int ordinal;
        private String target;
        private int firstOrdinal;
        private final Set<String> sourceVpcs = new TreeSet<>();
        private final Set<String> sourceSubnets = new TreeSet<>();
        private final Set<Integer> sourceWaves = new TreeSet<>();
        private final Set<String> sourceStrategies = new TreeSet<>();

        TargetWriter(Batch insert, UUID assessmentId, Map<String, Resource> resources, Map<String, Integer> waves, Map<String, String> strategies, int lastOrdinal)
        {
            this.strategies = strategies;
            this.insert = insert;
            this.assessmentId = assessmentId;
            this.resources = resources;
            this.waves = waves;
            this.ordinal = lastOrdinal;
        }

        void add(DependencyEdge edge)
        {
            if (!edge.target().equals(target)) {
                flush();
                target = edge.target();
                firstOrdinal = ordinal + 1;
            }
            ordinal++;
            Resource source = resources.get(edge.source());
            if (source != null) {
                if (source.network().vpcId() != null) {
                    sourceVpcs.add(source.network().vpcId());
                }
                sourceSubnets.addAll(source.network().subnetIds());
            }
            Integer wave = waves.get(edge.source());
            if (wave != null) {
                sourceWaves.add(wave);
            }
            String strategy = strategies.get(edge.source());
            if (strategy != null) {
                sourceStrategies.add(strategy);
            }
        }

        void flush()
        {
            if (target == null) {
                return;
            }
            try {
                Resource resource = resources.get(target);
                PreparedStatement statement = insert.statement;
                statement.setObject(1, assessmentId);
                statement.setString(2, target);
                statement.setInt(3, firstOrdinal);
                statement.setInt(4, ordinal);
                statement.setInt(5, ordinal - firstOrdinal + 1);
                statement.setString(6, resource == null ? null : resource.network().vpcId());
                statement.setArray(7, insert.connection.createArrayOf("text", resource == null ? new String[0] : resource.network().subnetIds().toArray(String[]::new)));
                RecommendationColumns.setInteger(statement, 8, waves.get(target));
                statement.setArray(9, insert.connection.createArrayOf("text", sourceVpcs.toArray(String[]::new)));
                statement.setArray(10, insert.connection.createArrayOf("text", sourceSubnets.toArray(String[]::new)));
                statement.setArray(11, insert.connection.createArrayOf("integer", sourceWaves.toArray(Integer[]::new)));
                statement.setString(12, strategies.get(target));
                statement.setArray(13, insert.connection.createArrayOf("text", sourceStrategies.toArray(String[]::new)));
                insert.add();
            }
            catch (SQLException e) {
                throw new SqlFailure(e);
            }
            target = null;
            sourceVpcs.clear();
            sourceSubnets.clear();
            sourceWaves.clear();
            sourceStrategies.clear();
        }
    }

    /** A prepared insert sent in batches. */
    private static final class Batch
            implements AutoCloseable
    {
        private final Connection connection;
        private final PreparedStatement statement;
        private int pending;

        Batch(Connection connection, String sql)
                throws SQLException
        {
            this.connection = connection;
            this.statement = connection.prepareStatement(sql);
        }

        void add()
                throws SQLException
        {
            statement.addBatch();
            if (++pending == BATCH) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close()
                throws SQLException
        {
            try {
                statement.executeBatch();
            }
            finally {
                statement.close();
            }
        }
    }

    /** Carries an {@link SQLException} out of a callback that cannot throw it. */
    static final class SqlFailure
            extends RuntimeException
    {
        SqlFailure(SQLException cause)
        {
            super(cause);
        }

        SQLException sqlException()
        {
            return (SQLException) getCause();
        }
    }
}
