package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.recommend.ModelEvaluation;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * k-fold cross-validation of the strategy model and of the rules on the same examples: accuracy, macro
 * F1, per-class F1, the confusion matrix, the Brier score and the expected calibration error (10 equal
 * bins of the first strategy's probability). The rules give no probabilities, so they are scored as
 * certain of their answer.
 */
public final class Evaluation
{
    static final int CALIBRATION_BINS = 10;
    private static final long FOLD_SEED = 42L;

    private Evaluation() {}

    /**
     * @param ruleAnswers what the rules said for each example (the label itself for the prior, which the rules labelled)
     */
    public static ModelEvaluation crossValidate(List<TrainingExample> examples, List<Strategy> ruleAnswers, int folds)
    {
        return crossValidate(examples, ruleAnswers, folds, false);
    }

    /** As {@link #crossValidate(List, List, int)}, and with {@code compareCart} a CART tree on the same folds ({@link CartComparison}). */
    public static ModelEvaluation crossValidate(List<TrainingExample> examples, List<Strategy> ruleAnswers, int folds, boolean compareCart)
    {
        if (folds < 2 || folds > examples.size()) {
            throw new IllegalArgumentException("folds must be from 2 to the number of examples (" + examples.size() + "): " + folds);
        }
        int[] fold = new int[examples.size()];
        SplittableRandom random = new SplittableRandom(FOLD_SEED);
        List<Integer> order = new ArrayList<>();
        for (int index = 0; index < examples.size(); index++) {
            order.add(index);
        }
        for (int index = order.size() - 1; index > 0; index--) {
            java.util.Collections.swap(order, index, random.nextInt(index + 1));
        }
        for (int position = 0; position < order.size(); position++) {
            fold[order.get(position)] = position % folds;
        }
        double[][] predicted = predictions(examples, fold, folds, training -> StrategyModel.train(training)::probabilities);
        Map<String, ModelEvaluation.Metrics> comparisons = new java.util.TreeMap<>();
        List<Strategy> truth = examples.stream().map(TrainingExample::strategy).toList();
        if (compareCart) {
            comparisons.put("cart", metrics(truth, predictions(examples, fold, folds, CartComparison::train)));
        }
        double[][] rules = new double[examples.size()][];
        for (int index = 0; index < examples.size(); index++) {
            rules[index] = new double[Strategy.values().length];
            rules[index][ruleAnswers.get(index).ordinal()] = 1;
        }
        return new ModelEvaluation(folds, examples.size(), metrics(truth, predicted), metrics(truth, rules), comparisons);
    }

    /** Each example's probabilities from the model trained on the other folds. */
    private static double[][] predictions(List<TrainingExample> examples, int[] fold, int folds,
            java.util.function.Function<List<TrainingExample>, java.util.function.Function<double[], double[]>> trainer)
    {
        double[][] predicted = new double[examples.size()][];
        for (int test = 0; test < folds; test++) {
            List<TrainingExample> training = new ArrayList<>();
            for (int index = 0; index < examples.size(); index++) {
                if (fold[index] != test) {
                    training.add(examples.get(index));
                }
            }
            java.util.function.Function<double[], double[]> model = trainer.apply(training);
            for (int index = 0; index < examples.size(); index++) {
                if (fold[index] == test) {
                    predicted[index] = model.apply(examples.get(index).features());
                }
            }
        }
        return predicted;
    }

    static ModelEvaluation.Metrics metrics(List<Strategy> truth, double[][] probabilities)
    {
        int strategies = Strategy.values().length;
        int[][] confusion = new int[strategies][strategies];
        double brier = 0;
        double[] binConfidence = new double[CALIBRATION_BINS];
        double[] binCorrect = new double[CALIBRATION_BINS];
        int[] binCount = new int[CALIBRATION_BINS];
        int correct = 0;
        for (int index = 0; index < truth.size(); index++) {
            double[] p = probabilities[index];
            int actual = truth.get(index).ordinal();
            int first = 0;
            for (int strategy = 1; strategy < strategies; strategy++) {
                if (p[strategy] > p[first]) {
                    first = strategy;
                }
            }
            confusion[actual][first]++;
            correct += first == actual ? 1 : 0;
            for (int strategy = 0; strategy < strategies; strategy++) {
                double error = p[strategy] - (strategy == actual ? 1 : 0);
                brier += error * error;
            }
            int bin = Math.min(CALIBRATION_BINS - 1, (int) (p[first] * CALIBRATION_BINS));
            binConfidence[bin] += p[first];
            binCorrect[bin] += first == actual ? 1 : 0;
            binCount[bin]++;
        }
        double ece = 0;
        for (int bin = 0; bin < CALIBRATION_BINS; bin++) {
            if (binCount[bin] > 0) {
                ece += Math.abs(binConfidence[bin] - binCorrect[bin]) / truth.size();
            }
        }
        Map<Strategy, Double> f1 = new EnumMap<>(Strategy.class);
        double macro = 0;
        int present = 0;
        for (Strategy strategy : Strategy.values()) {
            int s = strategy.ordinal();
            int truePositive = confusion[s][s];
            int actual = 0;
            int predicted = 0;
            for (int other = 0; other < strategies; other++) {
                actual += confusion[s][other];
                predicted += confusion[other][s];
            }
            if (actual == 0 && predicted == 0) {
                continue;
            }
            double score = actual + predicted == 0 ? 0 : 2.0 * truePositive / (actual + predicted);
            f1.put(strategy, score);
            macro += score;
            present++;
        }
        List<List<Integer>> matrix = new ArrayList<>();
        for (int[] row : confusion) {
            matrix.add(java.util.Arrays.stream(row).boxed().toList());
        }
        return new ModelEvaluation.Metrics((double) correct / truth.size(), present == 0 ? 0 : macro / present, f1, matrix, brier / truth.size(), ece);
    }
}
