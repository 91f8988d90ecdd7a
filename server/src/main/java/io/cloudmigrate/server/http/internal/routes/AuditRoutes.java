package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.storage.AuditStore;
import io.vertx.ext.web.RoutingContext;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * {@code GET /api/v1/audit}: the audit log, newest first, filtered and paged. There is deliberately
 * no operation that changes or removes an entry.
 */
final class AuditRoutes
{
    private final AuditStore store;

    AuditRoutes(AuditStore store)
    {
        this.store = requireNonNull(store, "store is null");
    }

    void list(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        AuditStore.Filter filter = new AuditStore.Filter(exchange.query("actor"), exchange.query("action"), exchange.query("estateId"),
                exchange.query("targetId"), instant(exchange, "since"), instant(exchange, "until"));
        exchange.blocking(() -> store.list(filter, exchange.limit(), exchange.query("cursor")), page -> exchange.json(200, page));
    }

    private static Optional<Instant> instant(Exchange exchange, String name)
    {
        return exchange.query(name).map(text -> {
            try {
                return Instant.parse(text);
            }
            catch (DateTimeParseException e) {
                throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, name + " must be an instant such as 2026-01-31T12:00:00Z, found '" + text + "'");
            }
        });
    }
}
