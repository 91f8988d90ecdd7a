package io.cloudmigrate.server.http.internal.storage;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * What a live scan reads, as {@code cloudmigrate scan} takes it: regions, roles to assume, the
 * organisation, an emulator's endpoint. No credentials: the server's own chain signs the calls, so
 * nothing here is secret, and a re-scan repeats it as it is.
 *
 * @param roleName with {@code organization}: the role assumed in each member account, else {@code null}
 * @param externalId passed when assuming roles, or {@code null}
 * @param endpointUrl an emulator such as moto, or {@code null} for AWS
 */
public record ScanSource(
        String name,
        List<String> regions,
        List<String> roleArns,
        boolean organization,
        String roleName,
        String externalId,
        String endpointUrl,
        int concurrency,
        int metricsDays)
{
    public ScanSource
    {
        requireNonNull(name, "name is null");
        regions = List.copyOf(regions);
        roleArns = List.copyOf(roleArns);
    }

    /** As lists show it: the external id is a shared secret of sorts between the caller and the role's owner, so it is not shown back. */
    ScanSource withoutExternalId()
    {
        return new ScanSource(name, regions, roleArns, organization, roleName, null, endpointUrl, concurrency, metricsDays);
    }
}
