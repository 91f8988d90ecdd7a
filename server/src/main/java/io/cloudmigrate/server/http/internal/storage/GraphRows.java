package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.MoveGroup;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Writes the dependency graph of an assessment as rows: one per node and one per observed or configured
 * edge. What security groups allow is written as group-to-group reachability by {@link AllowedRows}.
 */
final class GraphRows
{
    private static final int BATCH = 1000;

    private GraphRows() {}

    static void insert(Connection connection, UUID assessmentId, Assessment assessment)
            throws SQLException
    {
        GraphAnalysis graph = assessment.graph();
        // Lookup only: the nodes are written in id order from the sorted set below.
        Map<String, Resource> resources = new HashMap<>();
        assessment.inventory().resources().forEach(resource -> resources.put(resource.id(), resource));
        Map<String, Integer> waves = new HashMap<>();
        for (MigrationWave wave : graph.waves()) {
            wave.resourceIds().forEach(id -> waves.put(id, wave.number()));
        }
        Map<String, String> groups = new HashMap<>();
        for (MoveGroup group : graph.moveGroups()) {
            group.resourceIds().forEach(id -> groups.put(id, group.id()));
        }
        Map<String, String> strategies = new HashMap<>();
        for (Recommendation recommendation : assessment.recommendations()) {
            strategies.put(recommendation.resourceId(), recommendation.strategy().name());
        }
        // Ends outside the estate (internet, on-premises …) are nodes of their own, as exports draw them.
        Set<String> nodes = new TreeSet<>(graph.nodes());
        for (DependencyEdge edge : graph.edges()) {
            nodes.add(edge.source());
            nodes.add(edge.target());
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into graph_nodes (assessment_id, resource_id, name, resource_type, account_id, region, "
                + "vpc_id, subnet_ids, wave, move_group, strategy) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            int pending = 0;
            for (String id : nodes) {
                Resource resource = resources.get(id);
                insert.setObject(1, assessmentId);
                insert.setString(2, id);
                insert.setString(3, resource == null || resource.name() == null ? id : resource.name());
                insert.setString(4, resource == null ? null : resource.type().name());
                insert.setString(5, resource == null ? null : resource.accountId());
                insert.setString(6, resource == null ? null : resource.region());
                insert.setString(7, resource == null ? null : resource.network().vpcId());
                insert.setArray(8, connection.createArrayOf("text", resource == null ? new String[0] : resource.network().subnetIds().toArray(String[]::new)));
                Integer wave = waves.get(id);
                if (wave == null) {
                    insert.setNull(9, Types.INTEGER);
                }
                else {
                    insert.setInt(9, wave);
                }
                insert.setString(10, groups.get(id));
                insert.setString(11, strategies.get(id));
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            insert.executeBatch();
        }
        int lastOrdinal;
        try (EdgeWriter writer = new EdgeWriter(connection, assessmentId, resources, waves)) {
            graph.edges().forEach(writer::write);
            lastOrdinal = writer.ordinal;
        }
        catch (SqlFailure e) {
            throw e.sqlException();
        }
        AllowedRows.insert(connection, assessmentId, assessment, resources, waves, strategies, lastOrdinal);
    }

    /** Writes edges in batches, numbering them in the order they come. */
    private static final class EdgeWriter
            implements AutoCloseable
    {
        private final PreparedStatement insert;
        private final Connection connection;
        private final UUID assessmentId;
        private final Map<String, Resource> resources;
        private final Map<String, Integer> waves;
        private int ordinal;
        private int pending;

        EdgeWriter(Connection connection, UUID assessmentId, Map<String, Resource> resources, Map<String, Integer> waves)
                throws SQLException
        {
            this.insert = connection.prepareStatement("insert into graph_edges (assessment_id, ordinal, source, target, kind, port, protocol, flows, bytes, evidence, "
                    + "source_vpc_id, target_vpc_id, source_subnet_ids, target_subnet_ids, source_wave, target_wave) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            this.connection = connection;
            this.assessmentId = assessmentId;
            this.resources = resources;
            this.waves = waves;
        }

        /** The end's placement and wave as its node has them, from the given parameter on. */
        private void end(String id, int vpcParameter, int subnetParameter, int waveParameter)
                throws SQLException
        {
            Resource resource = resources.get(id);
            insert.setString(vpcParameter, resource == null ? null : resource.network().vpcId());
            insert.setArray(subnetParameter, connection.createArrayOf("text", resource == null ? new String[0] : resource.network().subnetIds().toArray(String[]::new)));
            Integer wave = waves.get(id);
            if (wave == null) {
                insert.setNull(waveParameter, Types.INTEGER);
            }
            else {
                insert.setInt(waveParameter, wave);
            }
        }

        void write(DependencyEdge edge)
        {
            try {
                insert.setObject(1, assessmentId);
                insert.setInt(2, ++ordinal);
                insert.setString(3, edge.source());
                insert.setString(4, edge.target());
                insert.setString(5, edge.kind().name());
                insert.setInt(6, edge.port());
                insert.setString(7, edge.protocol());
                insert.setLong(8, edge.flows());
                insert.setLong(9, edge.bytes());
                insert.setString(10, edge.evidence());
                end(edge.source(), 11, 13, 15);
                end(edge.target(), 12, 14, 16);
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            catch (SQLException e) {
                throw new SqlFailure(e);
            }
        }

        @Override
        public void close()
                throws SQLException
        {
            try {
                insert.executeBatch();
            }
            finally {
                insert.close();
            }
        }
    }

    /** Carries an {@link SQLException} out of a callback that cannot throw it. */
    private static final class SqlFailure
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
