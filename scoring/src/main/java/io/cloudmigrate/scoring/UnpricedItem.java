package io.cloudmigrate.scoring;

import static java.util.Objects.requireNonNull;

/**
 * A part of a resource's cost that no price source has: it is left out of every total rather than
 * guessed, and the report lists it beside the totals.
 *
 * @param item what is not priced, e.g. {@code EBS storage (120 GB)}
 * @param reason why, e.g. {@code no EBS price in snapshot 2025-06 for eu-west-1}
 */
public record UnpricedItem(String item, String reason)
{
    public UnpricedItem
    {
        requireNonNull(item, "item is null");
        requireNonNull(reason, "reason is null");
    }

    /** {@code item: reason}, as the report shows it. */
    public String describe()
    {
        return item + ": " + reason;
    }
}
