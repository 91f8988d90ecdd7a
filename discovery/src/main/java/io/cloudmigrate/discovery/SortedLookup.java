package io.cloudmigrate.discovery;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * Finds an element by key in a list sorted by that key, in O(log n): the documents keep their
 * per-resource lists sorted by resource id, and a scan of the whole list per look-up made every
 * stage quadratic in the estate.
 */
public final class SortedLookup
{
    private SortedLookup() {}

    /**
     * The first element of {@code sorted} whose key equals {@code key}. {@code sorted} must be in
     * ascending {@link String#compareTo} order of {@code keyOf}, as the documents' constructors sort them.
     */
    public static <T> Optional<T> find(List<T> sorted, Function<T, String> keyOf, String key)
    {
        requireNonNull(sorted, "sorted is null");
        requireNonNull(keyOf, "keyOf is null");
        if (key == null) {
            return Optional.empty();
        }
        int low = 0;
        int high = sorted.size();
        // The lowest index whose key is not below the key: the first of equal keys, if any.
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (keyOf.apply(sorted.get(middle)).compareTo(key) < 0) {
                low = middle + 1;
            }
            else {
                high = middle;
            }
        }
        if (low < sorted.size() && keyOf.apply(sorted.get(low)).equals(key)) {
            return Optional.of(sorted.get(low));
        }
        return Optional.empty();
    }
}
