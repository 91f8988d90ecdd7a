package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.scoring.PriceCatalog;
import io.cloudmigrate.scoring.PriceSource;
import io.cloudmigrate.scoring.PurchaseOption;
import io.cloudmigrate.scoring.UnpricedItem;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * Prices for one resource, looked up in the resource's own region only: a region the catalog lacks has
 * no prices, and another region's are never borrowed. Collects the notes (assumptions) that end up in
 * {@code CostEstimate.basis} and the items no price covers. One instance per resource; not shared
 * between threads.
 *
 * <p>Unpriced items gather until {@link #takeUnpriced()} hands them to the amount they belong to
 * (today's run-rate, a target, the traffic), so each caller takes them right after computing it.
 */
final class PriceLookup
{
    private final PriceCatalog catalog;
    private final String region;
    private final Set<String> notes = new LinkedHashSet<>();
    private final List<UnpricedItem> unpriced = new ArrayList<>();
    private final SortedSet<PriceSource> sources = new TreeSet<>(Comparator.comparing(PriceSource::toString));
    private final SortedSet<String> committedOptions = new TreeSet<>();
    private double committedSavingUsd;
    private boolean committedEverywhere = true;
    private boolean committedAny;
    private final CommittedTerms terms = new CommittedTerms();

    /**
     * What committing to the best offers (Reserved Instances or Compute Savings Plans) saves a month on the instance hours of a target.
     *
     * @param option the offers, e.g. {@code 3-year standard Reserved Instance, All Upfront} or {@code 3-year Compute Savings Plan, No Upfront}
     * @param terms every option offered for all the committed parts, each with what it costs those parts
     */
    record Commitment(String option, double savingUsd, CommittedTerms.Covered terms)
    {
        Commitment
        {
            requireNonNull(option, "option is null");
            requireNonNull(terms, "terms is null");
        }
    }

    PriceLookup(PriceCatalog catalog, String region)
    {
        this.catalog = requireNonNull(catalog, "catalog is null");
        this.region = requireNonNull(region, "region is null");
    }

    String region()
    {
        return region;
    }

    boolean regionCovered()
    {
        return catalog.location(region).isPresent();
    }

    OptionalDouble price(String dimension)
    {
        OptionalDouble price = catalog.price(region, dimension);
        if (price.isPresent()) {
            sources.add(catalog.sourceOf(region, dimension));
        }
        return price;
    }

    /**
     * Records the best committed offer (Reserved Instance or Compute Savings Plan) for a month of an hourly dimension already priced on demand; a
     * target has a committed price only when every instance dimension in it has an offer.
     */
    void commitHours(String dimension, double onDemandHourly)
    {
        Optional<PurchaseOption> best = catalog.reserved(region, dimension).stream()
                .min(Comparator.comparingDouble(PurchaseOption::effectiveMonthlyUsd).thenComparing(PurchaseOption::describe));
        if (best.isEmpty()) {
            committedEverywhere = false;
            return;
        }
        committedAny = true;
        committedOptions.add(best.get().describe());
        committedSavingUsd += Math.max(0, onDemandHourly * PriceCatalog.HOURS_PER_MONTH - best.get().effectiveMonthlyUsd());
        terms.add(onDemandHourly * PriceCatalog.HOURS_PER_MONTH, catalog.reserved(region, dimension).stream()
                .map(option -> new CommittedTerms.Part(option, option.upfrontUsd(), option.hourlyUsd() * PriceCatalog.HOURS_PER_MONTH))
                .toList());
    }

    /**
     * Records the best Compute Savings Plan rate for a month's use of a dimension priced per unit of use (Fargate vCPU and GB
     * hours, Lambda GB-seconds); like {@link #commitHours}, the target has a committed price only when every such part has a rate.
     * Only plans count here: a Reserved Instance prices an instance, not units of use.
     *
     * @param unitsPerMonth the month's use in the dimension's unit, e.g. 730 vCPU hours for one vCPU always on
     */
    void commitUsage(String dimension, double unitsPerMonth)
    {
        OptionalDouble onDemand = catalog.price(region, dimension);
        List<PurchaseOption> plans = catalog.reserved(region, dimension).stream()
                .filter(option -> option.program() == PurchaseOption.Program.COMPUTE_SAVINGS_PLAN && option.upfrontUsd() == 0)
                .toList();
        Optional<PurchaseOption> best = plans.stream()
                .min(Comparator.comparingDouble(PurchaseOption::hourlyUsd).thenComparing(PurchaseOption::describe));
        if (onDemand.isEmpty() || best.isEmpty()) {
            committedEverywhere = false;
            return;
        }
        committedAny = true;
        committedOptions.add(best.get().describe());
        committedSavingUsd += Math.max(0, unitsPerMonth * (onDemand.getAsDouble() - best.get().hourlyUsd()));
        terms.add(unitsPerMonth * onDemand.getAsDouble(), plans.stream()
                .map(option -> new CommittedTerms.Part(option, 0, unitsPerMonth * option.hourlyUsd()))
                .toList());
    }

    /** The commitment recorded since the last call, when every instance dimension had an offer; clears it. */
    Optional<Commitment> takeCommitment()
    {
        Optional<Commitment> commitment = committedAny && committedEverywhere
                ? Optional.of(new Commitment(String.join(" + ", committedOptions), committedSavingUsd, terms.covered()))
                : Optional.empty();
        terms.clear();
        committedOptions.clear();
        committedSavingUsd = 0;
        committedEverywhere = true;
        committedAny = false;
        return commitment;
    }

    /** The sources of every price looked up so far. */
    List<PriceSource> sources()
    {
        return List.copyOf(sources);
    }

    /**
     * The price of a dimension, or 0 with {@code item} recorded as unpriced when the catalog lacks it;
     * callers multiply it by a quantity, so the missing amount stays out of every sum.
     */
    double required(String dimension, String item)
    {
        OptionalDouble price = price(dimension);
        if (price.isEmpty()) {
            unpriced(item, missing(dimension));
            return 0;
        }
        return price.getAsDouble();
    }

    /** Why a dimension has no price here, naming the source and its date. */
    String missing(String dimension)
    {
        return regionCovered()
                ? "no " + dimension + " price for " + region + " in the prices published " + catalog.snapshot()
                : "the prices published " + catalog.snapshot() + " do not cover " + region;
    }

    void unpriced(String item, String reason)
    {
        unpriced.add(new UnpricedItem(item, reason));
    }

    /** The items recorded since the last call, in the order they were found; clears them. */
    List<UnpricedItem> takeUnpriced()
    {
        List<UnpricedItem> taken = List.copyOf(unpriced);
        unpriced.clear();
        return taken;
    }

    /**
     * Notes the current Spot price beside an on-demand dimension, when one was read. It goes into the
     * basis, not into any amount: no rule marks a workload as tolerating Spot interruptions.
     */
    void spotInformation(String dimension)
    {
        catalog.spot(region, dimension).ifPresent(spot -> note(String.format(Locale.ROOT,
                "Spot price, information only (no rule marks this workload as tolerating interruptions): %s %s USD/hour in %s since %s (ec2 DescribeSpotPriceHistory)",
                dimension, BigDecimal.valueOf(spot.usdPerHour()).stripTrailingZeros().toPlainString(), spot.availabilityZone(), spot.timestamp())));
    }

    void note(String note)
    {
        notes.add(requireNonNull(note, "note is null"));
    }

    String basis()
    {
        StringBuilder basis = new StringBuilder("AWS on-demand list prices, ")
                .append(catalog.location(region).orElse(region)).append(" (").append(region).append(")");
        if (!regionCovered()) {
            basis.append(", which the price source does not cover (unpriced)");
        }
        basis.append(", ");
        // Prices from the API name their publication date; the snapshot's are named as before.
        sources.stream()
                .filter(source -> !source.published().equals(catalog.snapshot()))
                .forEach(source -> basis.append(source).append(" and "));
        basis.append("snapshot ").append(catalog.snapshot()).append(" (aws-price-watcher), ")
                .append((int) PriceCatalog.HOURS_PER_MONTH).append(" h/month");
        notes.forEach(note -> basis.append("; ").append(note));
        return basis.toString();
    }
}
