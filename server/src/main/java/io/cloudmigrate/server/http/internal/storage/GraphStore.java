package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.storage.GraphQuery.Ends;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The dependency graph of an assessment, read from its rows a page at a time: nodes by resource id,
 * edges in the graph's order, both filtered by the database; the allowed edges after the stored ones,
 * derived for the page from the group-to-group reachability ({@link AllowedEdgeReader}).
 */
public final class GraphStore
{
    static final String NODE_COLUMNS = "n.resource_id, n.name, n.resource_type, n.account_id, n.region, n.vpc_id, n.subnet_ids, n.wave, n.move_group, "
            + "coalesce(o.strategy, n.strategy) as effective_strategy";
    private static final String EDGE_COLUMNS = "e.ordinal, e.source, e.target, e.kind, e.port, e.protocol, e.flows, e.bytes, e.evidence";

    private final Database database;
    private final AllowedEdgeReader allowed = new AllowedEdgeReader();

    public GraphStore(Database database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /** Cytoscape.js elements: {@code cy.add(document.elements)} draws them. */
    public record CytoscapeDocument(Elements elements)
    {
        public record Elements(List<NodeElement> nodes, List<EdgeElement> edges) {}

        public record NodeElement(GraphNode data) {}

        public record EdgeElement(GraphEdge data) {}
    }

    public Page<GraphNode> nodes(UUID assessmentId, Scope scope, GraphFilter filter, int limit, Optional<String> cursor)
    {
        Optional<String> after = Page.decode(cursor);
        return Sql.inTransaction(database, connection -> {
            UUID estateId = estateOf(connection, assessmentId, scope);
            List<GraphNode> rows = readNodes(connection, GraphQuery.nodes(NODE_COLUMNS, assessmentId, estateId, filter, after), limit + 1);
            return Page.of(rows, limit, GraphNode::id);
        });
    }

    public Page<GraphEdge> edges(UUID assessmentId, Scope scope, GraphFilter filter, int limit, Optional<String> cursor)
    {
        Optional<Integer> after = Page.decode(cursor).map(GraphStore::ordinal);
        return Sql.inTransaction(database, connection -> {
            UUID estateId = estateOf(connection, assessmentId, scope);
            List<GraphEdge> rows = readEdges(connection, GraphQuery.edges(EDGE_COLUMNS, assessmentId, estateId, filter, Ends.EITHER, after), limit + 1);
            // the allowed edges follow the stored ones in the graph's order
            if (allowsAllowed(filter)) {
                allowed.read(connection, assessmentId, estateId, filter, Ends.EITHER, after, limit + 1, rows);
            }
            return Page.of(rows, limit, edge -> edge.id().substring(1));
        });
    }

    /**
     * The selected nodes and the edges between them, refused when they would be more than
     * {@code maximumElements}: counted first, so a refusal reads no rows.
     */
    public CytoscapeDocument cytoscape(UUID assessmentId, Scope scope, GraphFilter filter, int maximumElements)
    {
        return Sql.inTransaction(database, connection -> {
            UUID estateId = estateOf(connection, assessmentId, scope);
            GraphQuery nodes = GraphQuery.nodes(NODE_COLUMNS, assessmentId, estateId, filter, Optional.empty());
            GraphQuery edges = GraphQuery.edges(EDGE_COLUMNS, assessmentId, estateId, filter, Ends.BOTH, Optional.empty());
            long nodeCount = count(connection, nodes);
            long storedCount = count(connection, edges);
            // the allowed edges are derived to count them, so no further than the maximum needs
            long allowedRoom = Math.max(0, maximumElements - nodeCount - storedCount);
            long allowedCount = allowsAllowed(filter) ? allowed.count(connection, assessmentId, estateId, filter, Ends.BOTH, allowedRoom) : 0;
            long edgeCount = storedCount + allowedCount;
            if (nodeCount + edgeCount > maximumElements) {
                throw new CloudMigrateException(ServerErrorCode.UNPROCESSABLE, "the graph selected has " + nodeCount + " nodes and "
                        + (allowedCount > allowedRoom ? "at least " : "") + edgeCount
                        + " edges, more than the " + maximumElements + " elements a Cytoscape document holds here: narrow it with vpc, subnet, wave, strategy "
                        + "or kind (kind=OBSERVED leaves out what security groups merely allow), or page through graph/nodes and graph/edges");
            }
            List<CytoscapeDocument.NodeElement> nodeElements = readNodes(connection, nodes, maximumElements + 1).stream().map(CytoscapeDocument.NodeElement::new).toList();
            List<GraphEdge> edgeRows = readEdges(connection, edges, maximumElements + 1);
            if (allowsAllowed(filter)) {
                allowed.read(connection, assessmentId, estateId, filter, Ends.BOTH, Optional.empty(), maximumElements + 1, edgeRows);
            }
            List<CytoscapeDocument.EdgeElement> edgeElements = edgeRows.stream().map(CytoscapeDocument.EdgeElement::new).toList();
            return new CytoscapeDocument(new CytoscapeDocument.Elements(nodeElements, edgeElements));
        });
    }

    /** Whether the kind filter lets allowed edges through (they are derived, not stored, since schema V10). */
    private static boolean allowsAllowed(GraphFilter filter)
    {
        return filter.kind().map(kind -> kind == EdgeKind.ALLOWED).orElse(true);
    }

    private static long count(Connection connection, GraphQuery query)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select count(*) from (" + query.text() + ") selected")) {
            query.bind(select);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    static List<GraphNode> readNodes(Connection connection, GraphQuery query, int limit)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement(query.text() + " order by " + query.order() + " limit ?")) {
            select.setInt(query.bind(select), limit);
            List<GraphNode> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    String strategy = result.getString("effective_strategy");
                    rows.add(new GraphNode(result.getString("resource_id"), result.getString("name"), result.getString("resource_type"),
                            result.getString("account_id"), result.getString("region"), result.getString("vpc_id"), strings(result.getArray("subnet_ids")),
                            (Integer) result.getObject("wave"), result.getString("move_group"), strategy == null ? null : Strategy.valueOf(strategy), null));
                }
            }
            return rows;
        }
    }

    private static List<GraphEdge> readEdges(Connection connection, GraphQuery query, int limit)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement(query.text() + " order by " + query.order() + " limit ?")) {
            select.setInt(query.bind(select), limit);
            List<GraphEdge> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(new GraphEdge("e" + result.getInt("ordinal"), result.getString("source"), result.getString("target"),
                            EdgeKind.valueOf(result.getString("kind")), result.getInt("port"), result.getString("protocol"), result.getLong("flows"),
                            result.getLong("bytes"), result.getString("evidence")));
                }
            }
            return rows;
        }
    }

    private static List<String> strings(Array array)
            throws SQLException
    {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    /** The estate of an assessment the scope sees; not found otherwise. */
    static UUID estateOf(Connection connection, UUID assessmentId, Scope scope)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select a.estate_id from assessments a join estates e on e.id = a.estate_id where a.id = ? and "
                + Scope.visible("e.workspace_id"))) {
            select.setObject(1, assessmentId);
            scope.bind(select, 2);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw AssessmentStore.notFound(assessmentId);
                }
                return result.getObject(1, UUID.class);
            }
        }
    }

    private static int ordinal(String sortKey)
    {
        try {
            return Integer.parseInt(sortKey);
        }
        catch (NumberFormatException e) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "the cursor was not given by this server for this list; start again without a cursor");
        }
    }
}
