package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.server.http.internal.storage.AssessmentStore;
import io.cloudmigrate.server.http.internal.storage.CostItem;
import io.cloudmigrate.server.http.internal.storage.RecommendationFilter;
import io.cloudmigrate.server.http.internal.storage.RiskItem;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.vertx.ext.web.RoutingContext;

import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The risks and the costs of an assessment's resources: the same rows, filters and cursors as its
 * recommendations, each seen from one side.
 */
final class RiskCostRoutes
{
    private final AssessmentStore assessments;

    RiskCostRoutes(AssessmentStore assessments)
    {
        this.assessments = requireNonNull(assessments, "assessments is null");
    }

    void risks(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        RecommendationFilter filter = Filters.of(exchange);
        Scope scope = exchange.scope();
        exchange.blocking(() -> RiskItem.page(assessments.scoredRecommendations(id, scope, filter, exchange.limit(), exchange.query("cursor"))),
                page -> exchange.json(200, page));
    }

    void costs(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        RecommendationFilter filter = Filters.of(exchange);
        Scope scope = exchange.scope();
        exchange.blocking(() -> CostItem.page(assessments.recommendations(id, scope, filter, exchange.limit(), exchange.query("cursor"))),
                page -> exchange.json(200, page));
    }
}
