package io.cloudmigrate.discovery;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Everything discovery found in an estate. Lists are sorted by id so that the serialised document is
 * byte-identical for the same estate.
 *
 * @param schemaVersion the version of this document's format; see {@link #SCHEMA_VERSION}
 * @param scanId a stable identifier of this scan (a digest of the input for offline imports)
 * @param name a human name for the estate, shown in reports
 * @param capturedAt when the estate was read, ISO-8601 UTC
 * @param flowLogs the VPC flow-log configurations found; empty in documents written before they were recorded
 */
@DocumentKind("inventory")
public record Inventory(
        int schemaVersion,
        String scanId,
        String name,
        String capturedAt,
        Scope scope,
        List<Resource> resources,
        List<SecurityGroup> securityGroups,
        List<NetworkInterface> networkInterfaces,
        List<Utilization> utilization,
        List<InventoryWarning> warnings,
        List<FlowLogConfiguration> flowLogs)
{
    public static final int SCHEMA_VERSION = 1;

    public Inventory
    {
        requireNonNull(scanId, "scanId is null");
        requireNonNull(name, "name is null");
        requireNonNull(capturedAt, "capturedAt is null");
        requireNonNull(scope, "scope is null");
        resources = sorted(resources, Comparator.comparing(Resource::id), "resources");
        securityGroups = sorted(securityGroups, Comparator.comparing(SecurityGroup::id), "securityGroups");
        networkInterfaces = sorted(networkInterfaces, Comparator.comparing(NetworkInterface::id), "networkInterfaces");
        utilization = sorted(utilization, Comparator.comparing(Utilization::resourceId), "utilization");
        warnings = List.copyOf(requireNonNull(warnings, "warnings is null"));
        flowLogs = flowLogs == null ? List.of() : flowLogs.stream().sorted(Comparator.comparing(FlowLogConfiguration::flowLogId)).toList();
    }

    /** An inventory without flow-log configurations, as the sources that cannot see them (and older callers) build it. */
    public Inventory(int schemaVersion, String scanId, String name, String capturedAt, Scope scope, List<Resource> resources,
            List<SecurityGroup> securityGroups, List<NetworkInterface> networkInterfaces, List<Utilization> utilization, List<InventoryWarning> warnings)
    {
        this(schemaVersion, scanId, name, capturedAt, scope, resources, securityGroups, networkInterfaces, utilization, warnings, List.of());
    }

    private static <T> List<T> sorted(List<T> values, Comparator<T> order, String name)
    {
        return requireNonNull(values, name + " is null").stream().sorted(order).toList();
    }

    public Optional<Resource> resource(String id)
    {
        return SortedLookup.find(resources, Resource::id, id);
    }

    public Optional<Utilization> utilizationOf(String resourceId)
    {
        return SortedLookup.find(utilization, Utilization::resourceId, resourceId);
    }
}
