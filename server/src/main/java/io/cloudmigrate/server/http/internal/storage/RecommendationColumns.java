package io.cloudmigrate.server.http.internal.storage;

import com.fasterxml.jackson.core.type.TypeReference;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.server.http.internal.storage.CostItem.PriceStatus;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The rows of an assessment's recommendations: the item, the columns a {@link RecommendationSummary} is
 * read from (what a table shows, and the costs of every strategy by its position in {@link Strategy},
 * since an override decides which of them is shown), and the resource's strategy features.
 */
final class RecommendationColumns
{
    /** The columns, in a query that joins the estate's override as {@link AssessmentStore} does. */
    static final String SELECT = "r.resource_id, r.resource_type, r.account_id, r.region, r.wave, r.strategy, r.risk_level, r.summarized, r.name, r.rule_id, "
            + "r.confidence, r.risk_score, r.current_monthly_usd, r.cost_statuses, r.target_monthly_usd, r.one_off_usd, "
            + "case when r.summarized then null else r.item end as item";

    private static final int BATCH = 500;
    private static final TypeReference<Map<String, Double>> FEATURES = new TypeReference<>() {};

    private RecommendationColumns() {}

    /**
     * Writes one row per resource, telling {@code progress} every {@value #BATCH} rows.
     *
     * @param features the strategy features of each resource, kept so that an override records its decision from its row
     */
    static void insert(Connection connection, UUID id, List<RecommendationItem> items, Map<String, Map<String, Double>> features,
            AssessmentStore.RowProgress progress)
            throws SQLException
    {
        try (PreparedStatement insert = connection.prepareStatement("insert into recommendations (assessment_id, resource_id, resource_type, account_id, region, "
                + "strategy, wave, risk_level, item, summarized, name, rule_id, confidence, risk_score, current_monthly_usd, cost_statuses, target_monthly_usd, "
                + "one_off_usd, features) values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            long done = 0;
            for (RecommendationItem item : items) {
                insert.setObject(1, id);
                insert.setString(2, item.resourceId());
                insert.setString(3, item.type().name());
                insert.setString(4, item.accountId());
                insert.setString(5, item.region());
                insert.setString(6, item.recommendation().strategy().name());
                setInteger(insert, 7, item.wave());
                insert.setString(8, item.risk() == null ? null : item.risk().level().name());
                insert.setString(9, JsonText.write(item));
                bind(connection, insert, 10, item);
                Map<String, Double> resourceFeatures = features.get(item.resourceId());
                insert.setString(18, resourceFeatures == null ? null : JsonText.write(resourceFeatures));
                insert.addBatch();
                done++;
                if (done % BATCH == 0 || done == items.size()) {
                    insert.executeBatch();
                    progress.stored(done, items.size());
                }
            }
        }
    }

    /** The strategy features kept in a resource's row; empty for rows stored before they were kept (schema V10). */
    static Optional<Map<String, Double>> features(Connection connection, UUID id, String resourceId)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select features from recommendations where assessment_id = ? and resource_id = ?")) {
            select.setObject(1, id);
            select.setString(2, resourceId);
            try (ResultSet result = select.executeQuery()) {
                String features = result.next() ? result.getString(1) : null;
                return Optional.ofNullable(features).map(text -> JsonText.read(text, FEATURES));
            }
        }
    }

    /** Binds name, rule id, confidence, risk score, today's cost and the costs by strategy, from the given parameter on (eight). */
    private static void bind(Connection connection, PreparedStatement insert, int first, RecommendationItem item)
            throws SQLException
    {
        Strategy[] strategies = Strategy.values();
        String[] statuses = new String[strategies.length];
        Double[] targets = new Double[strategies.length];
        Double[] oneOffs = new Double[strategies.length];
        Double current = null;
        for (Strategy strategy : strategies) {
            CostItem cost = CostItem.of(item, strategy);
            statuses[strategy.ordinal()] = cost.status().name();
            targets[strategy.ordinal()] = cost.targetMonthlyUsd();
            oneOffs[strategy.ordinal()] = cost.oneOffUsd();
            current = cost.currentMonthlyUsd();
        }
        insert.setString(first, item.name());
        insert.setString(first + 1, item.recommendation().ruleId());
        insert.setDouble(first + 2, item.recommendation().confidence());
        setInteger(insert, first + 3, item.risk() == null ? null : item.risk().score());
        if (current == null) {
            insert.setNull(first + 4, Types.DOUBLE);
        }
        else {
            insert.setDouble(first + 4, current);
        }
        insert.setArray(first + 5, connection.createArrayOf("text", statuses));
        insert.setArray(first + 6, connection.createArrayOf("float8", targets));
        insert.setArray(first + 7, connection.createArrayOf("float8", oneOffs));
    }

    /** The summary of a row read with {@link #SELECT} and the override columns. */
    static RecommendationSummary read(ResultSet result)
            throws SQLException
    {
        RecommendationItem.Override override = AssessmentStore.override(result);
        if (!result.getBoolean("summarized")) {
            RecommendationItem item = JsonText.read(result.getString("item"), RecommendationItem.class).withOverride(override);
            return RecommendationSummary.of(item);
        }
        Strategy strategy = Strategy.valueOf(result.getString("strategy"));
        Strategy effective = override == null ? strategy : override.strategy();
        int position = effective.ordinal();
        String riskLevel = result.getString("risk_level");
        return new RecommendationSummary(result.getString("resource_id"), result.getString("name"), ResourceType.valueOf(result.getString("resource_type")),
                result.getString("account_id"), result.getString("region"), (Integer) result.getObject("wave"), strategy, result.getString("rule_id"),
                result.getDouble("confidence"), (Integer) result.getObject("risk_score"), riskLevel == null ? null : RiskLevel.valueOf(riskLevel),
                (Double) result.getObject("current_monthly_usd"), element(result.getArray("target_monthly_usd"), position),
                element(result.getArray("one_off_usd"), position), PriceStatus.valueOf((String) element(result.getArray("cost_statuses"), position)), override, effective);
    }

    @SuppressWarnings("unchecked")
    private static <T> T element(Array array, int position)
            throws SQLException
    {
        Object[] values = (Object[]) array.getArray();
        return (T) values[position];
    }

    static void setInteger(PreparedStatement statement, int parameter, Integer value)
            throws SQLException
    {
        if (value == null) {
            statement.setNull(parameter, Types.INTEGER);
        }
        else {
            statement.setInt(parameter, value);
        }
    }
}
