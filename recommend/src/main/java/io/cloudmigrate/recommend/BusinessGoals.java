package io.cloudmigrate.recommend;

import java.util.Collection;
import java.util.Comparator;

import static java.util.Objects.requireNonNull;

/**
 * How much an estate's owner cares about each migration goal, as integers from 1 to 5, after the
 * business goals of AWS Migration Hub Strategy Recommendations ({@code speedOfMigration},
 * {@code reduceOperationalOverheadWithManagedServices}, {@code modernizeInfrastructureWithCloudNativeTechnologies},
 * {@code licenseCostReduction}; docs.aws.amazon.com/migrationhub-strategy/latest/APIReference/API_BusinessGoals.html).
 *
 * @param speedOfMigration S: favours the lowest-effort viable option (Retain, Rehost, Relocate)
 * @param reduceOperationalOverhead O: favours a managed-service Replatform
 * @param modernizeInfrastructure M: favours Refactor
 * @param licenseCostReduction L: favours the option that removes a commercial licence
 */
public record BusinessGoals(int speedOfMigration, int reduceOperationalOverhead, int modernizeInfrastructure, int licenseCostReduction)
{
    public static final int WEIGHT_MINIMUM = 1;
    public static final int WEIGHT_MAXIMUM = 5;
    public static final int WEIGHT_DEFAULT = 3;

    /** Every goal at 3: no preference. */
    public static final BusinessGoals DEFAULT = new BusinessGoals(WEIGHT_DEFAULT, WEIGHT_DEFAULT, WEIGHT_DEFAULT, WEIGHT_DEFAULT);

    /** The goals, declared in tie-break order: speed, then operations, then licence, then modernisation. */
    public enum Goal
    {
        SPEED_OF_MIGRATION,
        REDUCE_OPERATIONAL_OVERHEAD,
        LICENSE_COST_REDUCTION,
        MODERNIZE_INFRASTRUCTURE
    }

    public BusinessGoals
    {
        check(speedOfMigration, "speedOfMigration");
        check(reduceOperationalOverhead, "reduceOperationalOverhead");
        check(modernizeInfrastructure, "modernizeInfrastructure");
        check(licenseCostReduction, "licenseCostReduction");
    }

    public int weight(Goal goal)
    {
        requireNonNull(goal, "goal is null");
        return switch (goal) {
            case SPEED_OF_MIGRATION -> speedOfMigration;
            case REDUCE_OPERATIONAL_OVERHEAD -> reduceOperationalOverhead;
            case LICENSE_COST_REDUCTION -> licenseCostReduction;
            case MODERNIZE_INFRASTRUCTURE -> modernizeInfrastructure;
        };
    }

    /**
     * The goal that decides among options serving different goals: the highest weight, and on a tie
     * S &gt; O &gt; L &gt; M, the large-migration default bias. MHSR publishes no combination formula, so this
     * tie-break is our own judgement (docs/7R-RULES.md, "Goal tie-break").
     */
    public Goal preferred(Collection<Goal> candidates)
    {
        requireNonNull(candidates, "candidates is null");
        return candidates.stream()
                .min(Comparator.comparingInt((Goal goal) -> -weight(goal)).thenComparing(Goal::ordinal))
                .orElseThrow(() -> new IllegalArgumentException("candidates is empty"));
    }

    private static void check(int weight, String name)
    {
        if (weight < WEIGHT_MINIMUM || weight > WEIGHT_MAXIMUM) {
            throw new IllegalArgumentException(name + " must be between " + WEIGHT_MINIMUM + " and " + WEIGHT_MAXIMUM + ": " + weight);
        }
    }
}
