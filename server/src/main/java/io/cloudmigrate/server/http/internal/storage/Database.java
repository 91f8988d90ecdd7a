package io.cloudmigrate.server.http.internal.storage;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.ServerOptions;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Optional;

/**
 * The server's PostgreSQL: embedded under the data directory, or external; a connection pool; the
 * schema migrated by Flyway; and a session-level advisory lock held for the life of the server, so
 * that two servers never mark each other's jobs as interrupted.
 */
public final class Database
        implements AutoCloseable
{
    private static final String MIGRATIONS = "classpath:io/cloudmigrate/server/http/migrations";
    // An arbitrary constant that names "a cloudmigrate server runs on this database".
    private static final long SERVER_LOCK_KEY = 0x436c6f75644d6967L;

    private final Optional<EmbeddedPostgres> embedded;
    private final HikariDataSource pool;
    private final Connection lockConnection;
    private final String schemaVersion;

    private Database(Optional<EmbeddedPostgres> embedded, HikariDataSource pool, Connection lockConnection, String schemaVersion)
    {
        this.embedded = embedded;
        this.pool = pool;
        this.lockConnection = lockConnection;
        this.schemaVersion = schemaVersion;
    }

    public static Database open(ServerOptions options)
    {
        Optional<EmbeddedPostgres> embedded = Optional.empty();
        HikariDataSource pool = null;
        Connection lockConnection = null;
        try {
            HikariConfig config = new HikariConfig();
            config.setPoolName("cloudmigrate");
            config.setMaximumPoolSize(10);
            if (options.database().isPresent()) {
                ServerOptions.ExternalDatabase external = options.database().get();
                config.setJdbcUrl(external.jdbcUrl());
                config.setUsername(external.user());
                config.setPassword(external.password());
            }
            else {
                Path directory = options.dataDirectory().resolve("postgresql");
                OrphanPostmaster.stopIfRunning(directory);
                // The server's own shutdown closes the database after the jobs are recorded as interrupted.
                embedded = Optional.of(EmbeddedPostgres.builder()
                        .setDataDirectory(directory)
                        .setCleanDataDirectory(false)
                        .setRegisterShutdownHook(false)
                        // The library's defaults suit throw-away test databases (no fsync); this one keeps a team's work.
                        .setServerConfig("fsync", "on")
                        .setServerConfig("synchronous_commit", "on")
                        .start());
                config.setJdbcUrl(embedded.get().getJdbcUrl("postgres", "postgres"));
            }
            pool = new HikariDataSource(config);
            lockConnection = pool.getConnection();
            holdServerLock(lockConnection, options);
            String version = migrate(pool);
            return new Database(embedded, pool, lockConnection, version);
        }
        catch (IOException | SQLException | RuntimeException e) {
            closeAll(lockConnection, pool, embedded);
            if (e instanceof CloudMigrateException known) {
                throw known;
            }
            String where = options.database().map(ServerOptions.ExternalDatabase::jdbcUrl).orElse("the embedded PostgreSQL under " + options.dataDirectory());
            throw new CloudMigrateException(ServerErrorCode.DATABASE_UNAVAILABLE, "cannot open " + where + ": " + e.getMessage(), e);
        }
    }

    private static void holdServerLock(Connection connection, ServerOptions options)
            throws SQLException
    {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("select pg_try_advisory_lock(" + SERVER_LOCK_KEY + ")")) {
            result.next();
            if (!result.getBoolean(1)) {
                throw new CloudMigrateException(ServerErrorCode.ALREADY_SERVING, "another 'cloudmigrate serve' uses the database "
                        + options.database().map(ServerOptions.ExternalDatabase::jdbcUrl).orElse("under " + options.dataDirectory())
                        + "; stop it first (one server per database)");
            }
        }
    }

    private static String migrate(HikariDataSource pool)
    {
        Flyway flyway = Flyway.configure().dataSource(pool).locations(MIGRATIONS).load();
        Optional<MigrationInfo> future = Arrays.stream(flyway.info().all())
                .filter(migration -> migration.getState() == MigrationState.FUTURE_SUCCESS || migration.getState() == MigrationState.FUTURE_FAILED)
                .reduce((first, second) -> second);
        if (future.isPresent()) {
            throw new CloudMigrateException(ServerErrorCode.SCHEMA_TOO_NEW, "the database's schema is at version " + future.get().getVersion()
                    + ", newer than this CloudMigrate knows (" + latestKnown(flyway) + "); run a newer cloudmigrate, or point --database-url at another database");
        }
        try {
            flyway.migrate();
        }
        catch (FlywayException e) {
            throw new CloudMigrateException(ServerErrorCode.DATABASE_UNAVAILABLE, "cannot migrate the database schema: " + e.getMessage(), e);
        }
        MigrationInfo current = flyway.info().current();
        return current == null ? "none" : current.getVersion().getVersion();
    }

    private static String latestKnown(Flyway flyway)
    {
        return Arrays.stream(flyway.info().all())
                .filter(migration -> migration.getState() != MigrationState.FUTURE_SUCCESS && migration.getState() != MigrationState.FUTURE_FAILED)
                .reduce((first, second) -> second)
                .map(migration -> migration.getVersion().getVersion())
                .orElse("none");
    }

    public Connection connection()
            throws SQLException
    {
        return pool.getConnection();
    }

    public String schemaVersion()
    {
        return schemaVersion;
    }

    /** Whether a query answers now. */
    public boolean answers()
    {
        try (Connection connection = pool.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(2);
            statement.execute("select 1");
            return true;
        }
        catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close()
    {
        closeAll(lockConnection, pool, embedded);
    }

    private static void closeAll(Connection lockConnection, HikariDataSource pool, Optional<EmbeddedPostgres> embedded)
    {
        try {
            if (lockConnection != null) {
                lockConnection.close();
            }
        }
        catch (SQLException ignored) {
            // The lock ends with the session either way.
        }
        if (pool != null) {
            pool.close();
        }
        if (embedded.isPresent()) {
            try {
                embedded.get().close();
            }
            catch (IOException ignored) {
                // The postmaster is already gone.
            }
        }
    }
}
