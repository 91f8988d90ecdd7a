package io.cloudmigrate.server.http.internal.routes;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;

import java.util.Optional;

/**
 * The contract's operation of a request, found once by a root handler and read by the handlers after
 * it (authentication, the audit trail), so that no request walks the contract's paths more than once.
 */
final class ContractOperation
{
    private static final String KEY = "cloudmigrate.operation";

    private ContractOperation() {}

    static Handler<RoutingContext> resolver(OpenAPIContract contract)
    {
        return context -> {
            String path = context.request().path();
            Operation operation = path == null ? null : contract.findOperation(path, context.request().method());
            if (operation != null) {
                context.put(KEY, operation);
            }
            context.next();
        };
    }

    /** Empty when the request names no operation of the contract (the router then answers 404 or 405). */
    static Optional<Operation> of(RoutingContext context)
    {
        return Optional.ofNullable(context.get(KEY));
    }
}
