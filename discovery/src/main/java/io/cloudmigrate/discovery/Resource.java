package io.cloudmigrate.discovery;

import java.util.Map;
import java.util.TreeMap;

import static java.util.Collections.unmodifiableSortedMap;
import static java.util.Objects.requireNonNull;

/**
 * One resource of the estate.
 *
 * @param id the ARN, which is also the stable identifier everywhere downstream
 * @param name the {@code Name} tag, or the resource's own name or identifier
 * @param tags sorted by key, so that serialised output is stable
 * @param details the type-specific attributes; its type matches {@code type}
 */
public record Resource(
        String id,
        ResourceType type,
        String accountId,
        String region,
        String name,
        Map<String, String> tags,
        NetworkPlacement network,
        ResourceDetails details)
{
    public Resource
    {
        requireNonNull(id, "id is null");
        requireNonNull(type, "type is null");
        requireNonNull(accountId, "accountId is null");
        requireNonNull(region, "region is null");
        requireNonNull(name, "name is null");
        tags = unmodifiableSortedMap(new TreeMap<>(requireNonNull(tags, "tags is null")));
        network = network == null ? NetworkPlacement.NONE : network;
        requireNonNull(details, "details is null");
    }

    /**
     * {@code ACCOUNT/REGION/identifier}: AWS identifiers other than ARNs (instance, cluster, VPC,
     * subnet ids …) are unique within one account and Region only, so they are looked up scoped.
     */
    public String scoped(String identifier)
    {
        return accountId + "/" + region + "/" + identifier;
    }

    /** The value of a tag, matched without regard to case of the key, or {@code null}. */
    public String tag(String key)
    {
        for (Map.Entry<String, String> entry : tags.entrySet()) {
            if (entry.getKey().equalsIgnoreCase(key)) {
                return entry.getValue();
            }
        }
        return null;
    }
}
