package io.cloudmigrate.scoring;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * A target's run-rate under one committed purchase option, offered for every committed part of the
 * target (its instance hours, Fargate vCPU and memory hours, Lambda GB-seconds); the parts no option
 * covers (storage, requests, addresses) stay at their on-demand price in every amount.
 *
 * @param program a Reserved Instance or a Compute Savings Plan
 * @param leaseContractLength {@code 1yr} or {@code 3yr}
 * @param offeringClass {@code standard} or {@code convertible} for a Reserved Instance, {@code compute} for a plan
 * @param purchaseOption {@code No Upfront}, {@code Partial Upfront} or {@code All Upfront}
 * @param upfrontUsd paid once at the start of the term, USD; null when unknown: a Compute Savings Plan paid partly
 *         upfront splits its commitment as the buyer chooses, so only its effective monthly cost is known
 * @param monthlyUsd paid every month of the term, USD; null when unknown, as {@code upfrontUsd}
 * @param effectiveMonthlyUsd {@code monthlyUsd} with the upfront fee spread over the term's months, USD
 */
public record CommittedTerm(PurchaseOption.Program program, String leaseContractLength, String offeringClass, String purchaseOption,
        Double upfrontUsd, Double monthlyUsd, double effectiveMonthlyUsd)
{
    private static final List<String> PAYMENTS = List.of("No Upfront", "Partial Upfront", "All Upfront");
    private static final List<String> CLASSES = List.of("standard", "convertible", "compute");

    /** The order of the report: Reserved Instances before plans, shorter terms, standard before convertible, less paid upfront first. */
    public static final Comparator<CommittedTerm> ORDER = Comparator.comparing(CommittedTerm::program)
            .thenComparing(CommittedTerm::leaseContractLength)
            .thenComparing(term -> rank(CLASSES, term.offeringClass().toLowerCase(Locale.ROOT)))
            .thenComparing(term -> rank(PAYMENTS, term.purchaseOption()))
            .thenComparing(CommittedTerm::describe);

    public CommittedTerm
    {
        requireNonNull(program, "program is null");
        requireNonNull(leaseContractLength, "leaseContractLength is null");
        requireNonNull(offeringClass, "offeringClass is null");
        requireNonNull(purchaseOption, "purchaseOption is null");
    }

    /** The option alone, as {@link PurchaseOption#describe()} names it. */
    public String describe()
    {
        return new PurchaseOption(program, leaseContractLength, offeringClass, purchaseOption, 0, 0).describe();
    }

    private static int rank(List<String> known, String value)
    {
        int index = known.indexOf(value);
        return index < 0 ? known.size() : index;
    }
}
