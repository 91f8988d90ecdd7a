package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.graph.EdgeKind;

import java.util.Map;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Configured edges between a DB cluster and its member instances, and between a replication group and
 * its member cache clusters. A member and its cluster depend on each other (an Aurora instance has no
 * storage of its own, and the cluster serves nothing without instances), so both edges are added: the
 * pair is a cycle, and so one move group that goes in one wave. Membership is taken from both sides,
 * the cluster's member list and the member's own reference, since either may be all the inventory has.
 * A cluster that replicates another cluster from another Region depends on its source.
 */
final class MembershipEdges
{
    private MembershipEdges() {}

    static void collect(Workloads workloads, EdgeCollector edges)
    {
        Map<String, String> clusters = new TreeMap<>();
        Map<String, String> groups = new TreeMap<>();
        Map<String, String> instances = new TreeMap<>();
        Map<String, String> caches = new TreeMap<>();
        for (Resource resource : workloads.resources()) {
            if (resource.details() instanceof ResourceDetails.RdsDbCluster cluster) {
                clusters.put(resource.scoped(cluster.dbClusterIdentifier()), resource.id());
            }
            if (resource.details() instanceof ResourceDetails.ElastiCacheReplicationGroup group) {
                groups.put(resource.scoped(group.replicationGroupId()), resource.id());
            }
            if (resource.details() instanceof ResourceDetails.RdsDbInstance database) {
                instances.put(resource.scoped(database.dbInstanceIdentifier()), resource.id());
            }
            if (resource.details() instanceof ResourceDetails.ElastiCacheCluster cache) {
                caches.put(resource.scoped(cache.cacheClusterId()), resource.id());
            }
        }
        SortedSet<Pair> databasePairs = new TreeSet<>();
        SortedSet<Pair> cachePairs = new TreeSet<>();
        for (Resource resource : workloads.resources()) {
            if (resource.details() instanceof ResourceDetails.RdsDbCluster cluster) {
                cluster.members().forEach(member -> pair(databasePairs, resource.id(), instances.get(resource.scoped(member.dbInstanceIdentifier()))));
                replicaEdge(workloads, edges, resource, cluster);
            }
            if (resource.details() instanceof ResourceDetails.RdsDbInstance database && database.clusterMember()) {
                pair(databasePairs, clusters.get(resource.scoped(database.dbClusterIdentifier())), resource.id());
            }
            if (resource.details() instanceof ResourceDetails.ElastiCacheReplicationGroup group) {
                group.memberClusters().forEach(member -> pair(cachePairs, resource.id(), caches.get(resource.scoped(member))));
            }
            if (resource.details() instanceof ResourceDetails.ElastiCacheCluster cache && cache.groupMember()) {
                pair(cachePairs, groups.get(resource.scoped(cache.replicationGroupId())), resource.id());
            }
        }
        databasePairs.forEach(pair -> both(workloads, edges, pair, "DB cluster", "DB instance"));
        cachePairs.forEach(pair -> both(workloads, edges, pair, "replication group", "cache cluster"));
    }

    private static void both(Workloads workloads, EdgeCollector edges, Pair pair, String groupKind, String memberKind)
    {
        String group = workloads.resource(pair.group()).map(Resource::name).orElse(pair.group());
        String member = workloads.resource(pair.member()).map(Resource::name).orElse(pair.member());
        String evidence = memberKind + " " + member + " is a member of " + groupKind + " " + group + ": they move together";
        edges.add(pair.member(), pair.group(), EdgeKind.CONFIGURED, -1, null, 0, 0, evidence);
        edges.add(pair.group(), pair.member(), EdgeKind.CONFIGURED, -1, null, 0, 0, evidence);
    }

    private static void replicaEdge(Workloads workloads, EdgeCollector edges, Resource resource, ResourceDetails.RdsDbCluster cluster)
    {
        String source = cluster.replicationSourceIdentifier();
        if (source != null && workloads.contains(source)) {
            edges.add(resource.id(), source, EdgeKind.CONFIGURED, -1, null, 0, 0, "replica cluster of " + source);
        }
    }

    private static void pair(SortedSet<Pair> pairs, String group, String member)
    {
        if (group != null && member != null) {
            pairs.add(new Pair(group, member));
        }
    }

    private record Pair(String group, String member)
            implements Comparable<Pair>
    {
        @Override
        public int compareTo(Pair other)
        {
            int byGroup = group.compareTo(other.group);
            return byGroup != 0 ? byGroup : member.compareTo(other.member);
        }
    }
}
