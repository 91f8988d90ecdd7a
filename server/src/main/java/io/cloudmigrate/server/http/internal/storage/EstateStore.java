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
    private static final String COLUMNS = "id, name, source, created_at, captured_at, resource_count, warning_count, traffic_records, accounts, regions";

    private final Database database;

    public EstateStore(Database database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /** The documents of an estate, for the stages that read them. */
    public record Documents(Inventory inventory, Traffic traffic) {}

    public Estate create(UUID id, EstateSource source, Inventory inventory, Traffic traffic)
    {
        return Sql.inTransaction(database, connection -> insert(connection, id, source, inventory, traffic));
    }

    /** Inserts an estate on the given connection, within its transaction. */
    static Estate insert(Connection connection, UUID id, EstateSource source, Inventory inventory, Traffic traffic)
            throws SQLException
    {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        try (PreparedStatement insert = connection.prepareStatement("insert into estates (" + COLUMNS
                + ", warnings, inventory, traffic) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, id);
            insert.setString(2, inventory.name());
            insert.setString(3, source.name());
            insert.setTimestamp(4, Sql.timestamp(now));
            insert.setString(5, inventory.capturedAt());
            insert.setInt(6, inventory.resources().size());
            insert.setInt(7, inventory.warnings().size());
            insert.setLong(8, traffic.records());
            insert.setString(9, JsonText.write(inventory.scope().accounts()));
            insert.setString(10, JsonText.write(inventory.scope().regions()));
            insert.setString(11, JsonText.write(inventory.warnings()));
            insert.setString(12, JsonDocuments.toJson(inventory));
            insert.setString(13, JsonDocuments.toJson(traffic));
            insert.executeUpdate();
        }
        return estate(connection, id, true).orElseThrow();
    }

    public Page<Estate> list(int limit, Optional<String> cursor)
    {
        Optional<String> after = Page.decode(cursor);
        return Sql.inTransaction(database, connection -> Page.of(TimeCursor.newestFirst(connection, "estates", COLUMNS, after, limit, result -> read(result, false)), limit,
                estate -> TimeCursor.join(estate.createdAt(), estate.id())));
    }

    public Estate get(UUID id)
    {
        return Sql.inTransaction(database, connection -> estate(connection, id, true)).orElseThrow(() -> notFound(id));
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
    public void delete(UUID id)
    {
        Sql.inTransaction(database, connection -> {
            try (PreparedStatement lock = connection.prepareStatement("select id from estates where id = ? for update")) {
                lock.setObject(1, id);
                try (ResultSet result = lock.executeQuery()) {
                    if (!result.next()) {
                        throw notFound(id);
                    }
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

    /** Whether the estate exists, on the given connection. */
    static boolean exists(Connection connection, UUID id)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select 1 from estates where id = ?")) {
            select.setObject(1, id);
            try (ResultSet result = select.executeQuery()) {
                return result.next();
            }
        }
    }

    static Optional<Estate> estate(Connection connection, UUID id, boolean withWarnings)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + ", warnings from estates where id = ?")) {
            select.setObject(1, id);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(read(result, withWarnings)) : Optional.empty();
            }
        }
    }

    private static Estate read(ResultSet result, boolean withWarnings)
            throws SQLException
    {
        return new Estate(result.getObject("id", UUID.class).toString(), result.getString("name"), EstateSource.valueOf(result.getString("source")),
                Sql.text(result.getTimestamp("created_at")), result.getString("captured_at"), result.getInt("resource_count"),
                result.getInt("warning_count"), result.getLong("traffic_records"), JsonText.strings(result.getString("accounts")),
                JsonText.strings(result.getString("regions")), withWarnings ? JsonText.warnings(result.getString("warnings")) : List.of());
    }
}
