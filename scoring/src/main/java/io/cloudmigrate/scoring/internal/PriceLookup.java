package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.scoring.PriceCatalog;

import java.util.LinkedHashSet;
import java.util.OptionalDouble;
import java.util.Set;

import static java.util.Objects.requireNonNull;

/**
 * Prices for one resource: looks dimensions up in the resource's region, or in us-east-1 when the
 * snapshot does not cover that region, and collects the notes (fallbacks, estimates, assumptions)
 * that end up in {@code CostEstimate.basis}. One instance per resource; not shared between threads.
 */
final class PriceLookup
{
    static final String FALLBACK_REGION = "us-east-1";

    private final PriceCatalog catalog;
    private final String region;
    private final String pricedRegion;
    private final Set<String> notes = new LinkedHashSet<>();

    PriceLookup(PriceCatalog catalog, String region)
    {
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.region = requireNonNull(region, "region is null");
        this.pricedRegion = catalog.location(region).isPresent() ? region : FALLBACK_REGION;
    }

    String region()
    {
        return region;
    }

    /** The region whose prices are used: the resource's own, or the fallback. */
    String pricedRegion()
    {
        return pricedRegion;
    }

    OptionalDouble price(String dimension)
    {
        return catalog.price(pricedRegion, dimension);
    }

    /** A price that must exist in every region of the snapshot (service-wide dimensions). */
    double required(String dimension)
    {
        OptionalDouble price = price(dimension);
        if (price.isEmpty()) {
            note("no " + dimension + " price in the snapshot for " + pricedRegion + " (counted as 0)");
            return 0;
        }
        return price.getAsDouble();
    }

    void note(String note)
    {
        notes.add(requireNonNull(note, "note is null"));
    }

    String basis()
    {
        StringBuilder basis = new StringBuilder("AWS on-demand list prices, ")
                .append(catalog.location(pricedRegion).orElse(pricedRegion)).append(" (").append(pricedRegion).append(")");
        if (!pricedRegion.equals(region)) {
            basis.append(" used for ").append(region).append(", which the snapshot lacks");
        }
        basis.append(", snapshot ").append(catalog.snapshot()).append(" (aws-price-watcher), ")
                .append((int) PriceCatalog.HOURS_PER_MONTH).append(" h/month");
        notes.forEach(note -> basis.append("; ").append(note));
        return basis.toString();
    }
}
