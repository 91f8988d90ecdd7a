package io.cloudmigrate.scoring;

import java.util.Locale;

import static io.cloudmigrate.scoring.PriceCatalog.HOURS_PER_MONTH;
import static java.util.Objects.requireNonNull;

/**
 * One Reserved Instance offer of the AWS price list for a product: a term, an offering class, a
 * payment option, and what it costs.
 *
 * @param leaseContractLength {@code 1yr} or {@code 3yr}, as the price list spells it
 * @param offeringClass {@code standard} or {@code convertible}
 * @param purchaseOption {@code No Upfront}, {@code Partial Upfront} or {@code All Upfront}
 * @param upfrontUsd paid once at the start of the term
 * @param hourlyUsd paid every hour of the term
 */
public record PurchaseOption(String leaseContractLength, String offeringClass, String purchaseOption, double upfrontUsd, double hourlyUsd)
{
    public PurchaseOption
    {
        requireNonNull(leaseContractLength, "leaseContractLength is null");
        requireNonNull(offeringClass, "offeringClass is null");
        requireNonNull(purchaseOption, "purchaseOption is null");
        if (termYears(leaseContractLength) == 0) {
            throw new IllegalArgumentException("leaseContractLength must be 1yr or 3yr: " + leaseContractLength);
        }
    }

    /** The term in years. */
    public int years()
    {
        return termYears(leaseContractLength);
    }

    /** The effective monthly cost over the term: the upfront fee spread over its months, plus 730 hours. */
    public double effectiveMonthlyUsd()
    {
        return upfrontUsd / (12.0 * years()) + hourlyUsd * HOURS_PER_MONTH;
    }

    /** e.g. {@code 3-year standard Reserved Instance, All Upfront}. */
    public String describe()
    {
        return years() + "-year " + offeringClass.toLowerCase(Locale.ROOT) + " Reserved Instance, " + purchaseOption;
    }

    private static int termYears(String length)
    {
        return switch (length) {
            case "1yr" -> 1;
            case "3yr" -> 3;
            default -> 0;
        };
    }
}
