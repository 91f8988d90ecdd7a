package io.cloudmigrate.scoring;

import static java.util.Objects.requireNonNull;

/**
 * Where a set of prices comes from and when it was published.
 *
 * @param name e.g. {@code AWS Price List API} or {@code aws-price-watcher snapshot}
 * @param published the publication date of the prices, {@code yyyy-MM} or {@code yyyy-MM-dd}
 */
public record PriceSource(String name, String published)
{
    public PriceSource
    {
        requireNonNull(name, "name is null");
        requireNonNull(published, "published is null");
    }

    @Override
    public String toString()
    {
        return name + ", published " + published;
    }
}
