package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.server.http.internal.problem.Problems;
import io.cloudmigrate.server.http.internal.storage.Database;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;

import java.util.LinkedHashMap;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Liveness, readiness, metrics and the contract itself.
 */
final class OperationsRoutes
{
    private final Database database;
    private final PrometheusMeterRegistry registry;
    private final Buffer contract;

    OperationsRoutes(Database database, PrometheusMeterRegistry registry, Buffer contract)
    {
        this.database = requireNonNull(database, "database is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.contract = requireNonNull(contract, "contract is null");
    }

    void health(RoutingContext context)
    {
        new Exchange(context).json(200, Map.of("status", "UP"));
    }

    /** Ready when the database answers; the schema was migrated before the server listened. */
    void ready(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        exchange.blocking(database::answers, answers -> {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", answers ? "UP" : "DOWN");
            body.put("schemaVersion", database.schemaVersion());
            if (answers) {
                exchange.json(200, body);
            }
            else {
                ProblemResponses.send(context, Problems.of(503, "database-unavailable",
                        "the database does not answer", null));
            }
        });
    }

    void metrics(RoutingContext context)
    {
        context.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8").end(registry.scrape());
    }

    void contract(RoutingContext context)
    {
        context.response().putHeader("Content-Type", "application/yaml").end(contract);
    }
}
