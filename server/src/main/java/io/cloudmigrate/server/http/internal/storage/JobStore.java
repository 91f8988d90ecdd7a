package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.storage.Job.JobError;
import io.cloudmigrate.server.http.internal.storage.Job.JobKind;
import io.cloudmigrate.server.http.internal.storage.Job.JobState;
import io.cloudmigrate.server.http.internal.storage.Job.Progress;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Jobs and their progress. Every change is committed at once, so that a job survives the server
 * only as a record of how far it got.
 */
public final class JobStore
{
    private static final String COLUMNS = "id, kind, state, estate_id, workspace_id, created_at, started_at, finished_at, step, step_number, step_count, done, total, eta_seconds, "
            + "result, error_type, error_title, error_detail";

    private final Database database;

    public JobStore(Database database)
    {
        this.database = requireNonNull(database, "database is null");
    }

    /**
     * Queues a job. With an estate, refused while another job of that estate is queued or running:
     * two assessments of one estate at once would race on its overrides and its latest result.
     */
    public Job create(UUID id, JobKind kind, UUID workspaceId, Optional<UUID> estateId, String request, int stepCount)
    {
        requireNonNull(workspaceId, "workspaceId is null");
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        return Sql.inTransaction(database, connection -> {
            if (estateId.isPresent()) {
                try (PreparedStatement lock = connection.prepareStatement("select id from estates where id = ? for update")) {
                    lock.setObject(1, estateId.get());
                    try (ResultSet result = lock.executeQuery()) {
                        if (!result.next()) {
                            throw EstateStore.notFound(estateId.get());
                        }
                    }
                }
                Optional<String> active = activeJobOf(connection, estateId.get());
                if (active.isPresent()) {
                    throw new CloudMigrateException(ServerErrorCode.CONFLICT, "estate " + estateId.get() + " already has a job in progress: " + active.get());
                }
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "insert into jobs (id, kind, state, estate_id, request, created_at, step_count, workspace_id) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, id);
                insert.setString(2, kind.name());
                insert.setString(3, JobState.QUEUED.name());
                insert.setObject(4, estateId.orElse(null));
                insert.setString(5, request);
                insert.setTimestamp(6, Sql.timestamp(now));
                insert.setInt(7, stepCount);
                insert.setObject(8, workspaceId);
                insert.executeUpdate();
            }
            return job(connection, id).orElseThrow();
        });
    }

