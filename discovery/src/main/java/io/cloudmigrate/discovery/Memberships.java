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
                case ResourceDetails.RdsDbCluster cluster -> groupsByKey.putIfAbsent(resource.scoped("cluster/" + cluster.dbClusterIdentifier()), resource.id());
                case ResourceDetails.ElastiCacheReplicationGroup group -> groupsByKey.putIfAbsent(resource.scoped("group/" + group.replicationGroupId()), resource.id());
                case ResourceDetails.RdsDbInstance database -> membersByKey.putIfAbsent(resource.scoped("cluster/" + database.dbInstanceIdentifier()), resource.id());
                case ResourceDetails.ElastiCacheCluster cache -> membersByKey.putIfAbsent(resource.scoped("group/" + cache.cacheClusterId()), resource.id());
                default -> {}
            }
        }
        SortedMap<String, String> groupsByMember = new TreeMap<>();
        for (Resource resource : resources) {
            if (resource.details() instanceof ResourceDetails.RdsDbInstance database && database.clusterMember()) {
                link(groupsByMember, resource.id(), groupsByKey.get(resource.scoped("cluster/" + database.dbClusterIdentifier())));
            }
            if (resource.details() instanceof ResourceDetails.ElastiCacheCluster cache && cache.groupMember()) {
                link(groupsByMember, resource.id(), groupsByKey.get(resource.scoped("group/" + cache.replicationGroupId())));
            }
        }
        for (Resource resource : resources) {
            if (resource.details() instanceof ResourceDetails.RdsDbCluster cluster) {
                cluster.members().forEach(member -> link(groupsByMember, membersByKey.get(resource.scoped("cluster/" + member.dbInstanceIdentifier())), resource.id()));
            }
            if (resource.details() instanceof ResourceDetails.ElastiCacheReplicationGroup group) {
                group.memberClusters().forEach(member -> link(groupsByMember, membersByKey.get(resource.scoped("group/" + member)), resource.id()));
            }
        }
        return Collections.unmodifiableSortedMap(groupsByMember);
    }

    private static void link(SortedMap<String, String> groupsByMember, String member, String group)
    {
        if (member != null && group != null) {
            groupsByMember.putIfAbsent(member, group);
        }
    }
}
