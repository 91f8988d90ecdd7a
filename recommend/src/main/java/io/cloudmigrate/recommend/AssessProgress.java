package io.cloudmigrate.recommend;

/**
 * Told how far a long step of an assessment has got: the step's name, the items done and the items
 * in all, so that a caller can show a count and an ETA. Called from the assessing thread.
 */
@FunctionalInterface
public interface AssessProgress
{
    /** Reports nothing. */
    AssessProgress NONE = (step, done, total) -> { };

    /**
     * @param step what is being done, e.g. {@code ranking strategies}
     * @param done items of the step finished so far
     * @param total items of the step in all
     */
    void update(String step, int done, int total);
}
