package io.cloudmigrate.discovery;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Collections.unmodifiableSortedMap;
import static java.util.Objects.requireNonNull;

/**
 * A security group with normalised rules.
 *
 * @param id the group id ({@code sg-…}); group ids are unique across accounts and regions
 */
public record SecurityGroup(
        String id,
        String accountId,
        String region,
        String vpcId,
        String groupName,
        String description,
        Map<String, String> tags,
        List<SecurityGroupRule> ingress,
        List<SecurityGroupRule> egress)
{
    public SecurityGroup
    {
        requireNonNull(id, "id is null");
        requireNonNull(accountId, "accountId is null");
        requireNonNull(region, "region is null");
        requireNonNull(groupName, "groupName is null");
        tags = unmodifiableSortedMap(new TreeMap<>(requireNonNull(tags, "tags is null")));
        ingress = List.copyOf(requireNonNull(ingress, "ingress is null"));
        egress = List.copyOf(requireNonNull(egress, "egress is null"));
    }
}
