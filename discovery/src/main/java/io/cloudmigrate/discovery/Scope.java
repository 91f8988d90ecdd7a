package io.cloudmigrate.discovery;

import java.util.List;

import static java.util.Objects.requireNonNull;

/** The accounts and regions an inventory covers, sorted. */
public record Scope(List<String> accounts, List<String> regions)
{
    public Scope
    {
        accounts = requireNonNull(accounts, "accounts is null").stream().distinct().sorted().toList();
        regions = requireNonNull(regions, "regions is null").stream().distinct().sorted().toList();
    }
}
