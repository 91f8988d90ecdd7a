package io.cloudmigrate.scoring;

import java.util.Locale;

import static io.cloudmigrate.scoring.PriceCatalog.HOURS_PER_MONTH;
import static java.util.Objects.requireNonNull;

/**
 * One committed offer for a product: a Reserved Instance of the AWS price list, or a Compute Savings
 * Plan rate; a term, an offering class, a payment option, and what it costs.
 *
 * @param program which kind of commitment it is
 * @param leaseContractLength {@code 1yr} or {@code 3yr}, as the price list spells it
 * @param offeringClass {@code standard} or {@code convertible}
 * @param purchaseOption {@code No Upfront}, {@code Partial Upfront} or {@code All Upfront}
 * @param upfrontUsd paid once at the start of the term
 * @param hourlyUsd paid every hour of the term; for a Compute Savings Plan, the plan's rate per unit of the
 *         dimension it prices: per instance hour, per Fargate vCPU or GB hour, or per Lambda GB-second
 */
public record PurchaseOption(Program program, String leaseContractLength, String offeringClass, String purchaseOption, double upfrontUsd, double hourlyUsd)
{
    /** The kinds of commitment AWS sells for instance hours. */
    public enum Program
    {
        RESERVED_INSTANCE,
        /** A Compute Savings Plan: its rate is the effective hourly price of the product under the plan, whatever the payment option. */
        COMPUTE_SAVINGS_PLAN,
    }

    public PurchaseOption
    {
        requireNonNull(program, "program is null");
        requireNonNull(leaseContractLength, "leaseContractLength is null");
        requireNonNull(offeringClass, "offeringClass is null");
        requireNonNull(purchaseOption, "purchaseOption is null");
        if (termYears(leaseContractLength) == 0) {
            throw new IllegalArgumentException("leaseContractLength must be 1yr or 3yr: " + leaseContractLength);
        }
    }

    /** A Reserved Instance offer of the price list. */
    public static PurchaseOption reservedInstance(String leaseContractLength, String offeringClass, String purchaseOption, double upfrontUsd, double hourlyUsd)
    {
        return new PurchaseOption(Program.RESERVED_INSTANCE, leaseContractLength, offeringClass, purchaseOption, upfrontUsd, hourlyUsd);
    }

    /** A Compute Savings Plan rate: the effective hourly price, nothing upfront on top of it. */
    public static PurchaseOption computeSavingsPlan(String leaseContractLength, String paymentOption, double effectiveHourlyUsd)
    {
        return new PurchaseOption(Program.COMPUTE_SAVINGS_PLAN, leaseContractLength, "compute", paymentOption, 0, effectiveHourlyUsd);
    }

    /** The term in years. */
    public int years()
    {
        return termYears(leaseContractLength);
    }

    /** The effective monthly cost over the term of one unit used every hour: the upfront fee spread over its months, plus 730 hours. */
    public double effectiveMonthlyUsd()
    {
        return upfrontUsd / (12.0 * years()) + hourlyUsd * HOURS_PER_MONTH;
    }

    /** e.g. {@code 3-year standard Reserved Instance, All Upfront} or {@code 1-year Compute Savings Plan, No Upfront}. */
    public String describe()
    {
        return switch (program) {
            case RESERVED_INSTANCE -> years() + "-year " + offeringClass.toLowerCase(Locale.ROOT) + " Reserved Instance, " + purchaseOption;
            case COMPUTE_SAVINGS_PLAN -> years() + "-year Compute Savings Plan, " + purchaseOption;
        };
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
