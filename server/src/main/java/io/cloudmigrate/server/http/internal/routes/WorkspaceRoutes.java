package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.server.http.internal.storage.Role;
import io.cloudmigrate.server.http.internal.storage.WorkspaceStore;
import io.vertx.ext.web.RoutingContext;

import java.util.Map;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Workspaces: listed as the caller sees them, created by a server administrator, and their members
 * managed by the workspace's admins.
 */
final class WorkspaceRoutes
{
    private final WorkspaceStore workspaces;

    WorkspaceRoutes(WorkspaceStore workspaces)
    {
        this.workspaces = requireNonNull(workspaces, "workspaces is null");
    }

    void list(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        exchange.blocking(() -> Map.of("items", workspaces.list(exchange.scope().member())), list -> exchange.json(200, list));
    }

    void create(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        String name = exchange.body().getString("name");
        exchange.blocking(() -> workspaces.create(name), workspace -> {
            context.response().putHeader("Location", "/api/v1/workspaces/" + workspace.id());
            exchange.json(201, workspace);
        });
    }

    void get(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("workspaceId");
        exchange.blocking(() -> workspaces.get(id, exchange.scope()), workspace -> exchange.json(200, workspace));
    }

    void members(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("workspaceId");
        exchange.blocking(() -> Map.of("items", workspaces.members(id, exchange.scope())), list -> exchange.json(200, list));
    }

    void putMember(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("workspaceId");
        String user = exchange.path("userName");
        Role role = Role.ofLabel(exchange.body().getString("role"));
        exchange.blocking(() -> workspaces.putMember(id, user, role, exchange.scope()), member -> exchange.json(200, member));
    }

    void deleteMember(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        UUID id = exchange.uuid("workspaceId");
        String user = exchange.path("userName");
        exchange.blocking(() -> {
            workspaces.removeMember(id, user, exchange.scope());
            return id;
        }, ignored -> exchange.noContent());
    }
}
