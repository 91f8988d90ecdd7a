package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * A change and its record in one database transaction: every store call the change makes on this
 * thread joins the transaction (each in a savepoint of its own, so that a store that fails undoes only
 * its own part, as it would alone), and so does the record. Either both are committed or neither.
 *
 * <p>What must not see the change before it is committed (a job's thread, which would update a job
 * row it cannot see yet) waits with {@link #afterCommit}.
 */
public final class Transactions
{
    private static final ThreadLocal<Ambient> AMBIENT = new ThreadLocal<>();

    private Transactions() {}

    /** The transaction a thread's store calls join. */
    private record Ambient(Database database, Connection connection, List<Runnable> afterCommit) {}

    /**
     * Runs the change, then the record of its result, in one transaction, and commits. When the change
     * fails, what it did before failing is committed as it would have been without a record (a store
     * call that completed stands), and nothing is recorded; when the record fails, the change is
     * rolled back too: a change that cannot be recorded is not made.
     */
    public static <T> T recorded(Database database, Callable<T> change, Consumer<T> record)
            throws Exception
    {
        requireNonNull(database, "database is null");
        if (AMBIENT.get() != null) {
            throw new IllegalStateException("a recorded change is already under way on this thread");
        }
        List<Runnable> afterCommit = new ArrayList<>();
        T result;
        try (Connection connection = database.connection()) {
            connection.setAutoCommit(false);
            AMBIENT.set(new Ambient(database, connection, afterCommit));
            try {
                try {
                    result = change.call();
                }
                catch (Exception | Error e) {
                    commitQuietly(connection, e);
                    AMBIENT.remove();
                    // Outside the finished transaction, so that they cannot join it.
                    runAll(afterCommit);
                    throw e;
                }
                try {
                    record.accept(result);
                }
                catch (RuntimeException | Error e) {
                    connection.rollback();
                    throw e;
                }
                connection.commit();
            }
            finally {
                AMBIENT.remove();
            }
        }
        catch (SQLException e) {
            throw new CloudMigrateException(ServerErrorCode.DATABASE_UNAVAILABLE, "database error: " + e.getMessage(), e);
        }
        runAll(afterCommit);
        return result;
    }

    /** Runs the action once the change under way on this thread is committed; at once when none is. */
    public static void afterCommit(Runnable action)
    {
        requireNonNull(action, "action is null");
        Ambient ambient = AMBIENT.get();
        if (ambient == null) {
            action.run();
        }
        else {
            ambient.afterCommit().add(action);
        }
    }

    /** The connection of the change under way on this thread, when there is one on this database. */
    static Optional<Connection> connection(Database database)
    {
        Ambient ambient = AMBIENT.get();
        return ambient == null || ambient.database() != database ? Optional.empty() : Optional.of(ambient.connection());
    }

    private static void commitQuietly(Connection connection, Throwable failure)
    {
        try {
            connection.commit();
        }
        catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    private static void runAll(List<Runnable> actions)
    {
        for (Runnable action : actions) {
            action.run();
        }
    }
}
