package io.cloudmigrate.recommend.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Values set by feature name into a fixed order, so that a misspelt name fails at once rather than training on a silent zero. */
final class FeatureVector
{
    private final Map<String, Integer> positions;
    private final double[] values;

    /** @param positions each name's index, from {@link #positions}: built once and shared, not per resource */
    FeatureVector(Map<String, Integer> positions)
    {
        this.positions = positions;
        values = new double[positions.size()];
    }

    /** Each name's index in the list. */
    static Map<String, Integer> positions(List<String> names)
    {
        Map<String, Integer> positions = new HashMap<>();
        for (int index = 0; index < names.size(); index++) {
            positions.put(names.get(index), index);
        }
        return Map.copyOf(positions);
    }

    void set(String name, double value)
    {
        Integer position = positions.get(name);
        if (position == null) {
            throw new IllegalArgumentException("no such feature: " + name);
        }
        values[position] = value;
    }

    double get(String name)
    {
        Integer position = positions.get(name);
        if (position == null) {
            throw new IllegalArgumentException("no such feature: " + name);
        }
        return values[position];
    }

    /** The values; the vector is not used after this, so they are not copied. */
    double[] values()
    {
        return values;
    }
}
