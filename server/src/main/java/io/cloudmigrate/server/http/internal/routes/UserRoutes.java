package io.cloudmigrate.server.http.internal.routes;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.storage.Role;
import io.cloudmigrate.server.http.internal.storage.User;
import io.cloudmigrate.server.http.internal.storage.UserStore;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

import java.util.Arrays;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * The server's local users, managed by server administrators from a browser as {@code cloudmigrate
 * user} manages them from a shell: both call {@link UserStore}. Every change is audited like any other
 * (by {@link AuditTrail}, in the change's transaction); no answer carries a password or its hash.
 */
final class UserRoutes
{
    private final UserStore users;

    UserRoutes(UserStore users)
    {
        this.users = requireNonNull(users, "users is null");
    }

    /**
     * A user as the API shows one.
     *
     * @param role the role in the default workspace; {@code null} when not a member of it
     */
    record Account(String id, String name, String role, boolean administrator, boolean disabled, String createdAt)
    {
        static Account of(User user)
        {
            return new Account(user.id().toString(), user.name(), user.role().map(Role::label).orElse(null), user.administrator(), user.disabled(),
                    user.createdAt().toString());
        }
    }

    void list(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        exchange.blocking(() -> Map.of("items", users.list().stream().map(Account::of).toList()), list -> exchange.json(200, list));
    }

    void create(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        JsonObject body = exchange.body();
        String name = body.getString("name");
        Role role = Role.ofLabel(body.getString("role", Role.VIEWER.label()));
        boolean administrator = body.getBoolean("administrator", false);
        char[] password = body.getString("password").toCharArray();
        exchange.blocking(() -> {
            try {
                return users.add(name, password, role, administrator);
            }
            finally {
                Arrays.fill(password, '\0');
            }
        }, user -> {
            context.response().putHeader("Location", "/api/v1/users/" + user.name());
            exchange.json(201, Account.of(user));
        });
    }

    void get(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        String name = exchange.path("userName");
        exchange.blocking(() -> find(name), user -> exchange.json(200, Account.of(user)));
    }

    void disable(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        String name = exchange.path("userName");
        if (name.equals(exchange.caller().name())) {
            // From a browser this would lock the caller out, and possibly every administrator with them.
            throw new CloudMigrateException(ServerErrorCode.CONFLICT,
                    "you cannot disable your own account; another administrator can, or 'cloudmigrate user disable " + name + "'");
        }
        exchange.blocking(() -> {
            users.disable(name);
            return find(name);
        }, user -> exchange.json(200, Account.of(user)));
    }

    void enable(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        String name = exchange.path("userName");
        exchange.blocking(() -> {
            users.enable(name);
            return find(name);
        }, user -> exchange.json(200, Account.of(user)));
    }

    void resetPassword(RoutingContext context)
    {
        Exchange exchange = new Exchange(context);
        String name = exchange.path("userName");
        char[] password = exchange.body().getString("password").toCharArray();
        exchange.blocking(() -> {
            try {
                users.resetPassword(name, password);
            }
            finally {
                Arrays.fill(password, '\0');
            }
            return find(name);
        }, ignored -> exchange.noContent());
    }

    private User find(String name)
    {
        return users.find(name).orElseThrow(() -> new CloudMigrateException(ServerErrorCode.NOT_FOUND, "no user named '" + name + "'"));
    }
}
