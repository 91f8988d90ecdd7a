package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.server.http.internal.storage.GraphFilter;
import io.cloudmigrate.server.http.internal.storage.GraphStore;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.vertx.ext.web.RoutingContext;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The dependency graph of an assessment: pages of nodes and edges, and the selected part as one
 * Cytoscape.js document for a drawing.
 */
final class GraphRoutes
{
    /** The most nodes and edges together in one Cytoscape document; a browser draws no more usefully. */
    static final int CYTOSCAPE_ELEMENTS_MAXIMUM = 20_000;

    private final GraphStore graph;

    GraphRoutes(GraphStore graph)
    {
        this.graph = requireNonNull(graph, "graph is null");
    }

    void nodes(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        GraphFilter filter = filter(exchange);
        Scope scope = exchange.scope();
        exchange.blocking(() -> graph.nodes(id, scope, filter, exchange.limit(), exchange.query("cursor")), page -> exchange.json(200, page));
    }

    void edges(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        GraphFilter filter = filter(exchange);
        Scope scope = exchange.scope();
        exchange.blocking(() -> graph.edges(id, scope, filter, exchange.limit(), exchange.query("cursor")), page -> exchange.json(200, page));
    }

    /** The only format today is Cytoscape.js elements; the contract refuses any other. */
    void document(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        GraphFilter filter = filter(exchange);
        Scope scope = exchange.scope();
        exchange.blocking(() -> graph.cytoscape(id, scope, filter, CYTOSCAPE_ELEMENTS_MAXIMUM), document -> exchange.json(200, document));
    }

    private static GraphFilter filter(Exchange exchange)
    {
        return new GraphFilter(exchange.query("vpc"), exchange.query("subnet"), exchange.queryInteger("wave"), exchange.query("strategy").map(Strategy::valueOf),
                exchange.query("kind").map(EdgeKind::valueOf));
    }
}
