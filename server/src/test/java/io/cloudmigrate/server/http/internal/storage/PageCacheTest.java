package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.server.http.internal.storage.PageCache.Cached;
import io.cloudmigrate.server.http.internal.storage.PageCache.Key;
import io.cloudmigrate.server.http.internal.storage.PageCache.View;
import org.junit.jupiter.api.Test;

import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PageCacheTest
{
    private static final UUID ASSESSMENT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Test
    void dropsTheLeastRecentlyReadPageOnceTheBytesPassTheCapacity()
    {
        Cached page = new Cached("v1", new byte[1000]);
        PageCache cache = new PageCache(3 * page.bytes());
        cache.put(key("a"), page);
        cache.put(key("b"), page);
        cache.put(key("c"), page);
        assertThat(cache.get(key("a"))).isPresent();

        cache.put(key("d"), page);

        assertThat(cache.get(key("b"))).isEmpty();
        assertThat(cache.get(key("a"))).isPresent();
        assertThat(cache.get(key("c"))).isPresent();
        assertThat(cache.get(key("d"))).isPresent();
        assertThat(cache.bytes()).isEqualTo(3 * page.bytes());
    }

    @Test
    void replacesAPageWithoutCountingItTwice()
    {
        PageCache cache = new PageCache(1_000_000);
        cache.put(key("a"), new Cached("v1", new byte[1000]));
        Cached newer = new Cached("v2", new byte[400]);

        cache.put(key("a"), newer);

        assertThat(cache.get(key("a"))).contains(newer);
        assertThat(cache.bytes()).isEqualTo(newer.bytes());
    }

    @Test
    void keepsNoPageLargerThanTheCapacityAndNoneAtAllWithoutOne()
    {
        PageCache small = new PageCache(1000);
        small.put(key("a"), new Cached("v1", new byte[1000]));
        PageCache none = new PageCache(0);
        none.put(key("a"), new Cached("v1", new byte[1]));

        assertThat(small.get(key("a"))).isEmpty();
        assertThat(none.get(key("a"))).isEmpty();
        assertThat(small.bytes()).isZero();
        assertThatThrownBy(() -> new PageCache(-1)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("capacityBytes");
    }

    @Test
    void tellsPagesApartByEverythingTheRequestSays()
    {
        PageCache cache = new PageCache(1_000_000);
        cache.put(key("a"), new Cached("v1", new byte[1]));

        assertThat(cache.get(new Key(ASSESSMENT, View.SUMMARY, RecommendationFilter.NONE, 50, Optional.of("a")))).isEmpty();
        assertThat(cache.get(new Key(ASSESSMENT, View.FULL, RecommendationFilter.NONE, 49, Optional.of("a")))).isEmpty();
        assertThat(cache.get(new Key(UUID.randomUUID(), View.FULL, RecommendationFilter.NONE, 50, Optional.of("a")))).isEmpty();
        assertThat(cache.get(key("a"))).isPresent();
    }

    private static Key key(String cursor)
    {
        return new Key(ASSESSMENT, View.FULL, RecommendationFilter.NONE, 50, Optional.of(cursor));
    }
}
