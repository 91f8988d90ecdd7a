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
}
