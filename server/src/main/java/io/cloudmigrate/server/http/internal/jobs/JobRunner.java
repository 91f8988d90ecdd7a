package io.cloudmigrate.server.http.internal.jobs;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.server.http.JobTimeouts;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.internal.problem.Problem;
import io.cloudmigrate.server.http.internal.problem.Problems;
import io.cloudmigrate.server.http.internal.storage.Job;
import io.cloudmigrate.server.http.internal.storage.Job.JobError;
import io.cloudmigrate.server.http.internal.storage.Job.JobKind;
import io.cloudmigrate.server.http.internal.storage.Job.JobState;
import io.cloudmigrate.server.http.internal.storage.JobStore;
import io.cloudmigrate.server.http.internal.storage.Transactions;
import io.cloudmigrate.server.http.internal.storage.Scope;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import static java.util.Objects.requireNonNull;

/**
 * Runs jobs on virtual threads, a few at a time, recording every change of state in the database
 * and telling a listener (the SSE streams). The job is stored before it starts, so a crash leaves a
 * record that the next start marks as interrupted.
 */
public final class JobRunner
        implements AutoCloseable
{
    private static final Logger LOG = LoggerFactory.getLogger(JobRunner.class);
    private static final long SHUTDOWN_GRACE_SECONDS = 5;

    private final JobStore store;
    private final Consumer<Job> listener;
    private final MeterRegistry registry;
    private final Semaphore slots;
    private final JobTimeouts timeouts;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService deadlines = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("cloudmigrate-job-deadlines").factory());
    // Looked up by id only; never iterated where order matters.
    private final Map<UUID, JobContext> active = new ConcurrentHashMap<>();
    private volatile boolean stopping;

    public JobRunner(JobStore store, Consumer<Job> listener, MeterRegistry registry, int concurrentJobs, JobTimeouts timeouts)
    {
        this.timeouts = requireNonNull(timeouts, "timeouts is null");
        this.store = requireNonNull(store, "store is null");
        this.listener = requireNonNull(listener, "listener is null");
        this.registry = requireNonNull(registry, "registry is null");
        this.slots = new Semaphore(concurrentJobs, true);
        registry.gauge("cloudmigrate.jobs.active", active, Map::size);
    }

    /** Stores the job as queued and starts it when a slot is free. */
    public Job submit(JobKind kind, UUID workspaceId, Optional<UUID> estateId, String request, int stepCount, JobWork work)
    {
        UUID id = UUID.randomUUID();
        Job queued = store.create(id, kind, workspaceId, estateId, request, stepCount);
        JobContext context = new JobContext(id, stepCount, progress -> listener.accept(store.progressed(id, progress)));
        // The job's thread updates the job's row, which a change under way on this thread has not committed yet.
        Transactions.afterCommit(() -> {
            active.put(id, context);
            executor.execute(() -> run(id, kind, context, work));
        });
        return queued;
    }

    /** Asks a queued or running job to stop at its next step. */
    public Job cancel(UUID id, Scope scope)
    {
        Job job = store.get(id, scope);
        scope.permit(UUID.fromString(job.workspaceId()));
        JobContext context = active.get(id);
        if (job.state().isFinal() || context == null) {
            throw new CloudMigrateException(ServerErrorCode.CONFLICT, "job " + id + " has already ended (" + job.state().name().toLowerCase(Locale.ROOT)
                    + "); only a queued or running job can be cancelled");
        }
        context.cancel();
        return job;
    }

    private void run(UUID id, JobKind kind, JobContext context, JobWork work)
    {
        Timer.Sample sample = Timer.start(registry);
        JobState end = JobState.FAILED;
        try {
            slots.acquire();
            try {
                context.checkCancelled();
                listener.accept(store.started(id));
                Duration limit = timeouts.of(kind.name());
                ScheduledFuture<?> deadline = deadlines.schedule(() -> timeOut(id, kind, context, limit), limit.toNanos(), TimeUnit.NANOSECONDS);
                try {
                    // Once the work has committed its result, the job succeeded, even if a cancel came late.
                    JobWork.Outcome outcome = work.run(context);
                    listener.accept(store.succeeded(id, outcome.estateId(), outcome.result()));
                    end = JobState.SUCCEEDED;
                }
                finally {
                    deadline.cancel(false);
                }
            }
            finally {
                slots.release();
            }
        }
        catch (JobTimedOutException e) {
            // timeOut() recorded the failure when the limit passed; the work has now stopped and rolled back.
            LOG.info("job {} ({}) stopped after its time limit", id, kind);
        }
        catch (JobCancelledException e) {
            if (!stopping) {
                end = JobState.CANCELLED;
                listener.accept(store.ended(id, JobState.CANCELLED, new JobError(Problems.type("cancelled"), "Cancelled", e.getMessage())));
            }
            // When the server stops, close() records the job as interrupted instead.
        }
        catch (InterruptedException e) {
            // The server is stopping; close() marks the job as interrupted.
            Thread.currentThread().interrupt();
        }
        catch (Exception e) {
            if (stopping) {
                // Failing because the server is closing under it (its database, its pool): close() records it.
                return;
            }
            Problem problem = Problems.of(e);
            if (problem.status() >= 500) {
                LOG.error("job {} ({}) failed", id, kind, e);
            }
            listener.accept(store.ended(id, JobState.FAILED, new JobError(problem.type(), problem.title(), problem.detail())));
        }
        finally {
            active.remove(id);
            sample.stop(registry.timer("cloudmigrate.jobs", "kind", kind.name(), "state", end.name()));
        }
    }

    /**
     * Records the job as failed at once, so that callers see it when the limit passes, and stops the
     * work at its next step. A result the work commits later is not recorded: the job has ended.
     */
    private void timeOut(UUID id, JobKind kind, JobContext context, Duration limit)
    {
        String name = kind.name().toLowerCase(Locale.ROOT);
        String reason = "the " + name + " job exceeded its time limit of " + describe(limit)
                + (context.currentStep() == null ? "" : " during the step '" + context.currentStep() + "'")
                + "; the server's operator sets it with 'serve --job-timeout " + name + "=DURATION'";
        context.timeOut(reason);
        try {
            listener.accept(store.ended(id, JobState.FAILED, new JobError(Problems.type("timeout"), "Timed Out", reason)));
        }
        catch (RuntimeException e) {
            LOG.warn("cannot record the timeout of job {}: {}", id, e.toString());
        }
    }

    private static String describe(Duration limit)
    {
        return limit.toMillis() % 1000 == 0 ? limit.toSeconds() + " s" : limit.toMillis() + " ms";
    }

    /**
     * Stops the running jobs at their next step and records them as interrupted by the shutdown.
     * A step that does not end within the grace period is abandoned: its job is recorded as
     * interrupted all the same, and what it would write later is refused.
     */
    @Override
    public void close()
    {
        stopping = true;
        active.values().forEach(JobContext::cancel);
        // No interrupts: an interrupted JDBC call closes its connection, and the flag stops each job at its next step.
        deadlines.shutdownNow();
        executor.shutdown();
        try {
            executor.awaitTermination(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        List<Job> interrupted = store.interruptAll("interrupted by shutdown");
        if (!interrupted.isEmpty()) {
            LOG.info("{} job(s) were interrupted by the shutdown", interrupted.size());
        }
        interrupted.forEach(listener);
    }
}
