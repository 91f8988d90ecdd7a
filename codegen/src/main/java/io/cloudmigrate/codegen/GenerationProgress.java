package io.cloudmigrate.codegen;

/**
 * Told how far a generation has got: the step running (say {@code rendering PDFs}), and how many of
 * its items are done out of how many. Called on the thread that called
 * {@link ArtifactGenerator#generate(io.cloudmigrate.recommend.Assessment, OutputDirectory, GenerationOptions, GenerationProgress)},
 * at the start of each step and after each item.
 */
@FunctionalInterface
public interface GenerationProgress
{
    /** Tells nobody. */
    GenerationProgress NONE = (step, done, total) -> {};

    void update(String step, int done, int total);

    /**
     * As {@link #update(String, int, int)}, with the share of the step's work done besides the
     * count of its items, for items of very different sizes (a report of thousands of pages among
     * runbooks of ten): an estimate of the time left should go by the work. By default the work is ignored.
     *
     * @param workDone the work of the items done, in the step's own unit (characters of input for PDFs)
     * @param workTotal the work of all items
     */
    default void update(String step, int done, int total, long workDone, long workTotal)
    {
        update(step, done, total);
    }
}
