package io.cloudmigrate.scoring;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * One price of a {@link PriceCatalog}, with where it comes from and the Reserved offers for the same
 * product (empty when the product has none).
 *
 * @param location the location name price lists use for the region, e.g. {@code EU (Ireland)}
 * @param dimension the catalog's key, e.g. {@code ec2.windows.m5.large}
 * @param usd USD per the dimension's unit
 */
public record ListedPrice(String region, String location, String dimension, double usd, PriceSource source, List<PurchaseOption> reserved)
{
    public ListedPrice
    {
        requireNonNull(region, "region is null");
        requireNonNull(location, "location is null");
        requireNonNull(dimension, "dimension is null");
        requireNonNull(source, "source is null");
        reserved = List.copyOf(requireNonNull(reserved, "reserved is null"));
        if (usd < 0 || Double.isNaN(usd) || Double.isInfinite(usd)) {
            throw new IllegalArgumentException("usd must be a finite non-negative amount: " + usd + " for " + dimension);
        }
    }
}
