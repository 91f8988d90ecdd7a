package io.cloudmigrate.recommend.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Values set by feature name into a fixed order, so that a misspelt name fails at once rather than training on a silent zero. */
final class FeatureVector
{
    private final Map<String, Integer> positions = new HashMap<>();
    private final double[] values;

    FeatureVector(List<String> names)
    {
        for (int index = 0; index < names.size(); index++) {
            positions.put(names.get(index), index);
        }
        values = new double[names.size()];
    }

    void set(String name, double value)
    {
        Integer position = positions.get(name);
        if (position == null) {
            throw new IllegalArgumentException("no such feature: " + name);
        }
        values[position] = value;
    }

    double[] values()
    {
        return values.clone();
    }
}
