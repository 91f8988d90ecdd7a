package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.scoring.Strategy;

import static java.util.Objects.requireNonNull;

/**
 * One labelled example: the features of {@link StrategyFeatures#NAMES} and the strategy chosen for them.
 *
 * @param weight how much it counts against one prior example: an organisation's decisions count more
 * @param source where it came from: {@code prior:<rule id>} or {@code decision:<resource id>}
 */
public record TrainingExample(Strategy strategy, double weight, String source, double[] features)
{
    public TrainingExample
    {
        requireNonNull(strategy, "strategy is null");
        requireNonNull(source, "source is null");
        requireNonNull(features, "features is null");
        if (features.length != StrategyFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + StrategyFeatures.NAMES.size() + " features, found " + features.length);
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("weight must be positive: " + weight);
        }
        features = features.clone();
    }

    @Override
    public double[] features()
    {
        return features.clone();
    }

    public TrainingExample withWeight(double value)
    {
        return new TrainingExample(strategy, value, source, features);
    }
}
