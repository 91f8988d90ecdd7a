package io.cloudmigrate.codegen.internal;

import java.util.Comparator;
import java.util.Locale;

import static java.util.Objects.requireNonNull;

/**
 * A source account and Region. Each target is created where its source's pair points: in Terraform
 * through the provider alias of the pair, in CloudFormation through the pair's own stack, because a
 * provider configuration and a stack each reach exactly one account and Region.
 * Public because FreeMarker reads it by reflection.
 */
public record Placement(String accountId, String region)
        implements Comparable<Placement>
{
    private static final Comparator<Placement> ORDER = Comparator.comparing(Placement::accountId).thenComparing(Placement::region);

    public Placement
    {
        requireNonNull(accountId, "accountId is null");
        requireNonNull(region, "region is null");
    }

    /**
     * The Terraform provider alias, such as {@code a111111111111_eu_west_1}: derived from the pair alone, so
     * it stays the same across runs and waves. The leading letter is there because an alias cannot start with a digit.
     */
    public String alias()
    {
        return "a" + identifier(accountId) + "_" + identifier(region);
    }

    /** The provider address resources name in their {@code provider} argument. */
    public String provider()
    {
        return "aws." + alias();
    }

    /** The part of the CloudFormation file name that names the pair, such as {@code 111111111111-eu-west-1}. */
    public String stackSuffix()
    {
        return file(accountId) + "-" + file(region);
    }

    /** How runbooks and READMEs name the pair. */
    public String label()
    {
        return "account " + accountId + ", Region " + region;
    }

    @Override
    public int compareTo(Placement other)
    {
        return ORDER.compare(this, other);
    }

    private static String identifier(String value)
    {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    private static String file(String value)
    {
        return value.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
