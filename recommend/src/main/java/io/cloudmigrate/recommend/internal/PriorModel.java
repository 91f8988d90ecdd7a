package io.cloudmigrate.recommend.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The prior: the committed dataset of examples labelled by the rubric's rules, and the model trained
 * from it at first use (deterministically, so every run has the same weights and provenance hash).
 */
public final class PriorModel
{
    /** The dataset's file name; a new version gets a new name, so a model names the data it came from. */
    public static final String DATASET = "strategy-prior-v3.csv";

    private PriorModel() {}

    private static final class Holder
    {
        static final List<TrainingExample> EXAMPLES = read();
        static final StrategyModel MODEL = StrategyModel.train(EXAMPLES);
    }

    public static List<TrainingExample> examples()
    {
        return Holder.EXAMPLES;
    }

    public static StrategyModel model()
    {
        return Holder.MODEL;
    }

    private static List<TrainingExample> read()
    {
        try (InputStream input = PriorModel.class.getResourceAsStream("/io/cloudmigrate/recommend/prior/" + DATASET)) {
            if (input == null) {
                throw new IllegalStateException("the prior dataset " + DATASET + " is missing from the recommend jar");
            }
            return ExampleTable.read(new String(input.readAllBytes(), StandardCharsets.UTF_8), DATASET);
        }
        catch (IOException failure) {
            throw new UncheckedIOException("cannot read the prior dataset " + DATASET, failure);
        }
    }
}
