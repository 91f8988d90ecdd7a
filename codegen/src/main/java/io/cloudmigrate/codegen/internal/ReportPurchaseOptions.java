package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.scoring.CommittedTerm;
import io.cloudmigrate.scoring.PurchaseOption;
import io.cloudmigrate.scoring.StrategyCost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * The purchase options of the recommended targets: a summary row per option over the whole estate
 * (on demand, Reserved Instances of each term, class and payment, Compute Savings Plans of each term
 * and payment), and per target every option it is offered, for the report's Appendix C. An option no
 * target is offered, or whose split between upfront and monthly the price source does not give, is
 * "unknown", never a number made up.
 */
final class ReportPurchaseOptions
{
    static final String UNKNOWN = "unknown";

    /** Every option AWS sells for the targets priced here, whether or not this estate's price source has it. */
    private static final List<CommittedTerm> KNOWN = known();

    private final Assessment assessment;

    ReportPurchaseOptions(Assessment assessment)
    {
        this.assessment = requireNonNull(assessment, "assessment is null");
    }

    /** The summary rows, on demand first; empty when no recommended target has a committed price. */
    List<ReportModel.PurchaseRow> summary(List<Resource> resources, double monthlyAfterUsd)
    {
        List<StrategyCost> committed = committed(resources);
        if (committed.isEmpty()) {
            return List.of();
        }
        Map<String, Total> totals = new TreeMap<>();
        options(committed).forEach(option -> totals.put(option.describe(), new Total()));
        for (StrategyCost cost : committed) {
            for (CommittedTerm term : cost.committed().terms()) {
                totals.get(term.describe()).add(cost.targetMonthlyUsd(), term);
            }
        }
        List<ReportModel.PurchaseRow> rows = new ArrayList<>();
        String all = committed.size() + " of " + committed.size();
        rows.add(new ReportModel.PurchaseRow("On demand", all, Money.usd(0), Money.usd(monthlyAfterUsd), Money.usd(monthlyAfterUsd)));
        for (CommittedTerm option : options(committed)) {
            Total total = totals.get(option.describe());
            rows.add(total.targets == 0
                    ? new ReportModel.PurchaseRow(option.describe(), "0 of " + committed.size(), UNKNOWN, UNKNOWN, UNKNOWN)
                    : new ReportModel.PurchaseRow(option.describe(), total.targets + " of " + committed.size(),
                            total.splitKnown ? Money.usd(total.upfrontUsd) : UNKNOWN,
                            total.splitKnown ? Money.usd(monthlyAfterUsd - total.monthlySavingUsd) : UNKNOWN,
                            Money.usd(monthlyAfterUsd - total.effectiveSavingUsd)));
        }
        return List.copyOf(rows);
    }

    /** A row per recommended target with a committed price, in report order, with every option it is offered. */
    List<ReportModel.CommittedRow> targets(List<Resource> resources)
    {
        List<ReportModel.CommittedRow> rows = new ArrayList<>();
        List<StrategyCost> all = committed(resources);
        int options = options(all).size();
        for (Resource resource : resources) {
            Optional<StrategyCost> chosen = chosen(resource);
            if (chosen.isEmpty()) {
                continue;
            }
            StrategyCost cost = chosen.get();
            List<ReportModel.TermRow> terms = cost.committed().terms().stream()
                    .map(term -> new ReportModel.TermRow(term.describe(), amount(term.upfrontUsd()), amount(term.monthlyUsd()), Money.usd(term.effectiveMonthlyUsd())))
                    .toList();
            int unknown = options - terms.size();
            rows.add(new ReportModel.CommittedRow(resource.name(), cost.strategy().displayName(), cost.target(), Money.usd(cost.targetMonthlyUsd()), terms,
                    unknown == 0 ? "" : unknown + (unknown == 1 ? " other option: " : " other options: ") + UNKNOWN));
        }
        return List.copyOf(rows);
    }

    private List<StrategyCost> committed(List<Resource> resources)
    {
        return resources.stream().map(this::chosen).flatMap(Optional::stream).toList();
    }

    private Optional<StrategyCost> chosen(Resource resource)
    {
        return assessment.chosenCost(resource.id()).filter(cost -> cost.committed() != null && !cost.committed().terms().isEmpty());
    }

    /** The options of the table: every option AWS sells, and any other the assessment holds, in report order. */
    private static List<CommittedTerm> options(List<StrategyCost> committed)
    {
        TreeSet<CommittedTerm> options = new TreeSet<>(CommittedTerm.ORDER);
        options.addAll(KNOWN);
        // ORDER ends with the description, so an option already listed is not listed twice
        committed.forEach(cost -> options.addAll(cost.committed().terms()));
        return List.copyOf(options);
    }

    private static String amount(Double usd)
    {
        return usd == null ? UNKNOWN : Money.usd(usd);
    }

    private static List<CommittedTerm> known()
    {
        List<CommittedTerm> known = new ArrayList<>();
        for (String length : List.of("1yr", "3yr")) {
            for (String payment : List.of("No Upfront", "Partial Upfront", "All Upfront")) {
                for (String offeringClass : List.of("standard", "convertible")) {
                    known.add(new CommittedTerm(PurchaseOption.Program.RESERVED_INSTANCE, length, offeringClass, payment, 0.0, 0.0, 0));
                }
                known.add(new CommittedTerm(PurchaseOption.Program.COMPUTE_SAVINGS_PLAN, length, "compute", payment, 0.0, 0.0, 0));
            }
        }
        return List.copyOf(known);
    }

    /** One option summed over the targets that are offered it: what it saves against their on-demand run-rate. */
    private static final class Total
    {
        private int targets;
        private double upfrontUsd;
        private double monthlySavingUsd;
        private double effectiveSavingUsd;
        private boolean splitKnown = true;

        void add(double targetMonthlyUsd, CommittedTerm term)
        {
            targets++;
            effectiveSavingUsd += targetMonthlyUsd - term.effectiveMonthlyUsd();
            if (term.upfrontUsd() == null || term.monthlyUsd() == null) {
                splitKnown = false;
                return;
            }
            upfrontUsd += term.upfrontUsd();
            monthlySavingUsd += targetMonthlyUsd - term.monthlyUsd();
        }
    }
}
