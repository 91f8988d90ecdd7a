package io.cloudmigrate.server.http.internal.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conditions of a recommendations page, as SQL text with bound values: nothing a caller sends is
 * ever spliced into the text.
 */
record RecommendationQuery(String conditions, List<Object> values)
{
    RecommendationQuery
    {
        values = List.copyOf(values);
    }

    static RecommendationQuery of(RecommendationFilter filter, Optional<String> afterResourceId)
    {
        return of(filter, afterResourceId, "");
    }

    /**
     * @param requirement a fixed condition of the list (never text a caller sent), e.g. that a risk was scored
     */
    static RecommendationQuery of(RecommendationFilter filter, Optional<String> afterResourceId, String requirement)
    {
        StringBuilder conditions = new StringBuilder(requirement);
        List<Object> values = new ArrayList<>();
        add(conditions, values, " and r.resource_type = ?", filter.type().map(Enum::name));
        add(conditions, values, " and coalesce(o.strategy, r.strategy) = ?", filter.strategy().map(Enum::name));
        add(conditions, values, " and r.wave = ?", filter.wave());
        add(conditions, values, " and r.risk_level = ?", filter.riskLevel().map(Enum::name));
        add(conditions, values, " and r.account_id = ?", filter.accountId());
        add(conditions, values, " and r.region = ?", filter.region());
        for (RecommendationFilter.Tag tag : filter.tags()) {
            conditions.append(" and exists (select 1 from resource_tags t where t.assessment_id = r.assessment_id and t.resource_id = r.resource_id"
                    + " and t.tag_key = ? and t.tag_value = ?)");
            values.add(tag.key());
            values.add(tag.value());
        }
        add(conditions, values, " and r.resource_id > ?", afterResourceId);
        return new RecommendationQuery(conditions.toString(), values);
    }

    private static void add(StringBuilder conditions, List<Object> values, String condition, Optional<?> value)
    {
        if (value.isPresent()) {
            conditions.append(condition);
            values.add(value.get());
        }
    }

    /** Binds the values from the given parameter index on; returns the next free index. */
    int bind(PreparedStatement statement, int first)
            throws SQLException
    {
        int parameter = first;
        for (Object value : values) {
            statement.setObject(parameter++, value);
        }
        return parameter;
    }
}
