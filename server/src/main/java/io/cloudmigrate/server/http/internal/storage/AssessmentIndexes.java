package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

/**
 * The rows beside an assessment's recommendations that answer by index what would otherwise need
 * the whole document: which resources each wave holds, and the tags of the recommended resources.
 */
final class AssessmentIndexes
{
    private static final int BATCH = 500;

    private AssessmentIndexes() {}

    static void insert(Connection connection, UUID id, Assessment assessment)
            throws SQLException
    {
        try (PreparedStatement insert = connection.prepareStatement("insert into wave_resources (assessment_id, wave, resource_id) values (?, ?, ?)")) {
            int pending = 0;
            for (MigrationWave wave : assessment.graph().waves()) {
                for (String resourceId : wave.resourceIds()) {
                    insert.setObject(1, id);
                    insert.setInt(2, wave.number());
                    insert.setString(3, resourceId);
                    insert.addBatch();
                    pending = flush(insert, pending + 1);
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement("insert into resource_tags (assessment_id, resource_id, tag_key, tag_value) values (?, ?, ?, ?)")) {
            int pending = 0;
            for (Resource resource : assessment.inventory().resources()) {
                if (assessment.recommendation(resource.id()).isEmpty()) {
                    continue;
                }
                for (Map.Entry<String, String> tag : resource.tags().entrySet()) {
                    insert.setObject(1, id);
                    insert.setString(2, resource.id());
                    insert.setString(3, tag.getKey());
                    insert.setString(4, tag.getValue());
                    insert.addBatch();
                    pending = flush(insert, pending + 1);
                }
            }
            insert.executeBatch();
        }
    }

    private static int flush(PreparedStatement insert, int pending)
            throws SQLException
    {
        if (pending < BATCH) {
            return pending;
        }
        insert.executeBatch();
        return 0;
    }
}