    /** A job the scope sees; not found otherwise. */
    public Job get(UUID id, Scope scope)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from jobs where id = ? and " + Scope.visible("workspace_id"))) {
                select.setObject(1, id);
                scope.bind(select, 2);
                try (ResultSet result = select.executeQuery()) {
                    if (!result.next()) {
                        throw notFound(id);
                    }
                    return read(result);
                }
            }
        });
    }

    /** The jobs the scope sees, newest first. */
    public Page<Job> list(Scope scope, int limit, Optional<String> cursor)
    {
        Optional<String> after = Page.decode(cursor);
        return Sql.inTransaction(database, connection -> Page.of(TimeCursor.newestFirst(connection, "jobs", COLUMNS, scope, after, limit, JobStore::read), limit,
                job -> TimeCursor.join(job.createdAt(), job.id())));
    }

    public Job started(UUID id)
    {
        return update(id, "update jobs set state = 'RUNNING', started_at = now() where id = ? and state = 'QUEUED'");
    }

    public Job progressed(UUID id, Progress progress)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement("update jobs set step = ?, step_number = ?, done = ?, total = ?, eta_seconds = ? where id = ?")) {
                update.setString(1, progress.step());
                update.setInt(2, progress.stepNumber());
                setLong(update, 3, progress.done());
                setLong(update, 4, progress.total());
                setLong(update, 5, progress.etaSeconds());
                update.setObject(6, id);
                update.executeUpdate();
            }
            return job(connection, id).orElseThrow();
        });
    }

    public Job succeeded(UUID id, Optional<UUID> estateId, String result)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update jobs set state = 'SUCCEEDED', finished_at = now(), result = ?, estate_id = coalesce(?, estate_id) where id = ? and state = 'RUNNING'")) {
                update.setString(1, result);
                update.setObject(2, estateId.orElse(null));
                update.setObject(3, id);
                update.executeUpdate();
            }
            return job(connection, id).orElseThrow();
        });
    }

    public Job ended(UUID id, JobState state, JobError error)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement(
                    "update jobs set state = ?, finished_at = now(), error_type = ?, error_title = ?, error_detail = ? where id = ? and state in ('QUEUED', 'RUNNING')")) {
                update.setString(1, state.name());
                update.setString(2, error.type());
                update.setString(3, error.title());
                update.setString(4, error.detail());
                update.setObject(5, id);
                update.executeUpdate();
            }
            return job(connection, id).orElseThrow();
        });
    }

    /**
     * Marks every job still queued or running as failed, with the reason; returns those jobs as they are
     * now, oldest first, so that whoever follows job ends (webhooks) hears of these failures too.
     */
    public List<Job> interruptAll(String reason)
    {
        return Sql.inTransaction(database, connection -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement update = connection.prepareStatement("update jobs set state = 'FAILED', finished_at = now(), error_type = ?, "
                    + "error_title = 'Interrupted', error_detail = ? where state in ('QUEUED', 'RUNNING') returning id")) {
                update.setString(1, "urn:cloudmigrate:problem:interrupted");
                update.setString(2, reason);
                try (ResultSet result = update.executeQuery()) {
                    while (result.next()) {
                        ids.add(result.getObject(1, UUID.class));
                    }
                }
            }
            List<Job> interrupted = new ArrayList<>();
            for (UUID id : ids) {
                interrupted.add(job(connection, id).orElseThrow());
            }
            interrupted.sort(Comparator.comparing(Job::createdAt).thenComparing(job -> job.id().toString()));
            return List.copyOf(interrupted);
        });
    }

    /** The job of an estate that is queued or running, described for a message. */
    static Optional<String> activeJobOf(Connection connection, UUID estateId)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement(
                "select id, kind, state from jobs where estate_id = ? and state in ('QUEUED', 'RUNNING') order by created_at limit 1")) {
            select.setObject(1, estateId);
            try (ResultSet result = select.executeQuery()) {
                return result.next()
                        ? Optional.of(result.getString("kind").toLowerCase(Locale.ROOT) + " job " + result.getString("id") + " (" + result.getString("state").toLowerCase(Locale.ROOT) + ")")
                        : Optional.empty();
            }
        }
    }

    private Job update(UUID id, String statement)
    {
        return Sql.inTransaction(database, connection -> {
            try (PreparedStatement update = connection.prepareStatement(statement)) {
                update.setObject(1, id);
                update.executeUpdate();
            }
            return job(connection, id).orElseThrow();
        });
    }

    private static Optional<Job> job(Connection connection, UUID id)
            throws SQLException
    {
        try (PreparedStatement select = connection.prepareStatement("select " + COLUMNS + " from jobs where id = ?")) {
            select.setObject(1, id);
            try (ResultSet result = select.executeQuery()) {
                return result.next() ? Optional.of(read(result)) : Optional.empty();
            }
        }
    }

    private static Job read(ResultSet result)
            throws SQLException
    {
        UUID estateId = result.getObject("estate_id", UUID.class);
        String errorTitle = result.getString("error_title");
        return new Job(result.getObject("id", UUID.class).toString(), JobKind.valueOf(result.getString("kind")), JobState.valueOf(result.getString("state")),
                estateId == null ? null : estateId.toString(), result.getObject("workspace_id", UUID.class).toString(), Sql.text(result.getTimestamp("created_at")), Sql.text(result.getTimestamp("started_at")),
                Sql.text(result.getTimestamp("finished_at")),
                new Progress(result.getString("step"), result.getInt("step_number"), result.getInt("step_count"), nullableLong(result, "done"),
                        nullableLong(result, "total"), nullableLong(result, "eta_seconds")),
                result.getString("result"),
                errorTitle == null ? null : new JobError(result.getString("error_type"), errorTitle, result.getString("error_detail")));
    }

    private static Long nullableLong(ResultSet result, String column)
            throws SQLException
    {
        long value = result.getLong(column);
        return result.wasNull() ? null : value;
    }

    private static void setLong(PreparedStatement statement, int index, Long value)
            throws SQLException
    {
        if (value == null) {
            statement.setNull(index, Types.BIGINT);
        }
        else {
            statement.setLong(index, value);
        }
    }

    static CloudMigrateException notFound(UUID id)
    {
        return new CloudMigrateException(ServerErrorCode.NOT_FOUND, "no job has the id " + id);
    }
}
