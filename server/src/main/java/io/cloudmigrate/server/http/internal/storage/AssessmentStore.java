package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.DecisionLog;
import io.cloudmigrate.recommend.RankingModel;
import io.cloudmigrate.recommend.StrategyDecision;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.ServerOptions;
import io.cloudmigrate.server.http.internal.storage.AssessmentSummary.Figures;
import io.cloudmigrate.server.http.internal.storage.RecommendationItem.Override;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Assessments: the whole {@code assessment.json} for the stages that read it later, its summary
 * figures, and one row per resource so that pages and filters are answered by the database.
 */
public final class AssessmentStore
{
    private static final String OVERRIDE_COLUMNS = "o.strategy as override_strategy, o.target as override_target, o.justification, o.author, o.recorded_at";
    static final String ITEM_COLUMNS = "r.resource_id, r.strategy, r.item, " + OVERRIDE_COLUMNS;
    static final String SUMMARY_COLUMNS = RecommendationColumns.SELECT + ", " + OVERRIDE_COLUMNS;
    static final String ITEM_FROM = " from recommendations r join assessments a on a.id = r.assessment_id"
            + " left join overrides o on o.estate_id = a.estate_id and o.resource_id = r.resource_id";

    private final Database database;
    private final RecommendationPages pages;

    public AssessmentStore(Database database)
    {
        this(database, ServerOptions.PAGE_CACHE_BYTES_DEFAULT);
    }

    /**
     * @param pageCacheBytes the most bytes of rendered recommendation pages kept in memory; 0 keeps none
     */
    public AssessmentStore(Database database, long pageCacheBytes)
    {
        this.database = requireNonNull(database, "database is null");
        this.pages = new RecommendationPages(database, new PageCache(pageCacheBytes));
    }

    /** Told how many rows are stored; may throw to abandon the transaction (a cancelled job). */
    public interface RowProgress
    {
        void stored(long done, long total);
    }

