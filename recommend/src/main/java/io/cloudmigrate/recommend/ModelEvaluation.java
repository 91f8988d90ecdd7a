package io.cloudmigrate.recommend;

import io.cloudmigrate.scoring.Strategy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Cross-validated quality of a strategy model and of the rules on the same examples.
 *
 * @param folds k of k-fold cross-validation
 * @param examples how many examples were split into the folds
 * @param comparisons other trainers cross-validated on the same folds, by name ({@code cart}); empty unless asked for
 */
public record ModelEvaluation(int folds, int examples, Metrics model, Metrics rules, Map<String, Metrics> comparisons)
{
    public ModelEvaluation
    {
        requireNonNull(model, "model is null");
        requireNonNull(rules, "rules is null");
        comparisons = java.util.Collections.unmodifiableMap(new TreeMap<>(comparisons == null ? Map.of() : comparisons));
    }

    /**
     * @param perClassF1 F1 per strategy that occurs among the labels or the predictions
     * @param confusion rows the true strategy, columns the predicted, both in {@link Strategy} order
     * @param brier mean over examples of the squared error summed over the seven strategies (0 best, 2 worst)
     * @param expectedCalibrationError the gap between confidence and accuracy over 10 confidence bins, weighted by their size
     */
    public record Metrics(double accuracy, double macroF1, Map<Strategy, Double> perClassF1, List<List<Integer>> confusion, double brier, double expectedCalibrationError)
    {
        public Metrics
        {
            perClassF1 = java.util.Collections.unmodifiableMap(new TreeMap<>(requireNonNull(perClassF1, "perClassF1 is null")));
            confusion = confusion.stream().map(List::copyOf).toList();
        }
    }
}
