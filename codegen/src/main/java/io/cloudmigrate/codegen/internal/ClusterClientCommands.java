package io.cloudmigrate.codegen.internal;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;

/**
 * Path checks from clients that are clusters (an RDS DB cluster, an ElastiCache replication group or
 * one of its nodes): no shell runs on them, so what is checked is what the service reports about the
 * path, its status and its replication, and, for a cache as a server, its node's address read from
 * ElastiCache when the check runs. In the target, where a cache's id carries the wave's name suffix that
 * no output gives, a cache is found by the endpoint its wave's Terraform outputs. Each value is a quoted
 * shell word, or a variable set from one.
 */
final class ClusterClientCommands
{
    private ClusterClientCommands() {}

    /**
     * The cluster's status and the source it replicates from.
     *
     * @param identifier a shell word with the cluster's identifier, or with its endpoint (a Terraform output), whose first label is the identifier
     */
    static PathCommands.Command databaseCluster(String region, String identifier)
    {
        return new PathCommands.Command("cluster=" + identifier + " && cluster=${cluster%%.*} && aws rds describe-db-clusters --region " + region
                + " --db-cluster-identifier \"$cluster\" --query \"DBClusters[0].[Status,ReplicationSourceIdentifier,join(',',DBClusterMembers[].DBInstanceIdentifier)]\" --output text",
                code("available") + ", the source it replicates from (" + code("None") + " when it replicates nothing) and its members; "
                        + "then the cluster's error log shows no failed connection to the server");
    }

    /** A replication group's status and nodes: the path from the group to a node is its replication. */
    static PathCommands.Command replicationGroup(String region, String identifier)
    {
        return new PathCommands.Command("aws elasticache describe-replication-groups --region " + region + " --replication-group-id " + identifier
                + " --query \"ReplicationGroups[0].[Status,join(',',MemberClusters)]\" --output text",
                code("available") + " and the server among the member clusters when it is one of its nodes");
    }

    /** A cache node's status and its replication group. */
    static PathCommands.Command cacheCluster(String region, String identifier)
    {
        return new PathCommands.Command("aws elasticache describe-cache-clusters --region " + region + " --cache-cluster-id " + identifier
                + " --query 'CacheClusters[0].[CacheClusterStatus,ReplicationGroupId]' --output text",
                code("available") + " and its replication group (" + code("None") + " for a cluster of its own)");
    }

    /**
     * A replication group in the target, found by its primary or configuration endpoint: its status and
     * nodes. Its id is the source's with the wave's name suffix, and the endpoint's first label is not
     * the id ({@code master.} with TLS, {@code clustercfg.} in cluster mode).
     *
     * @param endpoint a shell word with the group's endpoint (a Terraform output)
     */
    static PathCommands.Command replicationGroupAt(String region, String endpoint)
    {
        return new PathCommands.Command(address(endpoint) + " && aws elasticache describe-replication-groups --region " + region
                + " --query \"" + GROUP_AT_ADDRESS + ".[ReplicationGroupId,Status,join(',',MemberClusters)]\" --output text",
                "one line: the group's id (the source's with the wave's name suffix), " + code("available") + " and its member clusters; "
                        + "no line means no group has that endpoint");
    }

    /** The nodes of a replication group in the target, the group found by its endpoint: one of them replaced the source node. */
    static PathCommands.Command nodesOfReplicationGroupAt(String region, String endpoint)
    {
        return new PathCommands.Command(address(endpoint) + " && for node in $(aws elasticache describe-replication-groups --region " + region
                + " --query \"" + GROUP_AT_ADDRESS + ".MemberClusters[]\" --output text); do aws elasticache describe-cache-clusters --region " + region
                + " --cache-cluster-id \"$node\" --query 'CacheClusters[0].[CacheClusterId,CacheClusterStatus,ReplicationGroupId]' --output text; done",
                "one line per node of the group: " + code("available") + " and the group's id; no line means no group has that endpoint");
    }

    /** A cache cluster of its own in the target, found by its first node's address: its status. */
    static PathCommands.Command cacheClusterAt(String region, String endpoint)
    {
        return new PathCommands.Command(address(endpoint) + " && aws elasticache describe-cache-clusters --region " + region
                + " --show-cache-node-info --query \"CacheClusters[?CacheNodes[0].Endpoint.Address=='${address}'].[CacheClusterId,CacheClusterStatus,ReplicationGroupId]\" --output text",
                "one line: the cluster's id (the source's with the wave's name suffix), " + code("available") + " and " + code("None")
                        + " for its replication group; no line means no cluster has that address");
    }

    // Without cluster mode the group's address is its primary endpoint, with it its configuration endpoint; the other is null.
    private static final String GROUP_AT_ADDRESS = "ReplicationGroups[?contains([NodeGroups[0].PrimaryEndpoint.Address,ConfigurationEndpoint.Address],'${address}')]";

    /**
     * Sets {@code address} from the endpoint and refuses anything but a host name: it is expanded into a
     * JMESPath literal, where a quote would end it (this shell's quoting does not reach into the query).
     */
    private static String address(String endpoint)
    {
        return "address=" + endpoint + " && case $address in ''|*[!A-Za-z0-9.-]*) echo \"not an address: $address\" >&2; false ;; esac";
    }

    /** The address of a cache cluster's first node, as a command substitution: one shell word. */
    static String cacheNodeAddress(String region, String identifier)
    {
        return "\"$(aws elasticache describe-cache-clusters --region " + region + " --cache-cluster-id " + identifier
                + " --show-cache-node-info --query 'CacheClusters[0].CacheNodes[0].Endpoint.Address' --output text)\"";
    }

    /** The primary endpoint of a replication group (the configuration endpoint in cluster mode), as one shell word. */
    static String primaryEndpoint(String region, String identifier)
    {
        return "\"$(aws elasticache describe-replication-groups --region " + region + " --replication-group-id " + identifier
                + " --query 'ReplicationGroups[0].[NodeGroups[0].PrimaryEndpoint.Address,ConfigurationEndpoint.Address][?@] | [0]' --output text)\"";
    }
}
