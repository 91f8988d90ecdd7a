package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.scoring.CommittedTerm;
import io.cloudmigrate.scoring.PurchaseOption;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Sums, option by option, what each committed part of a target (an instance's hours, a task's vCPU hours …)
 * costs under every purchase option offered for it. An option counts for the target only when every part
 * offers it exactly once: a total over some parts would read as a price for the whole. Not shared between threads.
 */
final class CommittedTerms
{
    /** One option for one part: the upfront fee and the month's recurring charge for the part's use. */
    record Part(PurchaseOption option, double upfrontUsd, double monthlyUsd)
    {
        Part
        {
            requireNonNull(option, "option is null");
        }
    }

    /**
     * The options offered for all the parts of a target.
     *
     * @param onDemandMonthlyUsd what the committed parts cost a month on demand
     * @param sums per option, its summed upfront fee and recurring monthly charge over the parts
     */
    record Covered(double onDemandMonthlyUsd, List<Part> sums)
    {
        Covered
        {
            sums = List.copyOf(requireNonNull(sums, "sums is null"));
        }

        /** The terms of a target whose whole run-rate on demand is {@code targetMonthlyUsd}, rounded to cents. */
        List<CommittedTerm> terms(double targetMonthlyUsd)
        {
            double uncovered = targetMonthlyUsd - onDemandMonthlyUsd;
            return sums.stream().map(sum -> {
                PurchaseOption option = sum.option();
                double effective = uncovered + sum.monthlyUsd() + sum.upfrontUsd() / (12.0 * option.years());
                Split split = switch (option.program()) {
                    case RESERVED_INSTANCE -> new Split(sum.upfrontUsd(), uncovered + sum.monthlyUsd());
                    // A plan's rate is its effective price: paid all upfront, the whole term's commitment is paid at the start.
                    case COMPUTE_SAVINGS_PLAN -> switch (option.purchaseOption()) {
                        case "All Upfront" -> new Split(sum.monthlyUsd() * 12 * option.years(), uncovered);
                        case "No Upfront" -> new Split(0.0, uncovered + sum.monthlyUsd());
                        default -> new Split(null, null);
                    };
                };
                Double upfront = split.upfrontUsd();
                Double monthly = split.monthlyUsd();
                return new CommittedTerm(option.program(), option.leaseContractLength(), option.offeringClass(), option.purchaseOption(),
                        upfront == null ? null : SnapshotCostModel.cents(upfront), monthly == null ? null : SnapshotCostModel.cents(monthly), SnapshotCostModel.cents(effective));
            }).sorted(CommittedTerm.ORDER).toList();
        }
    }

    private record Split(Double upfrontUsd, Double monthlyUsd) {}

    private final Map<String, Part> sums = new TreeMap<>();
    private Set<String> offeredEverywhere = null;
    private double onDemandMonthlyUsd;

    void add(double partOnDemandMonthlyUsd, List<Part> options)
    {
        Map<String, Part> once = new TreeMap<>();
        Set<String> repeated = new HashSet<>();
        for (Part part : options) {
            if (once.putIfAbsent(part.option().describe(), part) != null) {
                repeated.add(part.option().describe());
            }
        }
        repeated.forEach(once::remove);
        offeredEverywhere = offeredEverywhere == null ? new HashSet<>(once.keySet()) : offeredEverywhere;
        offeredEverywhere.retainAll(once.keySet());
        onDemandMonthlyUsd += partOnDemandMonthlyUsd;
        once.forEach((key, part) -> sums.merge(key, part, (sum, more) -> new Part(sum.option(), sum.upfrontUsd() + more.upfrontUsd(), sum.monthlyUsd() + more.monthlyUsd())));
    }

    Covered covered()
    {
        List<Part> kept = new ArrayList<>();
        sums.forEach((key, sum) -> {
            if (offeredEverywhere != null && offeredEverywhere.contains(key)) {
                kept.add(sum);
            }
        });
        return new Covered(onDemandMonthlyUsd, kept);
    }

    void clear()
    {
        sums.clear();
        offeredEverywhere = null;
        onDemandMonthlyUsd = 0;
    }
}
