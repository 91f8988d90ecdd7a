package io.cloudmigrate.server.http.internal.storage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of a graph request, as text with bound values: nothing a caller sends is spliced into the
 * text. Node conditions read a node {@code n} with its estate's override {@code o} left-joined.
 */
record GraphQuery(String text, List<Object> values, String order)
{
    static final String NODE_FROM = " from graph_nodes n left join overrides o on o.estate_id = ? and o.resource_id = n.resource_id";

    GraphQuery
    {
        values = List.copyOf(values);
    }

    /** How the ends of an edge must match the node filter. */
    enum Ends
    {
        /** A page of edges shows those touching a selected node. */
        EITHER,
        /** A drawing shows those between drawn nodes. */
        BOTH
    }

    /** The nodes of an assessment the filter selects, after a resource id when given. */
    static GraphQuery nodes(String columns, UUID assessmentId, UUID estateId, GraphFilter filter, Optional<String> afterResourceId)
    {
        List<Object> values = new ArrayList<>();
        StringBuilder text = new StringBuilder("select ").append(columns).append(NODE_FROM).append(" where n.assessment_id = ?");
        values.add(estateId);
        values.add(assessmentId);
        nodeConditions(text, values, filter);
        add(text, values, " and n.resource_id > ?", afterResourceId);
        return new GraphQuery(text.toString(), values, "n.resource_id");
    }

    /** The edges of an assessment the filter selects, after an ordinal when given. */
    static GraphQuery edges(String columns, UUID assessmentId, UUID estateId, GraphFilter filter, Ends ends, Optional<Integer> afterOrdinal)
    {
        List<Object> values = new ArrayList<>();
        StringBuilder text = new StringBuilder("select ").append(columns).append(" from graph_edges e where e.assessment_id = ?");
        values.add(assessmentId);
        add(text, values, " and e.kind = ?", filter.kind().map(Enum::name));
        add(text, values, " and e.ordinal > ?", afterOrdinal);
        if (filter.selectsNodes() || ends == Ends.BOTH) {
            text.append(" and (");
            end(text, values, assessmentId, estateId, filter, "source");
            text.append(switch (ends) {
                case EITHER -> " or ";
                case BOTH -> " and ";
            });
            end(text, values, assessmentId, estateId, filter, "target");
            text.append(")");
        }
        // PostgreSQL cannot tell how many edges hold a subnet in an array, guesses few, and walks every edge
        // in order to fill a page (160 ms on 250,000 edges); ordered by an expression, it gathers the
        // subnet's edges from the GIN indexes and keeps the first of them instead (2 ms).
        return new GraphQuery(text.toString(), values, filter.subnetId().isPresent() ? "e.ordinal + 0" : "e.ordinal");
    }

    /**
     * The end matches the node filter: its VPC, subnet and wave are the edge's own columns (indexed); the
     * effective strategy changes with overrides, so it alone is looked up among the nodes. That lookup is
     * not correlated with the edge, so PostgreSQL hashes the selected ids once and probes the hash per edge.
     */
    private static void end(StringBuilder text, List<Object> values, UUID assessmentId, UUID estateId, GraphFilter filter, String end)
    {
        text.append("(true");
        add(text, values, " and e." + end + "_vpc_id = ?", filter.vpcId());
        add(text, values, " and e." + end + "_subnet_ids @> array[?]::text[]", filter.subnetId());
        add(text, values, " and e." + end + "_wave = ?", filter.wave());
        if (filter.strategy().isPresent()) {
            text.append(" and e.").append(end).append(" in (select n.resource_id").append(NODE_FROM).append(" where n.assessment_id = ?");
            values.add(estateId);
            values.add(assessmentId);
            add(text, values, " and coalesce(o.strategy, n.strategy) = ?", filter.strategy().map(Enum::name));
            text.append(")");
        }
        text.append(")");
    }

    private static void nodeConditions(StringBuilder text, List<Object> values, GraphFilter filter)
    {
        add(text, values, " and n.vpc_id = ?", filter.vpcId());
        add(text, values, " and ? = any (n.subnet_ids)", filter.subnetId());
        add(text, values, " and n.wave = ?", filter.wave());
        add(text, values, " and coalesce(o.strategy, n.strategy) = ?", filter.strategy().map(Enum::name));
    }

    private static void add(StringBuilder text, List<Object> values, String condition, Optional<?> value)
    {
        if (value.isPresent()) {
            text.append(condition);
            values.add(value.get());
        }
    }

    /** Binds the values from the first parameter on; returns the next free index. */
    int bind(PreparedStatement statement)
            throws SQLException
    {
        int parameter = 1;
        for (Object value : values) {
            statement.setObject(parameter++, value);
        }
        return parameter;
    }
}
