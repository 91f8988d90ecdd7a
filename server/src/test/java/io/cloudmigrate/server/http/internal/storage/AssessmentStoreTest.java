package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.DecisionLog;
import io.cloudmigrate.recommend.RankingModel;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.recommend.StrategyDecision;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.server.http.ServerOptions;
import io.cloudmigrate.server.http.internal.storage.Estate.EstateSource;
import io.cloudmigrate.server.pipeline.Stages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Assessments of the sample in the embedded PostgreSQL: an override records its decision from the
 * resource's row alone (the stored document is not read), rows stored before the summary columns are
 * summarised from their items, and the model an unchanged decision set trains is read back, not trained again.
 */
class AssessmentStoreTest
{
    @TempDir
    static Path directory;

    private static final Scope ADMINISTRATOR = new Scope(new Member(UUID.randomUUID(), "administrator", true, Map.of()), Role.OPERATOR);

    private static Database database;
    private static AssessmentStore store;
    private static Assessment assessed;
    private static UUID estate;

    @BeforeAll
    static void storeTheSampleEstate()
    {
        database = Database.open(ServerOptions.defaults(directory.resolve("data")).withPort(0));
        Path root = SampleEstate.extractTo(directory.resolve("estate"));
        Inventory inventory = AwsCliImporter.importDirectory(root);
        Traffic traffic = FlowLogReader.create().read(List.of(root.resolve("flow-logs")), inventory);
        estate = UUID.randomUUID();
        new EstateStore(database).create(estate, UserStore.DEFAULT_WORKSPACE, EstateSource.SAMPLE, inventory, traffic);
        assessed = Stages.assess(inventory, traffic, Optional.empty(), Optional.empty());
        store = new AssessmentStore(database);
    }

    @AfterAll
    static void closeDatabase()
    {
        database.close();
    }

    @Test
    void recordsAnOverridesDecisionFromTheResourcesRowWithoutReadingTheDocument()
            throws SQLException
    {
        UUID assessment = stored();
        Recommendation recommendation = assessed.recommendations().get(3);
        StrategyDecision asTheCliRecordsIt = RankingModel.decide(assessed, BusinessGoals.DEFAULT, recommendation.resourceId(), Strategy.REFACTOR, null,
                "Owners rewrite it this year.", "alice", Instant.now());
        // The document no longer reads: only the rows can answer.
        execute("update assessments set document = '{}' where id = ?", assessment);

        RecommendationItem item = store.override(assessment, recommendation.resourceId(),
                new OverrideRequest(Strategy.REFACTOR, Optional.empty(), "Owners rewrite it this year.", "alice", "127.0.0.1"), ADMINISTRATOR);

        assertThat(item.effectiveStrategy()).isEqualTo(Strategy.REFACTOR);
        StrategyDecision recorded = store.decisions(estate).learned().latest().get(recommendation.resourceId());
        assertThat(recorded.features()).isEqualTo(asTheCliRecordsIt.features());
        assertThat(recorded.resourceName()).isEqualTo(asTheCliRecordsIt.resourceName());
        assertThat(recorded.ruleStrategy()).isEqualTo(asTheCliRecordsIt.ruleStrategy());
        store.removeOverride(assessment, recommendation.resourceId(), ADMINISTRATOR);
    }

    @Test
    void summarisesRowsStoredBeforeTheSummaryColumnsFromTheirItems()
            throws SQLException
    {
        UUID assessment = stored();
        Page<RecommendationSummary> fromColumns = store.recommendationSummaries(assessment, ADMINISTRATOR, RecommendationFilter.NONE, 500, Optional.empty());

        execute("update recommendations set summarized = false, name = null, rule_id = null, confidence = null, risk_score = null, current_monthly_usd = null, "
                + "cost_statuses = null, target_monthly_usd = null, one_off_usd = null where assessment_id = ?", assessment);

        assertThat(store.recommendationSummaries(assessment, ADMINISTRATOR, RecommendationFilter.NONE, 500, Optional.empty())).isEqualTo(fromColumns);
        assertThat(fromColumns.items()).hasSize(assessed.recommendations().size());
    }

    @Test
    void readsBackTheModelAnUnchangedDecisionSetTrainedInsteadOfTrainingAgain()
    {
        AtomicInteger trainings = new AtomicInteger();
        TrainedModels models = new TrainedModels(database, decisions -> {
            trainings.incrementAndGet();
            return RankingModel.train(decisions);
        });
        List<Recommendation> recommendations = assessed.recommendations();
        DecisionLog decisions = DecisionLog.EMPTY.append(decision(recommendations.get(0), Strategy.REPLATFORM));

        RankingModel trained = models.trained(estate, decisions);
        RankingModel readBack = models.trained(estate, decisions);

        assertThat(trainings).hasValue(1);
        assertThat(readBack.provenanceHash()).isEqualTo(trained.provenanceHash());
        assertThat(readBack.modelProvenance()).isEqualTo(trained.modelProvenance());

        DecisionLog more = decisions.append(decision(recommendations.get(1), Strategy.RETIRE));
        RankingModel retrained = models.trained(estate, more);
        assertThat(trainings).hasValue(2);
        assertThat(retrained.provenanceHash()).isNotEqualTo(trained.provenanceHash());
        assertThat(models.trained(estate, more).provenanceHash()).isEqualTo(retrained.provenanceHash());
        assertThat(trainings).hasValue(2);
    }

    private static StrategyDecision decision(Recommendation recommendation, Strategy strategy)
    {
        return RankingModel.decide(assessed, BusinessGoals.DEFAULT, recommendation.resourceId(), strategy, null, "Decided in review.", "alice",
                Instant.parse("2026-12-01T10:00:00Z"));
    }

    private static UUID stored()
    {
        UUID assessment = UUID.randomUUID();
        store.create(assessment, estate, assessed, (done, total) -> {});
        return assessment;
    }

    private static void execute(String sql, UUID assessment)
            throws SQLException
    {
        try (Connection connection = database.connection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setObject(1, assessment);
            statement.executeUpdate();
        }
    }
}
