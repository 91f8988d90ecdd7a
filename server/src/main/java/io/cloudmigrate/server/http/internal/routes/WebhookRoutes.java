package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.server.http.internal.storage.Webhook.EventType;
import io.cloudmigrate.server.http.internal.storage.Webhook.Format;
import io.cloudmigrate.server.http.internal.storage.WebhookDelivery.State;
import io.cloudmigrate.server.http.internal.storage.WebhookStore;
import io.cloudmigrate.server.http.internal.storage.WebhookStore.WebhookRequest;
import io.cloudmigrate.server.http.internal.webhooks.AddressPolicy;
import io.cloudmigrate.server.http.internal.webhooks.WebhookSignature;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The webhooks of a workspace, managed by its admins: created (the answer shows the signing secret,
 * once), listed, deleted, and their deliveries listed so that failures can be seen.
 */
final class WebhookRoutes
{
    private final WebhookStore webhooks;
    private final AddressPolicy addresses;

    WebhookRoutes(WebhookStore webhooks, AddressPolicy addresses)
    {
        this.webhooks = requireNonNull(webhooks, "webhooks is null");
        this.addresses = requireNonNull(addresses, "addresses is null");
    }

    void create(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID workspaceId = exchange.uuid("workspaceId");
        JsonObject body = exchange.body();
        String url = addresses.checkUrl(body.getString("url")).toString();
        JsonArray events = body.getJsonArray("events");
        List<EventType> types = events.stream().map(String::valueOf).map(EventType::ofLabel).toList();
        Format format = Format.ofLabel(body.getString("format", Format.JSON.label()));
        WebhookRequest request = new WebhookRequest(url, types, format, WebhookSignature.newSecret(), exchange.caller().name());
        exchange.blocking(() -> webhooks.create(workspaceId, request, exchange.scope()), webhook -> {
            context.response().putHeader("Location", "/api/v1/workspaces/" + workspaceId + "/webhooks/" + webhook.id());
            exchange.json(201, webhook);
        });
    }

    void list(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID workspaceId = exchange.uuid("workspaceId");
        exchange.blocking(() -> Map.of("items", webhooks.list(workspaceId, exchange.scope())), list -> exchange.json(200, list));
    }

    void delete(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID workspaceId = exchange.uuid("workspaceId");
        UUID webhookId = exchange.uuid("webhookId");
        exchange.blocking(() -> {
            webhooks.delete(workspaceId, webhookId, exchange.scope());
            return webhookId;
        }, ignored -> exchange.noContent());
    }

    void deliveries(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID workspaceId = exchange.uuid("workspaceId");
        UUID webhookId = exchange.uuid("webhookId");
        Optional<State> state = exchange.query("state").map(State::ofLabel);
        int limit = exchange.limit();
        exchange.blocking(() -> Map.of("items", webhooks.deliveries(workspaceId, webhookId, state, limit, exchange.scope())), list -> exchange.json(200, list));
    }
}
