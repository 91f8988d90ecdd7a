package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.server.http.internal.storage.Scope;
import io.cloudmigrate.server.http.internal.storage.Wave.Decision;
import io.cloudmigrate.server.http.internal.storage.WaveStore;
import io.cloudmigrate.server.http.internal.storage.WaveStore.DecisionRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.Map;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The waves of an assessment and the reviewers' decisions on them.
 */
final class WaveRoutes
{
    private final WaveStore waves;

    WaveRoutes(WaveStore waves)
    {
        this.waves = requireNonNull(waves, "waves is null");
    }

    void list(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        Scope scope = exchange.scope();
        exchange.blocking(() -> Map.of("items", waves.list(id, scope)), list -> exchange.json(200, list));
    }

    void decide(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("assessmentId");
        int number = exchange.pathInteger("waveNumber");
        JsonObject body = exchange.body();
        Caller caller = exchange.caller();
        DecisionRequest request = new DecisionRequest(Decision.valueOf(body.getString("decision")), body.getString("comment").strip(), caller.name(), caller.address());
        Scope scope = exchange.scope();
        exchange.blocking(() -> waves.decide(id, number, request, scope), wave -> exchange.json(200, wave));
    }
}
