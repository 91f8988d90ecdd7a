package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sort key of lists ordered newest first: creation time and id, so that equal times still order.
 */
final class TimeCursor
{
    private static final char SEPARATOR = '|';

    private TimeCursor() {}

    /** Reads one row of a result. */
    interface RowReader<T>
    {
        T read(ResultSet result)
                throws SQLException;
    }

    /**
     * The rows of {@code table} the scope sees (by its {@code workspace_id}) newest first, after the key
     * {@code after} when given: at most one more than {@code limit}, so that {@link Page#of} can tell
     * whether more follow.
     */
    static <T> List<T> newestFirst(Connection connection, String table, String columns, Scope scope, Optional<String> after, int limit, RowReader<T> reader)
            throws SQLException
    {
        String where = " where " + Scope.visible("workspace_id") + (after.isPresent() ? " and (created_at, id) < (?::timestamptz, ?::uuid)" : "");
        try (PreparedStatement select = connection.prepareStatement("select " + columns + " from " + table + where
                + " order by created_at desc, id desc limit ?")) {
            int parameter = scope.bind(select, 1);
            if (after.isPresent()) {
                String[] key = split(after.get());
                select.setString(parameter++, key[0]);
                select.setString(parameter++, key[1]);
            }
            select.setInt(parameter, limit + 1);
            List<T> rows = new ArrayList<>();
            try (ResultSet result = select.executeQuery()) {
                while (result.next()) {
                    rows.add(reader.read(result));
                }
            }
            return rows;
        }
    }

    static String join(String createdAt, String id)
    {
        return createdAt + SEPARATOR + id;
    }

    static String[] split(String key)
    {
        int separator = key.indexOf(SEPARATOR);
        if (separator < 0 || !key.substring(separator + 1).matches("[0-9a-f-]{36}") || !isInstant(key.substring(0, separator))) {
            throw new CloudMigrateException(ServerErrorCode.INVALID_REQUEST, "the cursor was not given by this server for this list; start again without a cursor");
        }
        return new String[] {key.substring(0, separator), key.substring(separator + 1)};
    }

    private static boolean isInstant(String text)
    {
        try {
            Instant.parse(text);
            return true;
        }
        catch (DateTimeParseException e) {
            return false;
        }
    }
}