    public AssessmentSummary create(UUID id, UUID estateId, Assessment assessment, RowProgress progress)
    {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        AssessmentRows rows = AssessmentRows.of(assessment);
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into assessments (id, estate_id, created_at, summary, document) values (?, ?, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setObject(2, estateId);
                insert.setTimestamp(3, Sql.timestamp(now));
                insert.setString(4, JsonText.write(rows.figures()));
                insert.setString(5, JsonDocuments.toJson(assessment));
                insert.executeUpdate();
            }
            RecommendationColumns.insert(connection, id, rows.items(), RankingModel.features(assessment, goals(assessment)), progress);
            AssessmentIndexes.insert(connection, id, assessment);
            WaveStore.invalidateChanged(connection, estateId, id);
            GraphRows.insert(connection, id, assessment);
            return summary(connection, id).orElseThrow();
        });
    }

    private static BusinessGoals goals(Assessment assessment)
    {
        return assessment.ranking() == null ? BusinessGoals.DEFAULT : assessment.ranking().goals();
    }

    public AssessmentSummary get(UUID id, Scope scope)
    {
        // One statement, outside a transaction: the summary of an assessment the scope sees.
        return Sql.read(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement(summarySelect() + " join estates e on e.id = a.estate_id where a.id = ? and "
                    + Scope.visible("e.workspace_id"))) {
                select.setObject(1, id);
                scope.bind(select, 2);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        throw notFound(id);
                    }
                    return readSummary(result);
                }
            }
        });
    }

    public Page<AssessmentSummary> list(UUID estateId, Scope scope, int limit, Optional<String> cursor)
    {
        Optional<String> after = Page.decode(cursor);
        return Sql.inTransaction(database, connection -> {
            EstateStore.visibleWorkspace(connection, estateId, scope);
            String where = " where a.estate_id = ?" + (after.isPresent() ? " and (a.created_at, a.id) < (?::timestamptz, ?::uuid)" : "");
            try (PreparedStatement select = connection.prepareStatement(summarySelect() + where + " order by a.created_at desc, a.id desc limit ?")) {
                int parameter = 1;
                select.setObject(parameter++, estateId);
                if (after.isPresent()) {
                    String[] key = TimeCursor.split(after.get());
                    select.setString(parameter++, key[0]);
                    select.setString(parameter++, key[1]);
                }
                select.setInt(parameter, limit + 1);
                List<AssessmentSummary> rows = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(readSummary(result));
                    }
                }
                return Page.of(rows, limit, summary -> TimeCursor.join(summary.createdAt(), summary.id()));
            }
        });
    }

    /** The whole assessment document, for a stage that reads it (generation); a job's, so unscoped: check the scope when the job is submitted. */
    public Assessment document(UUID id)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select document from assessments where id = ?")) {
                select.setObject(1, id);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        throw notFound(id);
                    }
                    return JsonText.read(result.getString(1), Assessment.class);
                }
            }
        });
    }

    public Page<RecommendationItem> recommendations(UUID id, Scope scope, RecommendationFilter filter, int limit, Optional<String> cursor)
    {
        return pages.items(id, scope, filter, limit, cursor, "");
    }

    /** Like {@link #recommendations}, each as the row of a table: read from the row's columns, never from its item's JSON. */
    public Page<RecommendationSummary> recommendationSummaries(UUID id, Scope scope, RecommendationFilter filter, int limit, Optional<String> cursor)
    {
        return pages.summaries(id, scope, filter, limit, cursor);
    }

    /**
     * {@link #recommendationSummaries} as the UTF-8 JSON of the page; answered from the page cache while the page is unchanged
     * (the array is the cache's: write it out, never change it).
     */
    public byte[] recommendationSummariesJson(UUID id, Scope scope, RecommendationFilter filter, int limit, Optional<String> cursor)
    {
        return pages.summariesJson(id, scope, filter, limit, cursor);
    }

    /**
     * Like {@link #recommendations}, as the UTF-8 JSON of the page, written without reading the items into records or strings;
     * answered from the page cache while the page is unchanged (the array is the cache's: write it out, never change it).
     */
    public byte[] recommendationsJson(UUID id, Scope scope, RecommendationFilter filter, int limit, Optional<String> cursor)
    {
        return pages.itemsJson(id, scope, filter, limit, cursor);
    }

    /** Like {@link #recommendations}, of the resources whose risk was scored. */
    public Page<RecommendationItem> scoredRecommendations(UUID id, Scope scope, RecommendationFilter filter, int limit, Optional<String> cursor)
    {
        return pages.items(id, scope, filter, limit, cursor, " and r.risk_level is not null");
    }

    public RecommendationItem recommendation(UUID id, String resourceId, Scope scope)
    {
        return Sql.inTransaction(database, connection -> item(connection, id, resourceId, scope));
    }

    /**
     * Records a reviewer's override for the estate of the assessment; it applies to later assessments
     * too. The decision is kept with the resource's features in this assessment, as {@code cloudmigrate
     * override} keeps it, so that the estate's next assessment learns from it.
     */
    public RecommendationItem override(UUID id, String resourceId, OverrideRequest request, Scope scope)
    {
        // The resource's row holds its features in this assessment: the decision is made from it alone.
        StrategyDecision decision = Sql.inTransaction(database, connection -> {
            RecommendationItem item = item(connection, id, resourceId, scope);
            scope.permit(requireAssessment(connection, id, scope));
            return RecommendationColumns.features(connection, id, resourceId)
                    .map(features -> RankingModel.decide(item.recommendation(), item.name(), features, request.strategy(), request.target().orElse(null),
                            request.justification(), request.author(), Instant.now()))
                    .orElse(null);
        });
        if (decision == null) {
            // stored before the rows kept features (schema V10): found from the whole document, as before
            Assessment assessment = document(id);
            decision = RankingModel.decide(assessment, goals(assessment), resourceId, request.strategy(), request.target().orElse(null), request.justification(),
                    request.author(), Instant.now());
        }
        StrategyDecision decided = decision;
        return Sql.inTransaction(database, connection -> {
            scope.permit(requireAssessment(connection, id, scope));
            try (PreparedStatement upsert = connection.prepareStatement("insert into overrides "
                    + "(estate_id, resource_id, strategy, target, justification, author, address, recorded_at, decision) "
                    + "select estate_id, ?, ?, ?, ?, ?, ?, ?, ? from assessments where id = ? "
                    + "on conflict (estate_id, resource_id) do update set strategy = excluded.strategy, target = excluded.target, "
                    + "justification = excluded.justification, author = excluded.author, address = excluded.address, recorded_at = excluded.recorded_at, "
                    + "decision = excluded.decision")) {
                upsert.setString(1, resourceId);
                upsert.setString(2, request.strategy().name());
                upsert.setString(3, request.target().orElse(null));
                upsert.setString(4, request.justification());
                upsert.setString(5, request.author());
                upsert.setString(6, request.address());
                upsert.setTimestamp(7, Sql.timestamp(Instant.parse(decided.at())));
                upsert.setString(8, JsonText.write(decided));
                upsert.setObject(9, id);
                upsert.executeUpdate();
            }
            return item(connection, id, resourceId, scope);
        });
    }

    /**
     * The model an estate's decisions train (the prior without decisions), read back when the estate's last
     * model was trained from the same decisions; a job's, so unscoped.
     */
    public RankingModel model(UUID estateId, DecisionLog decisions)
    {
        return decisions.decisions().isEmpty() ? RankingModel.prior() : new TrainedModels(database).trained(estateId, decisions);
    }

    /** The estate's overrides as decisions a model learns from and decisions in force; a job's, so unscoped. */
    public EstateDecisions decisions(UUID estateId)
    {
        return Sql.inTransaction(database, connection -> EstateDecisions.of(connection, estateId));
    }

    public void removeOverride(UUID id, String resourceId, Scope scope)
    {
        Sql.inTransaction(database, connection -> {
            RecommendationItem item = item(connection, id, resourceId, scope);
            scope.permit(requireAssessment(connection, id, scope));
            if (item.override() == null) {
                throw new CloudMigrateException(ServerErrorCode.NOT_FOUND, "resource " + resourceId + " has no override");
            }
            try (PreparedStatement delete = connection.prepareStatement(
                    "delete from overrides where resource_id = ? and estate_id = (select estate_id from assessments where id = ?)")) {
                delete.setString(1, resourceId);
                delete.setObject(2, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    private static RecommendationItem item(Connection connection, UUID id, String resourceId, Scope scope)
            throws SQLException
    {
        requireAssessment(connection, id, scope);
        try (PreparedStatement select = connection.prepareStatement("select " + ITEM_COLUMNS + ITEM_FROM + " where r.assessment_id = ? and r.resource_id = ?")) {
            select.setObject(1, id);
            select.setString(2, resourceId);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw new CloudMigrateException(ServerErrorCode.NOT_FOUND, "assessment " + id + " has no resource " + resourceId);
                }
                return readItem(result);
            }
        }
    }

    static RecommendationItem readItem(ResultSet result)
            throws SQLException
    {
        return JsonText.read(result.getString("item"), RecommendationItem.class).withOverride(override(result));
    }

    /** The override of a row read with the item columns; null without one. */
    static Override override(ResultSet result)
            throws SQLException
    {
        String strategy = result.getString("override_strategy");
        return strategy == null ? null : new Override(Strategy.valueOf(strategy), result.getString("override_target"),
                result.getString("justification"), result.getString("author"), Sql.text(result.getTimestamp("recorded_at")));
    }

    /** The workspace of an assessment the scope sees; not found otherwise. */
    static UUID requireAssessment(Connection connection, UUID id, Scope scope)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select e.workspace_id from assessments a join estates e on e.id = a.estate_id where a.id = ? and "
                + Scope.visible("e.workspace_id"))) {
            select.setObject(1, id);
            scope.bind(select, 2);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw notFound(id);
                }
                return result.getObject(1, UUID.class);
            }
        }
    }

    /** That an assessment exists, for a job (whose scope was checked when it was submitted). */
    static void requireExists(Connection connection, UUID id)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select 1 from assessments where id = ?")) {
            select.setObject(1, id);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw notFound(id);
                }
            }
        }
    }

    /** The estate and workspace of an assessment the scope sees, with the scope's role there; for submitting its jobs. */
    public record Owner(UUID estateId, UUID workspaceId) {}

    /**
     * @throws CloudMigrateException NOT_FOUND when the scope does not see it, FORBIDDEN without the scope's role in its workspace
     */
    public Owner permittedOwner(UUID id, Scope scope)
    {
        return Sql.inTransaction(database, connection -> {
            UUID workspaceId = requireAssessment(connection, id, scope);
            scope.permit(workspaceId);
            try (PreparedStatement select = connection.prepareStatement("select estate_id from assessments where id = ?")) {
                select.setObject(1, id);
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    return new Owner(result.getObject(1, UUID.class), workspaceId);
                }
            }
        });
    }

    private static String summarySelect()
    {
        return "select a.id, a.estate_id, a.created_at, a.summary, (select count(*) from overrides o join recommendations r on r.resource_id = o.resource_id "
                + "and r.assessment_id = a.id where o.estate_id = a.estate_id) as override_count from assessments a";
    }

    private static Optional<AssessmentSummary> summary(Connection connection, UUID id)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement(summarySelect() + " where a.id = ?")) {
            select.setObject(1, id);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(readSummary(result)) : Optional.empty();
            }
        }
    }

    private static AssessmentSummary readSummary(ResultSet result)
            throws SQLException
    {
        return AssessmentSummary.of(result.getObject("id", UUID.class).toString(), result.getObject("estate_id", UUID.class).toString(),
                Sql.text(result.getTimestamp("created_at")), JsonText.read(result.getString("summary"), Figures.class), result.getInt("override_count"));
    }

    static CloudMigrateException notFound(UUID id)
    {
        return new CloudMigrateException(ServerErrorCode.NOT_FOUND, "no assessment has the id " + id);
    }
}
