package io.cloudmigrate.server.http.internal.storage;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToLongFunction;

import static java.util.Objects.requireNonNull;

/**
 * A map bounded by the summed weight of its values, the least recently read dropped first once the weight
 * passes the capacity; a value heavier than the capacity alone is not kept. Thread-safe. Its order never
 * reaches a response.
 */
final class WeightedLru<K, V>
{
    private final long capacity;
    private final ToLongFunction<V> weight;
    // access order: iteration starts at the least recently read entry
    private final LinkedHashMap<K, V> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long total;

    WeightedLru(long capacity, ToLongFunction<V> weight)
    {
        if (capacity < 0) {
            throw new IllegalArgumentException("capacity must not be negative: " + capacity);
        }
        this.capacity = capacity;
        this.weight = requireNonNull(weight, "weight is null");
    }

    synchronized Optional<V> get(K key)
    {
        return Optional.ofNullable(entries.get(key));
    }

    synchronized void put(K key, V value)
    {
        requireNonNull(key, "key is null");
        long added = weight.applyAsLong(value);
        if (added > capacity) {
            return;
        }
        V replaced = entries.put(key, value);
        total += added - (replaced == null ? 0 : weight.applyAsLong(replaced));
        Iterator<Map.Entry<K, V>> eldest = entries.entrySet().iterator();
        while (total > capacity) {
            total -= weight.applyAsLong(eldest.next().getValue());
            eldest.remove();
        }
    }

    /** The weight the entries hold together, as counted against the capacity. */
    synchronized long total()
    {
        return total;
    }
}
