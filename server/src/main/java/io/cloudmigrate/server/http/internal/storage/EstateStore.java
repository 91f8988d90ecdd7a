package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.storage.Estate.EstateSource;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Estates: the inventory and traffic documents as the CLI writes them, with the figures a list shows.
 */
public final class EstateStore
{
    private static final String COLUMNS = "id, workspace_id, name, source, created_at, captured_at, resource_count, warning_count, traffic_records, accounts, regions";

    private final Database database;

    public EstateStore(Database database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /** The documents of an estate, for the stages that read them. */
    public record Documents(Inventory inventory, Traffic traffic) {}

    /** Stores an estate in a workspace; called by the import job, which was permitted when it was submitted. */
    public Estate create(UUID id, UUID workspaceId, EstateSource source, Inventory inventory, Traffic traffic)
    {
        return Sql.inTransaction(database, connection -> insert(connection, id, workspaceId, source, inventory, traffic));
    }

    /** Inserts an estate on the given connection, within its transaction. */
    static Estate insert(Connection connection, UUID id, UUID workspaceId, EstateSource source, Inventory inventory, Traffic traffic)
            throws SQLException
    {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement insert = connection.prepareStatement("insert into estates (" + COLUMNS
                + ", warnings, inventory, traffic) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setObject(2, workspaceId);
            insert.setString(3, inventory.name());
            insert.setString(4, source.name());
            insert.setTimestamp(5, Sql.timestamp(now));
            insert.setString(6, inventory.capturedAt());
            insert.setInt(7, inventory.resources().size());
            insert.setInt(8, inventory.warnings().size());
            insert.setLong(9, traffic.records());
            insert.setString(10, JsonText.write(inventory.scope().accounts()));
            insert.setString(11, JsonText.write(inventory.scope().regions()));
            insert.setString(12, JsonText.write(inventory.warnings()));
            insert.setString(13, JsonDocuments.toJson(inventory));
            insert.setString(14, JsonDocuments.toJson(traffic));
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + ", warnings from estates where id = ?")) {
            select.setObject(1, id);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return read(result, true);
            }
        }
    }

    /** The estates the scope sees, newest first. */
    public Page<Estate> list(Scope scope, int limit, Optional<String> cursor)
    {
        Optional<String> after = Page.decode(cursor);
        return Sql.inTransaction(database, connection -> Page.of(TimeCursor.newestFirst(connection, "estates", COLUMNS, scope, after, limit,
                        result -> read(result, false)), limit, estate -> TimeCursor.join(estate.createdAt(), estate.id())));
    }

    public Estate get(UUID id, Scope scope)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + ", warnings from estates where id = ? and " + Scope.visible("workspace_id"))) {
                select.setObject(1, id);
                scope.bind(select, 2);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        throw notFound(id);
                    }
                    return read(result, true);
                }
            }
        });
    }

    /**
     * The workspace of an estate the scope sees and may change (for an assessment job).
     *
     * @throws CloudMigrateException NOT_FOUND when the scope does not see it, FORBIDDEN when its role there is too low
     */
    public UUID permittedWorkspace(UUID id, Scope scope)
    {
        return Sql.inTransaction(database, connection -> {
            UUID workspace = visibleWorkspace(connection, id, scope);
            scope.permit(workspace);
            return workspace;
        });
    }

    /**
     * Checks that the scope may put an estate into a workspace.
     *
     * @throws CloudMigrateException NOT_FOUND when the scope does not see it, FORBIDDEN when its role there is too low
     */
    public void permitWorkspace(UUID workspaceId, Scope scope)
    {
        Sql.inTransaction(database, connection -> {
            WorkspaceStore.visible(connection, workspaceId, scope);
            scope.permit(workspaceId);
            return null;
        });
    }

    public Documents documents(UUID id)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select inventory, traffic from estates where id = ?")) {
                select.setObject(1, id);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        throw notFound(id);
                    }
                    return new Documents(JsonText.read(result.getString(1), Inventory.class), JsonText.read(result.getString(2), Traffic.class));
                }
            }
        });
    }

    /** Deletes an estate with its assessments and overrides; refused while one of its jobs is queued or running. */
    public void delete(UUID id, Scope scope)
    {
        Sql.inTransaction(database, connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select workspace_id from estates where id = ? and " + Scope.visible("workspace_id") + " for update")) {
                lock.setObject(1, id);
                scope.bind(lock, 2);
                try (ResultSet result = lock.executeQuery()) {
                    if (!result.next()) {
                        throw notFound(id);
                    }
                    scope.permit(result.getObject(1, UUID.class));
                }
            }
            Optional<String> running = JobStore.activeJobOf(connection, id);
            if (running.isPresent()) {
                throw new CloudMigrateException(ServerErrorCode.CONFLICT, "estate " + id + " has a job in progress (" + running.get()
                        + "); cancel it or wait for it to end before deleting the estate");
            }
            try (PreparedStatement delete = connection.prepareStatement("delete from estates where id = ?")) {
                delete.setObject(1, id);
                delete.executeUpdate();
            }
            return null;
        });
    }

    static CloudMigrateException notFound(UUID id)
    {
        return new CloudMigrateException(ServerErrorCode.NOT_FOUND, "no estate has the id " + id);
    }

    /** The workspace of an estate the scope sees, on the given connection; not found otherwise. */
    static UUID visibleWorkspace(Connection connection, UUID id, Scope scope)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select workspace_id from estates where id = ? and " + Scope.visible("workspace_id"))) {
            select.setObject(1, id);
            scope.bind(select, 2);
            try (ResultSet result = select.executeQuery()) {
                if (!result.next()) {
                    throw notFound(id);
                }
                return result.getObject(1, UUID.class);
            }
        }
    }

    private static Estate read(ResultSet result, boolean withWarnings)
            throws SQLException
    {
        return new Estate(result.getObject("id", UUID.class).toString(), result.getObject("workspace_id", UUID.class).toString(), result.getString("name"), EstateSource.valueOf(result.getString("source")),
                Sql.text(result.getTimestamp("created_at")), result.getString("captured_at"), result.getInt("resource_count"),
                result.getInt("warning_count"), result.getLong("traffic_records"), JsonText.strings(result.getString("accounts")),
                JsonText.strings(result.getString("regions")), withWarnings ? JsonText.warnings(result.getString("warnings")) : List.of());
    }
}
