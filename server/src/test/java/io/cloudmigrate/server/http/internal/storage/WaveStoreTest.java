package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.ServerOptions;
import io.cloudmigrate.server.http.internal.storage.Estate.EstateSource;
import io.cloudmigrate.server.http.internal.storage.Wave.ApprovalState;
import io.cloudmigrate.server.http.internal.storage.Wave.Decision;
import io.cloudmigrate.server.pipeline.Stages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A wave with a resource that has neither a recommendation nor an override cannot be approved, on
 * the embedded PostgreSQL. The pipeline recommends every resource it puts in a wave, so the test
 * removes one recommendation row to get there (as an assessment stored by an older version could).
 */
class WaveStoreTest
{
    @TempDir
    static Path dataDirectory;

    private static Database database;
    private static WaveStore waves;
    private static UUID estateId;
    private static UUID assessmentId;
    private static String removed;
    // A server administrator: the scope sees and may change every workspace.
    private static final Scope OPERATOR = new Scope(new Member(UUID.randomUUID(), "alice", true, Map.of()), Role.OPERATOR);

    @BeforeAll
    static void storeTheSampleWithOneRecommendationRemoved()
            throws SQLException
    {
        database = Database.open(ServerOptions.defaults(dataDirectory.resolve("data")).withPort(0));
        waves = new WaveStore(database);
        Inventory inventory = AwsCliImporter.importDirectory(SampleEstate.extractTo(dataDirectory.resolve("sample")), Optional.empty());
        estateId = UUID.randomUUID();
        new EstateStore(database).create(estateId, UserStore.DEFAULT_WORKSPACE, EstateSource.SAMPLE, inventory, Traffic.EMPTY);
        Assessment assessment = Stages.assess(inventory, Traffic.EMPTY, Optional.empty(), Optional.empty());
        assessmentId = UUID.randomUUID();
        new AssessmentStore(database).create(assessmentId, estateId, assessment, (done, total) -> {});
        removed = assessment.graph().waves().getFirst().resourceIds().getFirst();
        execute("delete from recommendations where assessment_id = ? and resource_id = ?", assessmentId, removed);
    }

    @AfterAll
    static void closeDatabase()
    {
        database.close();
    }

    @Test
    void refusesToApproveAWaveWithAnUnrecommendedResourceUntilItIsOverridden()
            throws SQLException
    {
        Wave wave = waves.list(assessmentId, OPERATOR).getFirst();
        assertThat(wave.unrecommendedResourceIds()).containsExactly(removed);
        assertThat(wave.cost().complete()).isFalse();

        assertThatThrownBy(() -> waves.decide(assessmentId, 1, new WaveStore.DecisionRequest(Decision.APPROVED, "Looks right.", "alice", null), OPERATOR))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(ServerErrorCode.CONFLICT))
                .hasMessageContaining(removed)
                .hasMessageContaining("neither a recommendation nor an override");
        assertThat(waves.list(assessmentId, OPERATOR).getFirst().approval().state()).isEqualTo(ApprovalState.PENDING);

        // Rejecting needs no recommendation: it is how a reviewer sends the wave back.
        assertThat(waves.decide(assessmentId, 1, new WaveStore.DecisionRequest(Decision.REJECTED, "Decide the missing one first.", "alice", null), OPERATOR)
                .approval().state()).isEqualTo(ApprovalState.REJECTED);

        execute("insert into overrides (estate_id, resource_id, strategy, justification, author, recorded_at) values (?, ?, 'RETAIN', 'Stays put.', 'bob', now())",
                estateId, removed);
        Wave approved = waves.decide(assessmentId, 1, new WaveStore.DecisionRequest(Decision.APPROVED, "Looks right now.", "alice", null), OPERATOR);
        assertThat(approved.unrecommendedResourceIds()).isEmpty();
        assertThat(approved.approval().state()).isEqualTo(ApprovalState.APPROVED);
        assertThat(approved.approval().author()).isEqualTo("alice");
    }

    private static void execute(String statement, UUID id, String resourceId)
            throws SQLException
    {
        try (Connection connection = database.connection(); PreparedStatement update = connection.prepareStatement(statement)) {
            update.setObject(1, id);
            update.setString(2, resourceId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }
}
