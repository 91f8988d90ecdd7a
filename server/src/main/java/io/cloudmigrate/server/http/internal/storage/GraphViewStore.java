package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.GraphErrorCode;
import io.cloudmigrate.graph.GraphView;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.MoveGroup;
import io.cloudmigrate.graph.ViewedGraph;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.problem.InvalidParameterException;
import io.cloudmigrate.server.http.internal.storage.GraphStore.CytoscapeDocument;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * An assessment's dependency graph as {@code cloudmigrate graph} draws it with {@code --edges}, {@code --wave},
 * {@code --focus}/{@code --hops} and {@code --collapse}: the graph module's {@link GraphView} applied to the
 * stored document, so that the API and the CLI draw the same picture. A view is kept once drawn
 * ({@link GraphViewCache}); the strategies of its resources are read per request, with the estate's overrides.
 */
public final class GraphViewStore
{
    /**
     * The most nodes and edges the drawn views kept in memory hold together: some 30 MB of heap at a few hundred
     * bytes an edge, five whole uncollapsed views of the largest size a document may have, or thousands of collapsed ones.
     */
    static final long KEPT_ELEMENTS_MAXIMUM = 100_000;

    private final Database database;
    private final GraphViewCache cache = new GraphViewCache(KEPT_ELEMENTS_MAXIMUM);

    public GraphViewStore(Database database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /** The parts of {@code assessment.json} a view reads; the mapper skips the rest (risks, costs, recommendations). */
    private record GraphDocument(Inventory inventory, GraphAnalysis graph) {}

    /**
     * The view as Cytoscape.js elements: a collapsed box with the number of resources it holds, a cluster with
     * its members as one node, edge ids {@code e1}, {@code e2} … in the view's edge order.
     *
     * @throws CloudMigrateException not found when the scope does not see the assessment (before the view is
     *         looked at, so that a focus tells nothing of another workspace); a 400 naming {@code wave} or
     *         {@code focus} when the assessment has no such wave or resource; unprocessable past {@code maximumElements}
     */
    public CytoscapeDocument cytoscape(UUID assessmentId, Scope scope, GraphView view, int maximumElements)
    {
        UUID estateId = Sql.read(database, connection -> GraphStore.estateOf(connection, assessmentId, scope));
        GraphViewOutcome outcome = cache.get(new GraphViewCache.Key(assessmentId, view), () -> draw(assessmentId, view, maximumElements));
        return switch (outcome) {
            case GraphViewOutcome.TooLarge(int nodes, int edges) -> throw new CloudMigrateException(ServerErrorCode.UNPROCESSABLE, "the view drawn has "
                    + nodes + " nodes and " + edges + " edges, more than the " + maximumElements + " elements a Cytoscape document holds here: "
                    + "collapse it (collapse=VPC_OR_TYPE draws a whole estate in a few boxes), focus on a resource, or leave ALLOWED out of edges");
            case GraphViewOutcome.Drawn drawn -> document(assessmentId, estateId, drawn);
        };
    }

    private GraphViewOutcome draw(UUID assessmentId, GraphView view, int maximumElements)
    {
        GraphDocument document = Sql.read(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select document from assessments where id = ?")) {
                select.setObject(1, assessmentId);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        throw AssessmentStore.notFound(assessmentId);
                    }
                    return JsonText.read(result.getString(1), GraphDocument.class);
                }
            }
        });
        if (view.wave().isPresent() && document.graph().waves().stream().noneMatch(wave -> wave.number() == view.wave().getAsInt())) {
            int waves = document.graph().waves().size();
            throw new InvalidParameterException("wave", "assessment " + assessmentId + " has no wave " + view.wave().getAsInt()
                    + (waves == 0 ? "; it has no waves" : "; give wave a number from 1 to " + waves));
        }
        ViewedGraph viewed;
        try {
            viewed = view.view(document.graph(), document.inventory());
        }
        catch (CloudMigrateException e) {
            // the wave was checked above: an unknown resource is the focus
            if (e.errorCode() == GraphErrorCode.UNKNOWN_RESOURCE) {
                throw new InvalidParameterException("focus", "focus: " + e.getMessage());
            }
            throw e;
        }
        // Ends outside the estate (internet, on-premises …) are nodes of their own, as the exports draw them.
        Set<String> nodes = new TreeSet<>(viewed.analysis().nodes());
        for (DependencyEdge edge : viewed.analysis().edges()) {
            nodes.add(edge.source());
            nodes.add(edge.target());
        }
        if (nodes.size() + viewed.analysis().edges().size() > maximumElements) {
            return new GraphViewOutcome.TooLarge(nodes.size(), viewed.analysis().edges().size());
        }
        return new GraphViewOutcome.Drawn(List.copyOf(nodes), viewed);
    }

    private CytoscapeDocument document(UUID assessmentId, UUID estateId, GraphViewOutcome.Drawn drawn)
    {
        GraphAnalysis analysis = drawn.viewed().analysis();
        Map<String, ViewedGraph.Box> boxes = drawn.viewed().boxes();
        List<String> resources = drawn.nodeIds().stream().filter(id -> !boxes.containsKey(id)).toList();
        Map<String, GraphNode> rows = new TreeMap<>();
        Sql.read(database, connection -> {
            GraphQuery query = new GraphQuery("select " + GraphStore.NODE_COLUMNS + GraphQuery.NODE_FROM + " where n.assessment_id = ? and n.resource_id = any(?)",
                    List.of(estateId, assessmentId, resources.toArray(String[]::new)), "n.resource_id");
            GraphStore.readNodes(connection, query, resources.size() + 1).forEach(row -> rows.put(row.id(), row));
            return rows;
        });
        // A node's wave and move group are the view's, as the CLI exports them: a box is in the last wave of what it holds.
        Map<String, Integer> waves = new TreeMap<>();
        for (MigrationWave wave : analysis.waves()) {
            wave.resourceIds().forEach(id -> waves.merge(id, wave.number(), Math::max));
        }
        Map<String, String> groups = new TreeMap<>();
        for (MoveGroup group : analysis.moveGroups()) {
            group.resourceIds().forEach(id -> groups.put(id, group.id()));
        }
        List<CytoscapeDocument.NodeElement> nodes = new ArrayList<>();
        for (String id : drawn.nodeIds()) {
            ViewedGraph.Box box = boxes.get(id);
            GraphNode row = rows.get(id);
            GraphNode node = box != null
                    ? new GraphNode(id, box.label(), null, null, null, null, List.of(), waves.get(id), groups.get(id), null, box.resources())
                    : row != null
                            ? new GraphNode(id, row.label(), row.type(), row.accountId(), row.region(), row.vpcId(), row.subnetIds(), waves.get(id), groups.get(id),
                                    row.strategy(), null)
                            : new GraphNode(id, id, null, null, null, null, List.of(), waves.get(id), groups.get(id), null, null);
            nodes.add(new CytoscapeDocument.NodeElement(node));
        }
        List<CytoscapeDocument.EdgeElement> edges = new ArrayList<>();
        for (DependencyEdge edge : analysis.edges()) {
            edges.add(new CytoscapeDocument.EdgeElement(new GraphEdge("e" + (edges.size() + 1), edge.source(), edge.target(), edge.kind(), edge.port(),
                    edge.protocol(), edge.flows(), edge.bytes(), edge.evidence())));
        }
        return new CytoscapeDocument(new CytoscapeDocument.Elements(nodes, edges));
    }
}
