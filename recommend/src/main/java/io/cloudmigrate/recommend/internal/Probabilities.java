package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.recommend.StrategyProbability;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The model's probabilities with the excluded strategies set to 0, renormalised, rounded to
 * {@link StrategyProbability#DECIMALS} decimals so that {@code assessment.json} does not carry the last
 * bits of floating point, and sorted highest first (ties in the rubric's strategy order).
 */
final class Probabilities
{
    private static final double SCALE = Math.pow(10, StrategyProbability.DECIMALS);

    private Probabilities() {}

    /**
     * @param fallback the strategy that takes the whole mass when the model gives none to any allowed strategy
     *         (it never saw an example of them); when it is excluded too, the allowed strategies share it
     */
    static List<StrategyProbability> ranking(double[] probabilities, Map<Strategy, String> excluded, Strategy fallback)
    {
        double[] allowed = new double[probabilities.length];
        double mass = 0;
        for (Strategy strategy : Strategy.values()) {
            if (!excluded.containsKey(strategy)) {
                allowed[strategy.ordinal()] = probabilities[strategy.ordinal()];
                mass += allowed[strategy.ordinal()];
            }
        }
        if (!(mass > 0)) {
            if (!excluded.containsKey(fallback)) {
                allowed[fallback.ordinal()] = 1;
            }
            else {
                for (Strategy strategy : Strategy.values()) {
                    allowed[strategy.ordinal()] = excluded.containsKey(strategy) ? 0 : 1;
                }
            }
            mass = java.util.Arrays.stream(allowed).sum();
        }
        List<StrategyProbability> ranking = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            ranking.add(new StrategyProbability(strategy, Math.round(allowed[strategy.ordinal()] / mass * SCALE) / SCALE, excluded.get(strategy)));
        }
        ranking.sort(Comparator.comparingDouble((StrategyProbability entry) -> -entry.probability()).thenComparing(entry -> entry.strategy().ordinal()));
        // rounding can leave the sum a unit off; the first strategy absorbs it so that the seven sum to 1
        double rest = ranking.stream().skip(1).mapToDouble(StrategyProbability::probability).sum();
        StrategyProbability first = ranking.getFirst();
        ranking.set(0, new StrategyProbability(first.strategy(), Math.round((1 - rest) * SCALE) / SCALE, first.excludedBecause()));
        return List.copyOf(ranking);
    }
}
