package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a replication group looked like when the inventory holds only its nodes ({@code DescribeCacheClusters}
 * without {@code DescribeReplicationGroups}): a node of a group with cluster mode enabled is named
 * {@code <group>-<shard, 4 digits>-<node, 3 digits>}, so its name says which shard it serves; the group's
 * security groups and subnets are those of all its nodes, which AWS reports on each node.
 *
 * @param shards the shards of a cluster-mode group, else 0
 * @param replicasPerShard the replicas of each shard in cluster mode: one fewer than the largest shard's nodes
 * @param nodes the nodes of a group without cluster mode, else 0
 * @param note what the target could not copy exactly (shards of unequal size, nodes with different security groups), or empty
 */
record CacheNodeGroups(int shards, int replicasPerShard, int nodes, List<String> securityGroupIds, List<String> subnetIds, String note)
{
    private static final Pattern CLUSTER_MODE_NODE = Pattern.compile("-(\\d{4})-(\\d{3})$");

    CacheNodeGroups
    {
        securityGroupIds = List.copyOf(securityGroupIds);
        subnetIds = List.copyOf(subnetIds);
    }

    boolean clusterMode()
    {
        return shards > 0;
    }

    /** The group {@code groupId} from its nodes, given sorted. */
    static CacheNodeGroups of(String groupId, List<Resource> members)
    {
        SortedMap<String, Integer> nodesByShard = new TreeMap<>();
        boolean clusterMode = true;
        LinkedHashSet<String> securityGroups = new LinkedHashSet<>();
        SortedSet<String> subnets = new TreeSet<>();
        SortedSet<String> distinctGroupSets = new TreeSet<>();
        for (Resource member : members) {
            String id = ((ResourceDetails.ElastiCacheCluster) member.details()).cacheClusterId();
            Matcher matcher = CLUSTER_MODE_NODE.matcher(id == null ? "" : id);
            if (id != null && id.startsWith(groupId + "-") && matcher.find() && matcher.start() == groupId.length()) {
                nodesByShard.merge(matcher.group(1), 1, Integer::sum);
            }
            else {
                clusterMode = false;
            }
            securityGroups.addAll(member.network().securityGroupIds());
            subnets.addAll(member.network().subnetIds());
            distinctGroupSets.add(String.join(",", new TreeSet<>(member.network().securityGroupIds())));
        }
        List<String> notes = new ArrayList<>();
        if (distinctGroupSets.size() > 1) {
            notes.add("its nodes have different security groups, so the group takes all of them (" + String.join(", ", securityGroups)
                    + "): check that none admits more than it should");
        }
        if (!clusterMode) {
            return new CacheNodeGroups(0, 0, members.size(), List.copyOf(securityGroups), List.copyOf(subnets), String.join("; ", notes));
        }
        int largest = nodesByShard.values().stream().mapToInt(Integer::intValue).max().orElse(1);
        int smallest = nodesByShard.values().stream().mapToInt(Integer::intValue).min().orElse(1);
        if (largest != smallest) {
            notes.add("its shards have " + smallest + " to " + largest + " nodes in the inventory, and every shard of the target gets "
                    + (largest - 1) + " replica(s)");
        }
        return new CacheNodeGroups(nodesByShard.size(), largest - 1, 0, List.copyOf(securityGroups), List.copyOf(subnets), String.join("; ", notes));
    }
}
