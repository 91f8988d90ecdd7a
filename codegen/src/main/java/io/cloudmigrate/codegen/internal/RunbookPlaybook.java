package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.RiskFactor;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;
import static io.cloudmigrate.codegen.internal.MarkdownText.escape;
import static io.cloudmigrate.codegen.internal.MarkdownText.orUnknown;
import static io.cloudmigrate.codegen.internal.StepContext.names;
import static io.cloudmigrate.codegen.internal.StepContext.number;

/**
 * The runbook steps of one resource, chosen by its strategy: Retire, Retain, Repurchase and Refactor
 * are handled here; the strategies that move a resource as it is (Relocate, Rehost, Replatform) by
 * {@link MoveSteps}, per resource type. Every step cites the facts of the assessment it rests on.
 */
public final class RunbookPlaybook
{
    private RunbookPlaybook() {}

    public static List<RunbookModel.Phase> phases(StepContext context)
    {
        if (context.recommendation().isEmpty()) {
            return List.of(new RunbookModel.Phase("Pre-checks", concat(preChecks(context),
                    List.of("The assessment has no recommendation for " + context.name() + ": assess it and regenerate the artifacts before this wave."))));
        }
        Recommendation recommendation = context.recommendation().get();
        return switch (recommendation.strategy()) {
            case RETIRE -> retire(context);
            case RETAIN -> retain(context, recommendation);
            case REPURCHASE -> rebuild(context, "Procure " + context.target() + " and configure it to do what " + context.name() + " does today.");
            case REFACTOR -> rebuild(context, "Design and build " + context.target() + "; run it beside " + context.name() + " until it carries the same load.");
            case RELOCATE, REHOST, REPLATFORM -> MoveSteps.phases(context, recommendation.strategy(), withOnPremisesLink(preChecks(context), context));
        };
    }

    /** The checks every resource starts with: window, dependants, move group, risk, missing code. */
    static List<String> preChecks(StepContext context)
    {
        List<String> actions = new ArrayList<>();
        actions.add("Agree the wave " + context.waveLabel() + " change window with the owners of " + context.name() + ".");
        List<String> resourceCallers = resourceCallers(context);
        if (!resourceCallers.isEmpty()) {
            actions.add("Tell the owners of the resources that depend on it: " + StepContext.someNames(resourceCallers) + ".");
        }
        actions.addAll(outsideCallersAndMoveGroup(context));
        // one line, and why each factor matters said once, in the runbook's table of risk factors
        List<RiskFactor> risks = namedRiskFactors(context);
        if (!risks.isEmpty()) {
            actions.add("Largest risks: " + String.join("; ", risks.stream()
                    .map(factor -> MarkdownText.emphasis(factor.name()) + " (" + escape(factor.value()) + ", " + factor.contribution() + " points)")
                    .toList()) + ".");
        }
        actions.addAll(exposuresAndMissingCode(context));
        return actions;
    }

    /** The resources (not outside callers) that depend on it, as {@code name on tcp/5432 (observed)}. */
    static List<String> resourceCallers(StepContext context)
    {
        return context.callers().stream().filter(caller -> !context.outsideCallers().contains(caller)).toList();
    }

    /** The pre-checks only some resources have: callers from outside the estate, and a move group. */
    static List<String> outsideCallersAndMoveGroup(StepContext context)
    {
        List<String> actions = new ArrayList<>();
        if (!context.outsideCallers().isEmpty()) {
            actions.add("Keep what reaches it from outside the estate working through the cutover (" + names(context.outsideCallers())
                    + "): DNS names and certificates for internet clients, VPN or Direct Connect routes for on-premises systems, and partners' allow-lists.");
        }
        context.moveGroupId().ifPresent(group -> actions.add("Cut over together with " + names(context.moveGroupPeers())
                + " (move group " + code(group) + "): they depend on each other in a cycle."));
        return actions;
    }

    /** The pre-checks only some resources have: rules open to the internet that the code copies, and a target without code. */
    static List<String> exposuresAndMissingCode(StepContext context)
    {
        List<String> actions = new ArrayList<>();
        boolean copiesRules = context.generated() && context.recommendation().map(value -> Provisioning.keepsPlatform(value.strategy())).orElse(false);
        for (ReportModel.FindingRow exposure : copiesRules ? context.exposures() : List.<ReportModel.FindingRow>of()) {
            actions.add("Security group " + escape(exposure.groupName()) + " (" + code(exposure.groupId()) + ") opens " + escape(exposure.ports())
                    + " to the internet (" + escape(exposure.rule()) + "); the generated code copies its rules, so narrow or remove the rule first.");
        }
        context.notGeneratedReason().ifPresent(reason -> actions.add("No code is generated for it (" + escape(reason) + "): prepare the target by hand."));
        return actions;
    }

