package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.scoring.Strategy;

import java.util.List;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;
import static io.cloudmigrate.codegen.internal.MarkdownText.escape;
import static io.cloudmigrate.codegen.internal.MarkdownText.orUnknown;
import static io.cloudmigrate.codegen.internal.StepContext.names;

/**
 * Runbook steps for an RDS DB cluster, a member instance of one, and an ElastiCache replication group.
 * The cluster or group carries the data move and the cutover; its members are created with it and
 * only checked.
 */
final class ClusterSteps
{
    private ClusterSteps() {}

    static void database(MoveSteps.Phases phases, StepContext context, Strategy strategy, ResourceDetails.RdsDbCluster cluster)
    {
        String id = code(orUnknown(cluster.dbClusterIdentifier()));
        String endpoint = code(cluster.endpointAddress() + ":" + cluster.port());
        List<String> members = cluster.members().stream()
                .map(member -> member.dbInstanceIdentifier() + (member.writer() ? " (writer)" : " (reader)"))
                .toList();
        phases.preCheck("Record " + id + ": " + engine(cluster.engine(), cluster.engineVersion())
                + (cluster.aurora() ? ", Aurora" : ", Multi-AZ DB cluster of " + escape(orUnknown(cluster.dbClusterInstanceClass())))
                + (cluster.serverlessV2Capacity() == null ? "" : ", Serverless v2 " + escape(cluster.serverlessV2Capacity()) + " ACUs")
                + ", members " + (members.isEmpty() ? "none" : escape(String.join(", ", members))) + ", endpoint " + endpoint + ".");
        if (cluster.replicationSourceIdentifier() != null) {
            phases.preCheck("It replicates " + code(cluster.replicationSourceIdentifier()) + ": move the source cluster first and recreate this one as its replica.");
        }
        if (cluster.globalClusterIdentifier() != null) {
            phases.preCheck("It belongs to global database " + code(cluster.globalClusterIdentifier()) + ": plan the move of the whole global database.");
        }
        phases.replication("Take a manual cluster snapshot " + code(cluster.dbClusterIdentifier() + "-premigration") + " as the rollback point.");
        phases.replication(MoveSteps.create(context, "aws_rds_cluster", true));
        phases.replication(strategy == Strategy.RELOCATE
                ? "Load the data: restore the shared cluster snapshot, or run an AWS DMS full load with ongoing replication from " + endpoint + "."
                : "Load the data with an AWS DMS task: full load, then ongoing replication (CDC) from " + endpoint + " to the target cluster.");
        phases.cutover(context.callers().isEmpty()
                ? "Stop writes to " + id + "."
                : "Stop writes: put the resources that depend on it in maintenance: " + StepContext.someNames(context.callers()) + ".");
        phases.cutover("Wait for the replication lag to reach zero, stop the DMS task, and switch connection strings to the target's writer and reader endpoints.");
        phases.validation("DMS table validation reports no mismatches; every instance of the target cluster is available.");
        MoveSteps.validateDependencies(phases, context);
        phases.rollback("Switch connection strings back to " + endpoint + "; the source cluster keeps running until sign-off.");
    }

    static void member(MoveSteps.Phases phases, StepContext context, ResourceDetails.RdsDbInstance database)
    {
        String id = code(orUnknown(database.dbInstanceIdentifier()));
        String cluster = code(orUnknown(database.dbClusterIdentifier()));
        phases.preCheck("Record " + id + ": " + escape(orUnknown(database.dbInstanceClass())) + ", a member of DB cluster " + cluster + ".");
        phases.replication(context.generated()
                ? "It is created with DB cluster " + cluster + " by the same apply (" + code("aws_rds_cluster_instance." + context.terraformName())
                        + "), or by the same CloudFormation stack."
                : "It is created with DB cluster " + cluster + ", following the cluster's steps.");
        phases.cutover("It moves with DB cluster " + cluster + ".");
        phases.validation("It is available in the target cluster with the same role (writer or reader).");
        phases.rollback("Rolled back with DB cluster " + cluster + ".");
    }

    static void replicationGroup(MoveSteps.Phases phases, StepContext context, ResourceDetails.ElastiCacheReplicationGroup group)
    {
        String id = code(orUnknown(group.replicationGroupId()));
        phases.preCheck("Record " + id + ": " + engine(group.engine(), group.engineVersion()) + ", "
                + group.memberClusters().size() + " node(s) of " + code(orUnknown(group.cacheNodeType())) + " in " + group.nodeGroups() + " shard(s), "
                + "automatic fail-over " + escape(orUnknown(group.automaticFailover())) + ", port " + group.port() + ".");
        phases.preCheck("Check whether the application can start with an empty cache; if not, plan a warm-up.");
        phases.replication(MoveSteps.create(context, "aws_elasticache_replication_group", false));
        phases.replication("If the cache holds state, export a backup of the source to S3 and seed the target from it.");
        phases.cutover("Switch the cache endpoint in the application configuration to the target (output " + code(context.terraformName() + "_endpoint") + ").");
        phases.validation("Cache hit rate recovers to the level of the source within the warm-up window.");
        CacheClients.add(phases, context);
        MoveSteps.validateDependencies(phases, context);
        phases.rollback("Switch the endpoint back to the source replication group, which keeps running until sign-off.");
    }

    /** The engine and its version, leaving out what the inventory does not know. */
    private static String engine(String engine, String version)
    {
        String name = escape(engine == null ? "unknown engine" : engine);
        return version == null || version.isBlank() ? name : name + " " + escape(version);
    }
}
