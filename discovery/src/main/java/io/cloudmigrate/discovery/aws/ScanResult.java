package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.Inventory;

import static java.util.Objects.requireNonNull;

/** The inventory a scan produced, and how the scan went. */
public record ScanResult(Inventory inventory, ScanStatistics statistics)
{
    public ScanResult
    {
        requireNonNull(inventory, "inventory is null");
        requireNonNull(statistics, "statistics is null");
    }
}