    /**
     * A resource's risk and its largest factors with their points, for a cell of a step's table:
     * {@code Low (19); production 10, inboundDependencies 5 points}. The factors' values (an
     * environment tag, a count of neighbours) are left to the row's other cells and the step's reason;
     * with them the cell was the widest of its table and made every row of it four lines tall.
     */
    static String riskCell(StepContext context)
    {
        List<RiskFactor> factors = context.topFactors(3);
        return context.risk().map(value -> Labels.risk(value.level()) + " (" + value.score() + ")").orElse("not scored")
                + (factors.isEmpty() ? "" : "; " + String.join(", ", factors.stream().map(factor -> factor.name() + " " + factor.contribution()).toList()) + " points");
    }

    /** The risk factors the pre-checks name. */
    static List<RiskFactor> namedRiskFactors(StepContext context)
    {
        return context.topFactors(3);
    }

    /**
     * For a resource that moves and talks with on-premises systems: the link to them, checked in the
     * Region before the cutover. The flow logs name a CIDR block, not a host, so the link is what can be
     * checked; a site-to-site VPN reports its tunnels, Direct Connect its virtual interfaces.
     */
    private static List<String> withOnPremisesLink(List<String> actions, StepContext context)
    {
        List<String> result = new ArrayList<>(actions);
        onPremisesLink(context).ifPresent(result::add);
        return result;
    }

    /** The check of the link to on-premises, for a resource with paths to on-premises systems. */
    static Optional<String> onPremisesLink(StepContext context)
    {
        if (context.onPremisesPaths().isEmpty()) {
            return Optional.empty();
        }
        String region = ShellText.quote(context.resource().region());
        return Optional.of("Before the cutover, check that the link to on-premises is up in " + escape(context.resource().region()) + " (it carries "
                + names(context.onPremisesPaths()) + "): run " + code("aws ec2 describe-vpn-connections --region " + region
                + " --filters Name=state,Values=available --query 'VpnConnections[].[VpnConnectionId,VgwTelemetry[].Status]' --output text")
                + "; expect each connection with both tunnels " + code("UP") + ". Over Direct Connect instead, run "
                + code("aws directconnect describe-virtual-interfaces --region " + region + " --query 'virtualInterfaces[].[virtualInterfaceId,virtualInterfaceState]' --output text")
                + "; expect " + code("available") + ".");
    }

    private static List<RunbookModel.Phase> retire(StepContext context)
    {
        List<String> checks = new ArrayList<>(preChecks(context));
        StringBuilder usage = new StringBuilder("Confirm with the owner that " + context.name() + " is no longer needed");
        context.metric(MetricName.CPU_UTILIZATION).ifPresent(cpu -> usage.append(": CPU averaged ").append(number(cpu.average()))
                .append("% (p95 ").append(number(cpu.p95())).append("%) over ").append(context.windowDays()).append(" days"));
        checks.add(usage + ".");
        checks.add(context.callers().isEmpty()
                ? "No dependency on it was observed or configured; search logs and DNS for anything the graph cannot see."
                : "Re-point or retire the resources that still depend on it first: " + StepContext.someNames(context.callers()) + ".");
        return List.of(
                new RunbookModel.Phase("Pre-checks", checks),
                new RunbookModel.Phase("Backup", List.of(finalBackup(context.resource().details()), "Record the backup's id and keep it for the retention period agreed with the owner.")),
                new RunbookModel.Phase("Decommission", List.of(
                        "Stop or disable it without deleting it, and watch for errors and complaints for two weeks.",
                        "Then delete it, with its DNS records, alarms, and IAM and security-group references.")),
                new RunbookModel.Phase("Validation", List.of(
                        "No errors or alarms appear in the resources that used to reach it.",
                        "Its run-rate disappears from the next bill.")),
                new RunbookModel.Phase("Rollback", List.of("Start it again, or restore it from the final backup, and tell its owner.")));
    }

