package io.cloudmigrate.server.http.internal.storage;

import static java.util.Objects.requireNonNull;

/**
 * A job as the API shows it: what it does, where it is, and what it made or why it failed.
 *
 * @param estateId the estate it reads or makes; {@code null} while an import has not made it yet
 * @param workspaceId the workspace of that estate
 * @param result the path of what it made, once it succeeded
 * @param error why it failed or was cancelled
 */
public record Job(
        String id,
        JobKind kind,
        JobState state,
        String estateId,
        String workspaceId,
        String createdAt,
        String startedAt,
        String finishedAt,
        Progress progress,
        String result,
        JobError error)
        implements Audited
{
    public Job
    {
        requireNonNull(id, "id is null");
        requireNonNull(kind, "kind is null");
        requireNonNull(state, "state is null");
        requireNonNull(workspaceId, "workspaceId is null");
        requireNonNull(progress, "progress is null");
    }

    /** What a job does. */
    public enum JobKind
    {
        IMPORT,
        ASSESS,
        FLOWS,
        SCAN,
        GENERATE
    }

    /** Where a job is; the last three are final. */
    public enum JobState
    {
        QUEUED,
        RUNNING,
        SUCCEEDED,
        FAILED,
        CANCELLED;

        public boolean isFinal()
        {
            return switch (this) {
                case QUEUED, RUNNING -> false;
                case SUCCEEDED, FAILED, CANCELLED -> true;
            };
        }
    }

    /**
     * The progress the CLI shows: the step, its number out of all steps, items done out of a total
     * where a step counts them ({@code null} where it does not), and the estimated seconds left in
     * the step ({@code null} until items are counted: a guess is not shown).
     */
    public record Progress(String step, int stepNumber, int stepCount, Long done, Long total, Long etaSeconds) {}

    /** Why a job ended without a result, in the problem+json vocabulary. */
    public record JobError(String type, String title, String detail) {}
}
