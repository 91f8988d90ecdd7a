package io.cloudmigrate.codegen.internal;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;

/**
 * Path checks from clients that are clusters (an RDS DB cluster, an ElastiCache replication group or
 * one of its nodes): no shell runs on them, so what is checked is what the service reports about the
 * path, its status and its replication, and, for a cache as a server, its node's address read from
 * ElastiCache when the check runs. Each value is a quoted shell word, or a variable set from one.
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
