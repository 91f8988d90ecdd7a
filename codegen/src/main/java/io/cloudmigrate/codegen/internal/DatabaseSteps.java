package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.scoring.Strategy;

import java.util.Locale;
import java.util.Optional;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;
import static io.cloudmigrate.codegen.internal.MarkdownText.escape;
import static io.cloudmigrate.codegen.internal.MarkdownText.orUnknown;
import static io.cloudmigrate.codegen.internal.StepContext.names;
import static io.cloudmigrate.codegen.internal.StepContext.number;

/**
 * Runbook steps for moving an RDS DB instance: a new instance loaded by AWS DMS (full load and
 * ongoing replication), so that the cutover is short and the source stays as the rollback.
 */
final class DatabaseSteps
{
    private DatabaseSteps() {}

    static void add(MoveSteps.Phases phases, StepContext context, Strategy strategy, ResourceDetails.RdsDbInstance database)
    {
        if (database.clusterMember()) {
            ClusterSteps.member(phases, context, database);
            return;
        }
        String id = code(orUnknown(database.dbInstanceIdentifier()));
        String endpoint = code(database.endpointAddress() + ":" + database.port());
        String targetVersion = context.recommendation()
                .map(recommendation -> TargetAttributes.engineVersion(database.engineVersion(), database.engine(), recommendation))
                .orElse(database.engineVersion());
        phases.preCheck("Record " + id + ": " + escape(orUnknown(database.engine())) + " " + escape(orUnknown(database.engineVersion()))
                + ", " + escape(orUnknown(database.dbInstanceClass())) + ", " + database.allocatedStorageGb() + " GiB " + escape(orUnknown(database.storageType()))
                + ", Multi-AZ " + (database.multiAz() ? "on" : "off") + ", endpoint " + endpoint + ".");
        if (targetVersion != null && !targetVersion.equals(database.engineVersion())) {
            phases.preCheck("Version change " + escape(orUnknown(database.engineVersion())) + " to " + escape(targetVersion)
                    + ": run the engine's upgrade checks on a restored snapshot and test the application against the new version.");
        }
        if (database.publiclyAccessible()) {
            phases.preCheck("The source is publicly accessible and the target is not: find who connects from outside the VPC.");
        }
        if (database.readReplicaSourceIdentifier() != null) {
            phases.preCheck("It replicates " + code(database.readReplicaSourceIdentifier()) + ": move its primary first and recreate it as a replica of the target.");
        }
        phases.replication("Take a manual snapshot " + code(database.dbInstanceIdentifier() + "-premigration") + " as the rollback point.");
        phases.replication(MoveSteps.create(context, "aws_db_instance", true));
        phases.replication("Read the master password from AWS Secrets Manager (output " + code(context.terraformName() + "_master_user_secret_arn")
                + "); no password is stored in code.");
        phases.replication(strategy == Strategy.RELOCATE && (targetVersion == null || targetVersion.equals(database.engineVersion()))
                ? "Load the data: restore the shared snapshot, or run an AWS DMS full load with ongoing replication from " + endpoint + "."
                : "Load the data with an AWS DMS task: full load, then ongoing replication (CDC) from " + endpoint + " to the target.");
        phases.cutover(context.callers().isEmpty()
                ? "Stop writes to " + id + "."
                : "Stop writes: put the resources that depend on it in maintenance: " + StepContext.someNames(context.callers()) + ".");
        phases.cutover("Wait for the replication lag to reach zero, stop the DMS task, and switch connection strings to the target (output "
                + code(context.terraformName() + "_endpoint") + ").");
        phases.validation("DMS table validation reports no mismatches; row counts of the largest tables match"
                + rowCountQuery(database.engine()).map(query -> ": run " + code(query) + " on the source and on the target; expect the same tables with the same counts.").orElse("."));
        MoveSteps.validateDependencies(phases, context);
        context.metric(MetricName.DATABASE_CONNECTIONS).ifPresent(connections -> phases.validation("Connections reach the level of the source: about "
                + number(connections.average()) + " on average."));
        phases.rollback("Switch connection strings back to " + endpoint + "; the source keeps running until sign-off.");
        phases.rollback("Writes made on the target after the cutover must be replayed on the source (a reverse DMS task) before switching back.");
    }

    /**
     * A query listing the largest tables by rows, per engine family; the counts are the engine's
     * statistics, refreshed by the engine's own analyse step, which is enough to spot a missing table.
     */
    static Optional<String> rowCountQuery(String engine)
    {
        String family = engine == null ? "" : engine.toLowerCase(Locale.ROOT);
        if (family.contains("postgres")) {
            return Optional.of("SELECT schemaname, relname, n_live_tup FROM pg_stat_user_tables ORDER BY n_live_tup DESC LIMIT 20;");
        }
        if (family.contains("mysql") || family.contains("mariadb")) {
            return Optional.of("SELECT table_schema, table_name, table_rows FROM information_schema.tables WHERE table_schema NOT IN "
                    + "('mysql', 'sys', 'information_schema', 'performance_schema') ORDER BY table_rows DESC LIMIT 20;");
        }
        if (family.startsWith("sqlserver")) {
            return Optional.of("SELECT TOP 20 t.name, SUM(p.rows) AS row_count FROM sys.tables t JOIN sys.partitions p ON p.object_id = t.object_id "
                    + "AND p.index_id IN (0, 1) GROUP BY t.name ORDER BY row_count DESC;");
        }
        if (family.startsWith("oracle")) {
            return Optional.of("SELECT table_name, num_rows FROM user_tables ORDER BY num_rows DESC NULLS LAST FETCH FIRST 20 ROWS ONLY;");
        }
        return Optional.empty();
    }
}
