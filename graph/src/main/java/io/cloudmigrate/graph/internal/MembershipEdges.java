package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.Memberships;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.graph.EdgeKind;

/**
 * Configured edges between a DB cluster and its member instances, and between a replication group and
 * its member cache clusters. A member and its cluster depend on each other (an Aurora instance has no
 * storage of its own, and the cluster serves nothing without instances), so both edges are added: the
 * pair is a cycle, and so one move group that goes in one wave. Membership is {@link Memberships}'s,
 * from both sides: the cluster's member list and the member's own reference.
 * A cluster that replicates another cluster from another Region depends on its source.
 */
final class MembershipEdges
{
    private MembershipEdges() {}

    static void collect(Workloads workloads, EdgeCollector edges)
    {
        Memberships.groupsByMember(workloads.resources()).forEach((member, group) -> {
            boolean database = workloads.resource(group).orElseThrow().details() instanceof ResourceDetails.RdsDbCluster;
            both(workloads, edges, group, member, database ? "DB cluster" : "replication group", database ? "DB instance" : "cache cluster");
        });
        for (Resource resource : workloads.resources()) {
            if (resource.details() instanceof ResourceDetails.RdsDbCluster cluster) {
                replicaEdge(workloads, edges, resource, cluster);
            }
        }
    }

    private static void both(Workloads workloads, EdgeCollector edges, String groupId, String memberId, String groupKind, String memberKind)
    {
        String group = workloads.resource(groupId).orElseThrow().name();
        String member = workloads.resource(memberId).orElseThrow().name();
        String evidence = memberKind + " " + member + " is a member of " + groupKind + " " + group + ": they move together";
        edges.add(memberId, groupId, EdgeKind.CONFIGURED, -1, null, 0, 0, evidence);
        edges.add(groupId, memberId, EdgeKind.CONFIGURED, -1, null, 0, 0, evidence);
    }

    private static void replicaEdge(Workloads workloads, EdgeCollector edges, Resource resource, ResourceDetails.RdsDbCluster cluster)
    {
        String source = cluster.replicationSourceIdentifier();
        if (source != null && workloads.contains(source)) {
            edges.add(resource.id(), source, EdgeKind.CONFIGURED, -1, null, 0, 0, "replica cluster of " + source);
        }
    }
}
