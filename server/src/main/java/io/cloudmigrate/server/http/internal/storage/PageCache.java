package io.cloudmigrate.server.http.internal.storage;

import java.util.Optional;
import java.util.UUID;

import static java.util.Objects.requireNonNull;

/**
 * Recommendation pages as the UTF-8 JSON they were answered with, each beside the version of the data it
 * was read from, the least recently read dropped first once their bytes pass the capacity. The cache is
 * never told of a change: a reader compares an entry's version with the database's before answering with
 * it ({@link RecommendationPages}), so no write path can leave a stale page behind by forgetting to
 * invalidate it. A page of the full view is about a quarter of a megabyte, and reading its items' text
 * from PostgreSQL was most of what a page cost.
 */
final class PageCache
{
    // What an entry costs beyond its JSON (key, filter, version, map node), so that small pages are not free.
    private static final long ENTRY_OVERHEAD_BYTES = 512;

    /** How a page shows each recommendation. */
    enum View
    {
        FULL, SUMMARY
    }

    /** Everything a request says about the page; the caller's scope is checked on every read, never cached. */
    record Key(UUID assessmentId, View view, RecommendationFilter filter, int limit, Optional<String> cursor)
    {
        Key
        {
            requireNonNull(assessmentId, "assessmentId is null");
            requireNonNull(view, "view is null");
            requireNonNull(filter, "filter is null");
            requireNonNull(cursor, "cursor is null");
        }
    }

    /** A page's JSON and the version of the data it was read from. */
    record Cached(String version, byte[] json)
    {
        Cached
        {
            requireNonNull(version, "version is null");
            requireNonNull(json, "json is null");
        }

        long bytes()
        {
            return json.length + ENTRY_OVERHEAD_BYTES;
        }
    }

    private final WeightedLru<Key, Cached> entries;

    /**
     * @param capacityBytes the most the pages may hold together; 0 keeps none
     */
    PageCache(long capacityBytes)
    {
        if (capacityBytes < 0) {
            throw new IllegalArgumentException("capacityBytes must not be negative: " + capacityBytes);
        }
        this.entries = new WeightedLru<>(capacityBytes, Cached::bytes);
    }

    Optional<Cached> get(Key key)
    {
        return entries.get(key);
    }

    void put(Key key, Cached cached)
    {
        entries.put(key, cached);
    }

    /** The bytes the entries hold, as counted against the capacity. */
    long bytes()
    {
        return entries.total();
    }
}
