package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.InventoryWarning;

import java.util.List;

/**
 * An estate as the API shows it: what was read, from where, and the warnings of reading it.
 *
 * @param warnings empty in lists, where only the count is shown
 */
public record Estate(
        String id,
        String workspaceId,
        String name,
        EstateSource source,
        String createdAt,
        String capturedAt,
        int resourceCount,
        int warningCount,
        long trafficRecords,
        List<String> accounts,
        List<String> regions,
        List<InventoryWarning> warnings)
{
    public Estate
    {
        accounts = List.copyOf(accounts);
        regions = List.copyOf(regions);
        warnings = List.copyOf(warnings);
    }

    /** Where an estate's inventory came from. */
    public enum EstateSource
    {
        SAMPLE,
        ARCHIVE,
        SCAN
    }
}
