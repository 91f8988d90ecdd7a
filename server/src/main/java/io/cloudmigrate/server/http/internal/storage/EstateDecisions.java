package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.recommend.DecisionLog;
import io.cloudmigrate.recommend.StrategyDecision;
import io.cloudmigrate.recommend.StrategyOverride;
import io.cloudmigrate.scoring.Strategy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

/**
 * An estate's overrides as the recommend stage reads them: the decisions a model learns from, in the
 * order they were made (what {@code cloudmigrate override} appends to {@code decisions.json}), and the
 * decisions in force that artifacts follow.
 *
 * @param learned the decisions that carry the resource's features; an override recorded before the
 *         server kept them (schema V7) is in force but has nothing to learn from
 * @param inForce every override of the estate, by resource id
 */
public record EstateDecisions(DecisionLog learned, Map<String, StrategyOverride> inForce)
{
    public EstateDecisions
    {
        inForce = java.util.Collections.unmodifiableMap(new TreeMap<>(inForce));
    }

    static EstateDecisions of(Connection connection, UUID estateId)
            throws SQLException
    {
        List<StrategyDecision> decisions = new ArrayList<>();
        Map<String, StrategyOverride> inForce = new TreeMap<>();
        try (PreparedStatement select = connection.prepareStatement("select resource_id, strategy, target, justification, author, recorded_at, decision "
                + "from overrides where estate_id = ? order by recorded_at, resource_id")) {
            select.setObject(1, estateId);
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String at = result.getTimestamp("recorded_at").toInstant().truncatedTo(ChronoUnit.SECONDS).toString();
                    inForce.put(result.getString("resource_id"), new StrategyOverride(Strategy.valueOf(result.getString("strategy")), result.getString("target"),
                            result.getString("justification"), result.getString("author"), at));
                    String decision = result.getString("decision");
                    if (decision != null) {
                        decisions.add(JsonText.read(decision, StrategyDecision.class));
                    }
                }
            }
        }
        return new EstateDecisions(new DecisionLog(DecisionLog.SCHEMA_VERSION, decisions), inForce);
    }
}
