package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * The audit log: appended to, read newest first. It has no way to change or remove an entry, and
 * the table refuses both (see the V4 migration).
 */
public final class AuditStore
{
    private final Database database;

    public AuditStore(Database database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /** What one change records; the store adds the id and the time. */
    public record Change(String actor, String address, String action, String requestId, Map<String, String> targets, String before, String after)
    {
        public Change
        {
            requireNonNull(actor, "actor is null");
            requireNonNull(address, "address is null");
            requireNonNull(action, "action is null");
            targets = Map.copyOf(requireNonNull(targets, "targets is null"));
        }
    }

    /** Which entries a list shows; an empty field does not filter. */
    public record Filter(Optional<String> actor, Optional<String> action, Optional<String> estateId, Optional<String> targetId, Optional<Instant> since,
            Optional<Instant> until)
    {
        public Filter
        {
            requireNonNull(actor, "actor is null");
            requireNonNull(action, "action is null");
            requireNonNull(estateId, "estateId is null");
            requireNonNull(targetId, "targetId is null");
            requireNonNull(since, "since is null");
            requireNonNull(until, "until is null");
        }
    }

    public AuditEntry append(Change change)
    {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement insert = connection.prepareStatement("insert into audit_log (recorded_at, actor, address, action, request_id, targets, "
                    + "before_state, after_state) values (?, ?, ?, ?, ?, ?::jsonb, ?, ?) returning id")) {
                insert.setTimestamp(1, Sql.timestamp(now));
                insert.setString(2, change.actor());
                insert.setString(3, change.address());
                insert.setString(4, change.action());
                insert.setString(5, change.requestId());
                insert.setString(6, JsonText.write(new TreeMap<>(change.targets())));
                insert.setString(7, change.before());
                insert.setString(8, change.after());
                try (ResultSet result = insert.executeQuery()) {
                    result.next();
                    return new AuditEntry(Long.toString(result.getLong(1)), now.toString(), change.actor(), change.address(), change.action(),
                            change.requestId(), change.targets(), change.before(), change.after());
                }
            }
        });
    }

    /** Entries newest first, after the cursor's entry when one is given. */
    public Page<AuditEntry> list(Filter filter, int limit, Optional<String> cursor)
    {
        Optional<Long> after = Page.decode(cursor).map(AuditStore::position);
        StringBuilder where = new StringBuilder(" where true");
        List<Object> values = new ArrayList<>();
        after.ifPresent(id -> condition(where, values, "id < ?", id));
        filter.actor().ifPresent(actor -> condition(where, values, "actor = ?", actor));
        filter.action().ifPresent(action -> condition(where, values, "action = ?", action));
        filter.estateId().ifPresent(estateId -> condition(where, values, "targets ->> 'estateId' = ?", estateId));
        filter.targetId().ifPresent(targetId -> condition(where, values, "exists (select 1 from jsonb_each_text(targets) as target where target.value = ?)",
                targetId));
        filter.since().ifPresent(since -> condition(where, values, "recorded_at >= ?", Sql.timestamp(since)));
        filter.until().ifPresent(until -> condition(where, values, "recorded_at < ?", Sql.timestamp(until)));
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select id, recorded_at, actor, address, action, request_id, targets, before_state, "
                    + "after_state from audit_log" + where + " order by id desc limit ?")) {
                int parameter = 1;
                for (Object value : values) {
                    select.setObject(parameter++, value);
                }
                select.setInt(parameter, limit + 1);
                List<AuditEntry> rows = new ArrayList<>();
                try (ResultSet result = select.executeQuery()) {
                    while (result.next()) {
                        rows.add(read(result));
                    }
                }
                return Page.of(rows, limit, AuditEntry::id);
            }
        });
    }

    private static void condition(StringBuilder where, List<Object> values, String condition, Object value)
    {
        where.append(" and ").append(condition);
        values.add(value);
    }

    private static long position(String key)
    {
        if (!key.matches("[0-9]{1,18}")) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "the cursor was not given by this server for this list; start again without a cursor");
        }
        return Long.parseLong(key);
    }

    @SuppressWarnings("unchecked")
    private static AuditEntry read(ResultSet result)
            throws SQLException
    {
        Map<String, String> targets = JsonText.read(result.getString("targets"), Map.class);
        return new AuditEntry(Long.toString(result.getLong("id")), Sql.text(result.getTimestamp("recorded_at")), result.getString("actor"),
                result.getString("address"), result.getString("action"), result.getString("request_id"), targets, result.getString("before_state"),
                result.getString("after_state"));
    }
}
