package io.cloudmigrate.discovery;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Which DB cluster each member DB instance belongs to, and which replication group each member cache
 * cluster belongs to. Membership is taken from both sides, the cluster's or group's member list and the
 * member's own reference, since either may be all an inventory has (an offline import of some of the
 * describe calls, say); identifiers are matched within one account and Region. The graph's membership
 * edges, the recommendation that makes a member follow its cluster and the generated code all read it
 * from here, so that they never disagree on who moves with whom.
 */
public final class Memberships
{
    private Memberships() {}

    /**
     * The resource id of each member's cluster or group, by the member's resource id. A member named by two
     * clusters keeps the first, in the order of {@code resources}, its own reference taking precedence.
     */
    public static SortedMap<String, String> groupsByMember(Collection<Resource> resources)
    {
        SortedMap<String, String> groupsByKey = new TreeMap<>();
        SortedMap<String, String> membersByKey = new TreeMap<>();
        for (Resource resource : resources) {
            switch (resource.details()) {
                case ResourceDetails.RdsDbCluster cluster -> index(groupsByKey, resource, "cluster/", cluster.dbClusterIdentifier());
                case ResourceDetails.ElastiCacheReplicationGroup group -> index(groupsByKey, resource, "group/", group.replicationGroupId());
                case ResourceDetails.RdsDbInstance database -> index(membersByKey, resource, "cluster/", database.dbInstanceIdentifier());
                case ResourceDetails.ElastiCacheCluster cache -> index(membersByKey, resource, "group/", cache.cacheClusterId());
                default -> {}
            }
        }
        SortedMap<String, String> groupsByMember = new TreeMap<>();
        for (Resource resource : resources) {
            if (resource.details() instanceof ResourceDetails.RdsDbInstance database && database.clusterMember()) {
                link(groupsByMember, resource.id(), lookUp(groupsByKey, resource, "cluster/", database.dbClusterIdentifier()));
            }
            if (resource.details() instanceof ResourceDetails.ElastiCacheCluster cache && cache.groupMember()) {
                link(groupsByMember, resource.id(), lookUp(groupsByKey, resource, "group/", cache.replicationGroupId()));
            }
        }
        for (Resource resource : resources) {
            if (resource.details() instanceof ResourceDetails.RdsDbCluster cluster) {
                cluster.members().forEach(member -> link(groupsByMember, lookUp(membersByKey, resource, "cluster/", member.dbInstanceIdentifier()), resource.id()));
            }
            if (resource.details() instanceof ResourceDetails.ElastiCacheReplicationGroup group) {
                group.memberClusters().forEach(member -> link(groupsByMember, lookUp(membersByKey, resource, "group/", member), resource.id()));
            }
        }
        return Collections.unmodifiableSortedMap(groupsByMember);
    }

    // Identifiers are matched within the resource's account and Region; a missing one (a damaged import) matches nothing.
    private static void index(SortedMap<String, String> byKey, Resource resource, String kind, String identifier)
    {
        if (identifier != null) {
            byKey.putIfAbsent(resource.scoped(kind + identifier), resource.id());
        }
    }

    private static String lookUp(SortedMap<String, String> byKey, Resource resource, String kind, String identifier)
    {
        return identifier == null ? null : byKey.get(resource.scoped(kind + identifier));
    }

    private static void link(SortedMap<String, String> groupsByMember, String member, String group)
    {
        if (member != null && group != null) {
            groupsByMember.putIfAbsent(member, group);
        }
    }
}
