package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

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
        Optional<Connection> joined = Transactions.connection(database);
        if (joined.isPresent()) {
            return inSavepoint(joined.get(), work);
        }
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

    /**
     * Runs reading work of one statement outside a transaction (autocommit): one statement reads a
     * consistent snapshot on its own, and the BEGIN and COMMIT a transaction adds are a round trip more
     * per request on the hottest reads (a signed-in caller, a page). Within a change under way, it joins it.
     */
    static <T> T read(Database database, Work<T> work)
    {
        Optional<Connection> joined = Transactions.connection(database);
        if (joined.isPresent()) {
            return inSavepoint(joined.get(), work);
        }
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(true);
            return work.run(connection);
        }
        catch (SQLException e) {
            throw new CloudMigrateException(ServerErrorCode.DATABASE_UNAVAILABLE, "database error: " + e.getMessage(), e);
        }
    }

    /** The work within a change under way ({@link Transactions}): undone alone when it fails, committed with the change. */
    private static <T> T inSavepoint(Connection connection, Work<T> work)
    {
        try {
            Savepoint savepoint = connection.setSavepoint();
            try {
                T result = work.run(connection);
                connection.releaseSavepoint(savepoint);
                return result;
            }
            catch (SQLException | RuntimeException e) {
                connection.rollback(savepoint);
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
