package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Runs work on a pooled connection, in one transaction, and turns {@link SQLException} into the
 * server's error scheme.
 */
final class Sql
{
    private Sql() {}

    interface Work<T>
    {
        T run(Connection connection)
                throws SQLException;
    }

    static <T> T inTransaction(Database database, Work<T> work)
    {
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            }
            catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
        catch (SQLException e) {
            throw new CloudMigrateException(ServerErrorCode.DATABASE_UNAVAILABLE, "database error: " + e.getMessage(), e);
        }
    }

    static Timestamp timestamp(Instant instant)
    {
        return Timestamp.from(instant);
    }

    static String text(Timestamp timestamp)
    {
        return timestamp == null ? null : timestamp.toInstant().toString();
    }
}
