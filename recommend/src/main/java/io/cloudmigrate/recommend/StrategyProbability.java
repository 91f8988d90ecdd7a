package io.cloudmigrate.recommend;

import io.cloudmigrate.scoring.Strategy;

import static java.util.Objects.requireNonNull;

/**
 * One of the seven strategies with the model's probability for it.
 *
 * @param probability 0 to 1, rounded to {@link #DECIMALS} decimals; the seven of a recommendation sum to 1
 * @param excludedBecause why a hard rule of the rubric set it to 0, e.g. a forced change or missing idleness evidence; {@code null} when it was not excluded
 */
public record StrategyProbability(Strategy strategy, double probability, String excludedBecause)
{
    public static final int DECIMALS = 4;

    public StrategyProbability
    {
        requireNonNull(strategy, "strategy is null");
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability must be between 0 and 1: " + probability);
        }
    }
}
