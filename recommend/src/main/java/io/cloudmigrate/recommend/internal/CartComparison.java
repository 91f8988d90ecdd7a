package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.scoring.Strategy;
import org.tribuo.Model;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.impl.ArrayExample;

import java.util.List;
import java.util.function.Function;

/**
 * Tribuo's CART classification tree on the same examples, for {@code model evaluate --compare cart}: a
 * tree can build the rubric's conjunctions (idle AND no dependents AND whole window) that the linear model
 * is given as features, but its leaf frequencies are the probabilities, which are less calibrated and
 * explain a decision only as a path. Depth 12 and a fixed seed (judgement: deep enough for the rubric's
 * longest rule chain).
 */
public final class CartComparison
{
    static final int MAX_DEPTH = 12;
    private static final LabelFactory LABELS = new LabelFactory();

    private CartComparison() {}

    /** Tribuo's description of the trainer. */
    public static String trainerDescription()
    {
        return trainer().toString();
    }

    /** Trains a tree on the examples; the function gives probabilities indexed by {@link Strategy#ordinal()}. */
    static Function<double[], double[]> train(List<TrainingExample> examples)
    {
        Model<Label> model = trainer().train(StrategyModel.dataset(examples));
        String[] names = StrategyFeatures.NAMES.toArray(String[]::new);
        return features -> {
            Prediction<Label> prediction = model.predict(new ArrayExample<>(LABELS.getUnknownOutput(), names, features));
            double[] probabilities = new double[Strategy.values().length];
            for (Strategy strategy : Strategy.values()) {
                Label label = prediction.getOutputScores().get(strategy.name());
                probabilities[strategy.ordinal()] = label == null ? 0 : label.getScore();
            }
            return probabilities;
        };
    }

    private static CARTClassificationTrainer trainer()
    {
        return new CARTClassificationTrainer(MAX_DEPTH, 1.0f, StrategyModel.SEED);
    }
}