    static String finalBackup(ResourceDetails details)
    {
        return switch (details) {
            case ResourceDetails.Ec2Instance instance -> "Create an AMI of " + code(orUnknown(instance.instanceId())) + " with all its volumes.";
            case ResourceDetails.RdsDbInstance database -> "Take a final snapshot of " + code(orUnknown(database.dbInstanceIdentifier())) + ".";
            case ResourceDetails.RdsDbCluster cluster -> "Take a final cluster snapshot of " + code(orUnknown(cluster.dbClusterIdentifier())) + ".";
            case ResourceDetails.ElastiCacheCluster cache -> "Take a final backup of " + code(orUnknown(cache.cacheClusterId())) + " if it holds data that is not rebuilt on demand.";
            case ResourceDetails.ElastiCacheReplicationGroup group -> "Take a final backup of replication group " + code(orUnknown(group.replicationGroupId()))
                    + " if it holds data that is not rebuilt on demand.";
            case ResourceDetails.RouteTable routeTable -> "Record the routes and subnet associations of " + code(orUnknown(routeTable.routeTableId())) + ".";
            case ResourceDetails.S3Bucket bucket -> "Copy the objects of " + code(orUnknown(bucket.bucketName())) + " to an archive bucket (S3 Glacier storage class).";
            case ResourceDetails.LambdaFunction function -> "Download the code and configuration of " + code(orUnknown(function.functionName())) + ".";
            case ResourceDetails.LoadBalancer balancer -> "Export the listener and target configuration of " + code(orUnknown(balancer.loadBalancerName())) + ".";
            case ResourceDetails.ApiGateway api -> "Export the API definition of " + code(orUnknown(api.apiId())) + " (OpenAPI).";
            case ResourceDetails.EcsService service -> "Keep the task definition " + code(orUnknown(service.taskDefinitionArn())) + " registered.";
            case ResourceDetails.EcsCluster ignored -> "Export the cluster's capacity-provider and service settings.";
            case ResourceDetails.Vpc ignored -> "Export the route tables, network ACLs and peering settings.";
            case ResourceDetails.Subnet ignored -> "Record the subnet's CIDR and route-table association.";
            case ResourceDetails.NatGateway ignored -> "Record the Elastic IP address, so that partners' allow-lists can be updated.";
            case ResourceDetails.VpcEndpoint ignored -> "Record the endpoint policy and the route tables or subnets it serves.";
            case ResourceDetails.UnattachedVolume volume -> "Take a final snapshot of " + code(volume.volumeId()) + " (" + code("aws ec2 create-snapshot --volume-id "
                    + volume.volumeId()) + ") and tag it with the owner and the date it may be deleted.";
        };
    }

    private static List<RunbookModel.Phase> retain(StepContext context, Recommendation recommendation)
    {
        List<String> connectivity = new ArrayList<>();
        if (context.callers().isEmpty() && context.callees().isEmpty()) {
            connectivity.add("No dependency links it to migrated resources; nothing to keep open.");
        }
        else {
            connectivity.add("Keep the network path (VPC peering, Transit Gateway or VPN, routes and security-group rules) between the target VPC and "
                    + context.name() + " for: " + StepContext.someNames(concat(context.callers(), context.callees())) + ".");
        }
        return List.of(
                new RunbookModel.Phase("Decision", List.of(
                        context.name() + " stays in account " + code(context.resource().accountId()) + ", Region " + code(context.resource().region()) + ": "
                                + escape(recommendation.reason()),
                        "Record the decision and who made it in the sign-off table.")),
                new RunbookModel.Phase("Connectivity", connectivity),
                new RunbookModel.Phase("Validation", List.of("After each later wave, confirm the migrated resources still reach it.")),
                new RunbookModel.Phase("Review", List.of("Revisit the decision at the next assessment.")));
    }

    private static List<RunbookModel.Phase> rebuild(StepContext context, String build)
    {
        return List.of(
                new RunbookModel.Phase("Pre-checks", concat(preChecks(context), List.of(
                        "Write down what " + context.name() + " does today (interfaces, data, schedules) as the acceptance criteria."))),
                new RunbookModel.Phase("Build", List.of(build)),
                new RunbookModel.Phase("Data migration", List.of("Move its data to the new target and reconcile counts before the cutover.")),
                new RunbookModel.Phase("Cutover", List.of(context.callers().isEmpty()
                        ? "Switch users to the new target."
                        : "Switch the resources that depend on it to the new target: " + StepContext.someNames(context.callers()) + ".")),
                new RunbookModel.Phase("Validation", List.of("Run the acceptance criteria against the new target.")),
                new RunbookModel.Phase("Rollback", List.of("Switch back to " + context.name() + ", which keeps running until sign-off.")));
    }

    static List<String> concat(List<String> first, List<String> second)
    {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
