package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphView;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.server.http.internal.problem.InvalidParameterException;
import io.cloudmigrate.server.http.internal.storage.GraphFilter;
import io.cloudmigrate.server.http.internal.storage.GraphStore;
import io.cloudmigrate.server.http.internal.storage.GraphViewStore;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.vertx.ext.web.RoutingContext;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The dependency graph of an assessment: pages of nodes and edges, and the selected part as one
 * Cytoscape.js document for a drawing, either filtered as the pages are or drawn as {@code cloudmigrate graph}
 * draws it (collapse, focus and hops, edges).
 */
final class GraphRoutes
{
    /** The most nodes and edges together in one Cytoscape document; a browser draws no more usefully. */
    static final int CYTOSCAPE_ELEMENTS_MAXIMUM = 20_000;

    /** The view parameters; any of them makes the document a view. */
    private static final List<String> VIEW_PARAMETERS = List.of("collapse", "focus", "hops", "edges");

    private final GraphStore graph;
    private final GraphViewStore views;

    GraphRoutes(GraphStore graph, GraphViewStore views)
    {
        this.graph = requireNonNull(graph, "graph is null");
        this.views = requireNonNull(views, "views is null");
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
        Scope scope = exchange.scope();
        Optional<GraphView> view = view(exchange);
        if (view.isPresent()) {
            exchange.blocking(() -> views.cytoscape(id, scope, view.get(), CYTOSCAPE_ELEMENTS_MAXIMUM), document -> exchange.json(200, document));
            return;
        }
        GraphFilter filter = filter(exchange);
        exchange.blocking(() -> graph.cytoscape(id, scope, filter, CYTOSCAPE_ELEMENTS_MAXIMUM), document -> exchange.json(200, document));
    }

    /**
     * The view the parameters ask for, as {@code cloudmigrate graph --edges --wave --focus --hops --collapse} reads its
     * options; empty when none of {@link #VIEW_PARAMETERS} is given. The node filters of the plain document select
     * resources before anything is drawn, which a collapsed box or a focus's neighbourhood cannot honour, so they are refused.
     */
    private static Optional<GraphView> view(Exchange exchange)
    {
        if (VIEW_PARAMETERS.stream().allMatch(name -> exchange.query(name).isEmpty())) {
            return Optional.empty();
        }
        Optional<String> focus = exchange.query("focus");
        Optional<Integer> hops = exchange.queryInteger("hops");
        if (hops.isPresent() && focus.isEmpty()) {
            throw new InvalidParameterException("hops", "hops counts edges from the focus: give focus (a resource's ARN or name) with it, or leave hops out");
        }
        for (String filter : List.of("vpc", "subnet", "strategy")) {
            if (exchange.query(filter).isPresent()) {
                throw new InvalidParameterException(filter, filter + " selects the nodes of the document drawn without collapse, focus, hops or edges, "
                        + "and does not combine with them; narrow a view with wave or focus instead");
            }
        }
        List<String> edges = exchange.queryList("edges");
        // The contract leaves an empty list to this check: the validator's own refusal of one would name the body, not edges.
        if (exchange.query("edges").isPresent() && edges.isEmpty()) {
            throw new InvalidParameterException("edges", "edges names no edge kind; give one or more of OBSERVED, CONFIGURED and ALLOWED, "
                    + "comma-separated, or leave edges out to draw every kind");
        }
        Optional<String> kind = exchange.query("kind");
        if (kind.isPresent() && !edges.isEmpty()) {
            throw new InvalidParameterException("kind", "give the edge kinds of a view in edges alone (edges=OBSERVED,CONFIGURED), not also in kind");
        }
        Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
        for (String edge : edges) {
            if (!kinds.add(EdgeKind.valueOf(edge))) {
                throw new InvalidParameterException("edges", "edges names " + edge + " twice; name each kind once");
            }
        }
        kind.map(EdgeKind::valueOf).ifPresent(kinds::add);
        Optional<Integer> wave = exchange.queryInteger("wave");
        return Optional.of(new GraphView(kinds.isEmpty() ? EnumSet.allOf(EdgeKind.class) : kinds,
                exchange.query("collapse").map(GraphView.Collapse::valueOf).orElse(GraphView.Collapse.NONE),
                wave.map(OptionalInt::of).orElse(OptionalInt.empty()), focus, hops.orElse(GraphView.HOPS_DEFAULT)));
    }

    private static GraphFilter filter(Exchange exchange)
    {
        return new GraphFilter(exchange.query("vpc"), exchange.query("subnet"), exchange.queryInteger("wave"), exchange.query("strategy").map(Strategy::valueOf),
                exchange.query("kind").map(EdgeKind::valueOf));
    }
}
