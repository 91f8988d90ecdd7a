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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * The scans of live-scanned estates: the first makes the estate, each re-scan replaces its inventory
 * and is kept, numbered, so that any two can be compared.
 */
public final class ScanStore
{
    private static final String COLUMNS = "number, job_id, created_at, captured_at, resource_count, warning_count, options";

    private final Database database;

    public ScanStore(Database database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /** Stores a new estate from its first scan. */
    public Estate createEstate(UUID estateId, UUID workspaceId, UUID jobId, Inventory inventory, ScanSource source)
    {
        return Sql.inTransaction(database, connection -> {
            Estate estate = EstateStore.insert(connection, estateId, workspaceId, EstateSource.SCAN, inventory, Traffic.EMPTY);
            insert(connection, estateId, 1, jobId, inventory, source);
            return estate;
        });
    }

    /** Records a re-scan and makes its inventory the estate's; the traffic stays. */
    public EstateScan rescan(UUID estateId, UUID jobId, Inventory inventory, ScanSource source)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement("update estates set captured_at = ?, resource_count = ?, warning_count = ?, accounts = ?, "
                    + "regions = ?, warnings = ?, inventory = ? where id = ?")) {
                update.setString(1, inventory.capturedAt());
                update.setInt(2, inventory.resources().size());
                update.setInt(3, inventory.warnings().size());
                update.setString(4, JsonText.write(inventory.scope().accounts()));
                update.setString(5, JsonText.write(inventory.scope().regions()));
                update.setString(6, JsonText.write(inventory.warnings()));
                update.setString(7, JsonDocuments.toJson(inventory));
                update.setObject(8, estateId);
                if (update.executeUpdate() == 0) {
                    throw EstateStore.notFound(estateId);
                }
            }
            // The estate's row is locked by the update, so two re-scans cannot take the same number.
            int number;
            try (PreparedStatement select = connection.prepareStatement("select coalesce(max(number), 0) + 1 from estate_scans where estate_id = ?")) {
                select.setObject(1, estateId);
                try (ResultSet result = select.executeQuery()) {
                    result.next();
                    number = result.getInt(1);
                }
            }
            return insert(connection, estateId, number, jobId, inventory, source);
        });
    }

    /** The source of the estate's last scan, which a re-scan repeats; check the scope with the estate's workspace first. */
    public ScanSource lastSource(UUID estateId)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select options from estate_scans where estate_id = ? order by number desc limit 1")) {
                select.setObject(1, estateId);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        throw new CloudMigrateException(ServerErrorCode.UNPROCESSABLE, "estate " + estateId
                                + " was not made by a live scan, so there is nothing to scan again; create an estate with the source SCAN");
                    }
                    return JsonText.read(result.getString(1), ScanSource.class);
                }
            }
        });
    }

    /** The estate's scans, newest first. */
    public Page<EstateScan> list(UUID estateId, Scope scope, int limit, Optional<String> cursor)
    {
        Optional<Integer> before = Page.decode(cursor).map(ScanStore::number);
        return Sql.inTransaction(database, connection -> {
            EstateStore.visibleWorkspace(connection, estateId, scope);
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from estate_scans where estate_id = ?"
                    + (before.isPresent() ? " and number < ?" : "") + " order by number desc limit ?")) {
                int parameter = 1;
                select.setObject(parameter++, estateId);
                if (before.isPresent()) {
                    select.setInt(parameter++, before.get());
                }
                select.setInt(parameter, limit + 1);
                List<EstateScan> rows = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(read(result));
                    }
                }
                return Page.of(rows, limit, scan -> Integer.toString(scan.number()));
            }
        });
    }

    /** The inventory one scan read. */
    public Inventory inventory(UUID estateId, Scope scope, int number)
    {
        return Sql.inTransaction(database, connection -> {
            EstateStore.visibleWorkspace(connection, estateId, scope);
            try (PreparedStatement select = connection.prepareStatement("select inventory from estate_scans where estate_id = ? and number = ?")) {
                select.setObject(1, estateId);
                select.setInt(2, number);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        throw new CloudMigrateException(ServerErrorCode.NOT_FOUND, "estate " + estateId + " has no scan " + number + "; GET its scans for their numbers");
                    }
                    return JsonText.read(result.getString(1), Inventory.class);
                }
            }
        });
    }

    /** The scan job of the estate that is queued or running, if any. */
    public Optional<String> runningScan(UUID estateId)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "select id from jobs where estate_id = ? and kind = 'SCAN' and state in ('QUEUED', 'RUNNING') order by created_at limit 1")) {
                select.setObject(1, estateId);
                try (ResultSet result = select.executeQuery()) {
                    return result.next() ? Optional.of(result.getObject(1, UUID.class).toString()) : Optional.empty();
                }
            }
        });
    }

    private static EstateScan insert(Connection connection, UUID estateId, int number, UUID jobId, Inventory inventory, ScanSource source)
            throws SQLException
    {
        try (PreparedStatement insert = connection.prepareStatement("insert into estate_scans (estate_id, " + COLUMNS + ", inventory) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setObject(1, estateId);
            insert.setInt(2, number);
            insert.setObject(3, jobId);
            insert.setTimestamp(4, Sql.timestamp(Instant.now().truncatedTo(ChronoUnit.MICROS)));
            insert.setString(5, inventory.capturedAt());
            insert.setInt(6, inventory.resources().size());
            insert.setInt(7, inventory.warnings().size());
            insert.setString(8, JsonText.write(source));
            insert.setString(9, JsonDocuments.toJson(inventory));
            insert.executeUpdate();
        }
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from estate_scans where estate_id = ? and number = ?")) {
            select.setObject(1, estateId);
            select.setInt(2, number);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return read(result);
            }
        }
    }

    private static EstateScan read(ResultSet result)
            throws SQLException
    {
        return new EstateScan(result.getInt("number"), result.getObject("job_id", UUID.class).toString(), Sql.text(result.getTimestamp("created_at")),
                result.getString("captured_at"), result.getInt("resource_count"), result.getInt("warning_count"), JsonText.read(result.getString("options"), ScanSource.class).withoutExternalId());
    }

    private static int number(String sortKey)
    {
        try {
            return Integer.parseInt(sortKey);
        }
        catch (NumberFormatException e) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "the cursor was not given by this server for this list; start again without a cursor");
        }
    }
}
