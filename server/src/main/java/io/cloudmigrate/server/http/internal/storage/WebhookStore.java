package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.storage.Webhook.EventType;
import io.cloudmigrate.server.http.internal.storage.Webhook.Format;
import io.cloudmigrate.server.http.internal.storage.WebhookDelivery.State;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Webhooks and their deliveries. The admins of a workspace manage its webhooks and read their
 * deliveries (scoped, like every request); the dispatcher enqueues, reads and records deliveries
 * outside any request.
 */
public final class WebhookStore
{
    private static final String DELIVERY_COLUMNS = "id, webhook_id, event_id, event_type, state, attempts, last_status_code, last_error, created_at, next_attempt_at, finished_at";

    private final Database database;

    public WebhookStore(Database database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /** What a new webhook is: the URL is checked by the caller (its scheme and address policy). */
    public record WebhookRequest(String url, List<EventType> events, Format format, String secret, String author)
    {
        public WebhookRequest
        {
            requireNonNull(url, "url is null");
            events = events.stream().distinct().sorted().toList();
            requireNonNull(format, "format is null");
            requireNonNull(secret, "secret is null");
            requireNonNull(author, "author is null");
        }
    }

    /** Creates a webhook; the answer carries its secret, the only time it is shown. */
    public Webhook create(UUID workspaceId, WebhookRequest request, Scope scope)
    {
        UUID id = UUID.randomUUID();
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        List<String> events = request.events().stream().map(EventType::label).sorted().toList();
        return Sql.inTransaction(database, connection -> {
            WorkspaceStore.visible(connection, workspaceId, scope);
            scope.permit(workspaceId);
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into webhooks (id, workspace_id, url, events, format, secret, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setObject(2, workspaceId);
                insert.setString(3, request.url());
                insert.setArray(4, connection.createArrayOf("text", events.toArray()));
                insert.setString(5, request.format().label());
                insert.setString(6, request.secret());
                insert.setString(7, request.author());
                insert.setTimestamp(8, Sql.timestamp(now));
                insert.executeUpdate();
            }
            return new Webhook(id.toString(), workspaceId.toString(), request.url(), events, request.format().label(), request.author(), now.toString(),
                    request.secret());
        });
    }

    /** The workspace's webhooks, oldest first, without their secrets. */
    public List<Webhook> list(UUID workspaceId, Scope scope)
    {
        return Sql.inTransaction(database, connection -> {
            WorkspaceStore.visible(connection, workspaceId, scope);
            scope.permit(workspaceId);
            try (PreparedStatement select = connection.prepareStatement(
                    "select id, workspace_id, url, events, format, created_by, created_at from webhooks where workspace_id = ? order by created_at, id")) {
                select.setObject(1, workspaceId);
                List<Webhook> webhooks = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        webhooks.add(readWebhook(result));
                    }
                }
                return List.copyOf(webhooks);
            }
        });
    }

    /** Deletes a webhook with its deliveries; pending ones are not attempted again. */
    public void delete(UUID workspaceId, UUID webhookId, Scope scope)
    {
        Sql.inTransaction(database, connection -> {
            WorkspaceStore.visible(connection, workspaceId, scope);
            scope.permit(workspaceId);
            try (PreparedStatement delete = connection.prepareStatement("delete from webhooks where id = ? and workspace_id = ?")) {
                delete.setObject(1, webhookId);
                delete.setObject(2, workspaceId);
                if (delete.executeUpdate() == 0) {
                    throw notFound(webhookId);
                }
            }
            return null;
        });
    }

    /** The newest deliveries of a webhook, newest first, optionally in one state. */
    public List<WebhookDelivery> deliveries(UUID workspaceId, UUID webhookId, Optional<State> state, int limit, Scope scope)
    {
        return Sql.inTransaction(database, connection -> {
            WorkspaceStore.visible(connection, workspaceId, scope);
            scope.permit(workspaceId);
            try (PreparedStatement exists = connection.prepareStatement("select 1 from webhooks where id = ? and workspace_id = ?")) {
                exists.setObject(1, webhookId);
                exists.setObject(2, workspaceId);
                try (ResultSet result = exists.executeQuery()) {
                    if (!result.next()) {
                        throw notFound(webhookId);
                    }
                }
            }
            try (PreparedStatement select = connection.prepareStatement("select " + DELIVERY_COLUMNS + " from webhook_deliveries where webhook_id = ?"
                    + " and (?::text is null or state = ?) order by created_at desc, id limit ?")) {
                select.setObject(1, webhookId);
                select.setString(2, state.map(State::label).orElse(null));
                select.setString(3, state.map(State::label).orElse(null));
                select.setInt(4, limit);
                List<WebhookDelivery> deliveries = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        deliveries.add(readDelivery(result));
                    }
                }
                return List.copyOf(deliveries);
            }
        });
    }

    private static Webhook readWebhook(ResultSet result)
            throws SQLException
    {
        Array events = result.getArray("events");
        List<String> labels = Arrays.stream((Object[]) events.getArray()).map(String::valueOf).sorted().toList();
        return new Webhook(result.getString("id"), result.getString("workspace_id"), result.getString("url"), labels, result.getString("format"),
                result.getString("created_by"), Sql.text(result.getTimestamp("created_at")), null);
    }

    static WebhookDelivery readDelivery(ResultSet result)
            throws SQLException
    {
        int status = result.getInt("last_status_code");
        Integer lastStatusCode = result.wasNull() ? null : status;
        return new WebhookDelivery(result.getString("id"), result.getString("webhook_id"), result.getString("event_id"), result.getString("event_type"),
                result.getString("state"), result.getInt("attempts"), lastStatusCode, result.getString("last_error"),
                Sql.text(result.getTimestamp("created_at")), Sql.text(result.getTimestamp("next_attempt_at")), Sql.text(result.getTimestamp("finished_at")));
    }

    private static CloudMigrateException notFound(UUID webhookId)
    {
        return new CloudMigrateException(ServerErrorCode.NOT_FOUND, "no webhook has the id " + webhookId);
    }

    static void setNullableInteger(PreparedStatement statement, int index, Integer value)
            throws SQLException
    {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        }
        else {
            statement.setInt(index, value);
        }
    }
}
