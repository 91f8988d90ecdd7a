package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.List;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;
import static io.cloudmigrate.codegen.internal.MarkdownText.escape;
import static io.cloudmigrate.codegen.internal.MarkdownText.orUnknown;
import static io.cloudmigrate.codegen.internal.StepContext.names;
import static io.cloudmigrate.codegen.internal.StepContext.number;

/**
 * Runbook steps for the strategies that move a resource as it is (Relocate, Rehost, Replatform):
 * pre-checks, replication and backup, cutover, validation and rollback, per resource type.
 */
final class MoveSteps
{
    private MoveSteps() {}

    static List<RunbookModel.Phase> phases(StepContext context, Strategy strategy, List<String> preChecks)
    {
        Phases phases = new Phases(preChecks);
        switch (context.resource().details()) {
            case ResourceDetails.Ec2Instance instance -> Ec2Steps.add(phases, context, strategy, instance);
            case ResourceDetails.RdsDbInstance database -> DatabaseSteps.add(phases, context, strategy, database);
            case ResourceDetails.RdsDbCluster cluster -> ClusterSteps.database(phases, context, strategy, cluster);
            case ResourceDetails.ElastiCacheCluster cache -> cache(phases, context, cache);
            case ResourceDetails.ElastiCacheReplicationGroup group -> ClusterSteps.replicationGroup(phases, context, group);
            case ResourceDetails.RouteTable routeTable -> network(phases, context, "the routes of " + code(orUnknown(routeTable.routeTableId())) + ": "
                    + RouteDescriptions.routes(routeTable));
            case ResourceDetails.LoadBalancer balancer -> loadBalancer(phases, context, balancer);
            case ResourceDetails.LambdaFunction function -> function(phases, context, function);
            case ResourceDetails.S3Bucket bucket -> bucket(phases, context, bucket);
            case ResourceDetails.EcsCluster cluster -> ecsCluster(phases, context, cluster);
            case ResourceDetails.EcsService service -> ecsService(phases, context, service);
            case ResourceDetails.ApiGateway api -> api(phases, context, api);
            case ResourceDetails.Vpc vpc -> network(phases, context, "a target VPC whose CIDR does not overlap " + code(orUnknown(vpc.cidrBlock())));
            case ResourceDetails.Subnet subnet -> network(phases, context, "a target subnet for " + code(orUnknown(subnet.subnetId())) + " in the same tier ("
                    + code(orUnknown(subnet.cidrBlock())) + ", " + code(orUnknown(subnet.availabilityZone())) + ")");
            case ResourceDetails.NatGateway ignored -> network(phases, context, "a NAT gateway in the target VPC; partners that allow-list its Elastic IP must be told the new address");
            case ResourceDetails.VpcEndpoint endpoint -> network(phases, context, "a VPC endpoint for " + code(orUnknown(endpoint.serviceName())) + " in the target VPC");
            case ResourceDetails.UnattachedVolume volume -> volume(phases, context, volume);
        }
        return phases.build();
    }

    /** The "create the target" step: Terraform when code was generated, by hand otherwise. */
    static String create(StepContext context, String address, boolean cloudFormation)
    {
        if (!context.generated()) {
            return byHand(context);
        }
        Placement placement = context.placement();
        return "Create the target for " + escape(placement.label()) + ": apply " + context.terraformDirectory() + " (" + code(address + "." + context.terraformName())
                + " with provider " + code(placement.provider()) + ")"
                + (cloudFormation ? ", or deploy " + code(CloudFormationWriter.path(context.waveLabel(), placement)) + " as a stack there" : "") + ".";
    }

    static String byHand(StepContext context)
    {
        return "Create the target by hand as " + context.target() + " for " + escape(context.placement().label()) + ", following the settings recorded above.";
    }

    /**
     * One step per path the resource uses, with its evidence, command and expected result (see
     * {@link PathChecks}); paths to resources retired by then are named, not checked.
     */
    static void validateDependencies(Phases phases, StepContext context)
    {
        context.pathChecks().forEach(phases::validation);
        if (!context.retiredNeighbours().isEmpty()) {
            phases.validation("Not checked, since they are retired by now: the paths to and from " + String.join(", ", context.retiredNeighbours())
                    + "; confirm nothing on the target still calls them.");
        }
    }

    private static void cache(Phases phases, StepContext context, ResourceDetails.ElastiCacheCluster cache)
    {
        phases.preCheck("Record " + code(orUnknown(cache.cacheClusterId())) + ": " + escape(orUnknown(cache.engine())) + " " + escape(orUnknown(cache.engineVersion()))
                + ", " + cache.numCacheNodes() + " node(s) of " + code(orUnknown(cache.cacheNodeType())) + ", port " + cache.port() + ".");
        phases.preCheck("Check whether the application can start with an empty cache; if not, plan a warm-up.");
        phases.replication(create(context, cache.groupMember() ? "aws_elasticache_replication_group" : "aws_elasticache_cluster", false));
        phases.replication(!"memcached".equalsIgnoreCase(cache.engine())
                ? "If the cache holds state, export a backup of the source to S3 and seed the target from it."
                : "Memcached keeps no backups: the target starts empty and warms up from the application.");
        phases.cutover("Switch the cache endpoint in the application configuration to the target (output " + code(context.terraformName() + "_endpoint") + ").");
        phases.validation("Cache hit rate recovers to the level of the source within the warm-up window.");
        CacheClients.add(phases, context);
        validateDependencies(phases, context);
        phases.rollback("Switch the endpoint back to the source cluster, which keeps running until sign-off.");
    }

    private static void loadBalancer(Phases phases, StepContext context, ResourceDetails.LoadBalancer balancer)
    {
        boolean classic = "classic".equalsIgnoreCase(balancer.loadBalancerType());
        List<String> listeners = balancer.listeners().stream().map(listener -> listener.protocol() + ":" + listener.port() + " to " + listener.targetPort()).toList();
        phases.preCheck("Record " + code(orUnknown(balancer.dnsName())) + " (" + escape(orUnknown(balancer.scheme())) + "), listeners " + names(listeners) + ".");
        phases.preCheck("A day before, lower the TTL of the DNS records that point at it to 60 seconds.");
        if (classic) {
            phases.preCheck("Classic to Application Load Balancer: TCP listeners become HTTP and SSL becomes HTTPS; check health-check paths, stickiness and idle timeout.");
        }
        if (listeners.stream().anyMatch(listener -> listener.startsWith("HTTPS") || listener.startsWith("SSL") || listener.startsWith("TLS"))) {
            phases.preCheck("Import or request the TLS certificate in ACM of the target account and set " + code("certificate_arn") + ".");
        }
        phases.replication(create(context, "aws_lb", false));
        if (context.unattachedTargets().isEmpty()) {
            phases.replication("Its targets are created in this wave and registered by the same apply.");
        }
        else {
            phases.replication("Register the replacements of these targets, which this wave does not create, in its target groups: " + names(context.unattachedTargets()) + ".");
        }
        phases.cutover("Point the DNS records at the new load balancer (output " + code(context.terraformName() + "_dns_name") + ").");
        phases.validation("Every target group reports its targets healthy, and the 5xx rate stays at the source's level.");
        validateDependencies(phases, context);
        phases.rollback("Point the DNS records back at " + code(orUnknown(balancer.dnsName())) + "; the source keeps running until sign-off.");
    }

    private static void function(Phases phases, StepContext context, ResourceDetails.LambdaFunction function)
    {
        String name = code(orUnknown(function.functionName()));
        String source = "Image".equalsIgnoreCase(function.packageType())
                ? "container image"
                : function.runtime() == null || function.runtime().isBlank() ? "runtime unknown" : function.runtime();
        phases.preCheck("Record " + name + ": " + escape(source) + ", " + function.memorySizeMb() + " MB, timeout " + function.timeoutSeconds() + " s.");
        String runtime = context.recommendation().map(recommendation -> TargetAttributes.lambdaRuntime(function, recommendation)).orElse(function.runtime());
        if (runtime != null && function.runtime() != null && !runtime.equals(function.runtime())) {
            phases.preCheck("Runtime upgrade " + escape(orUnknown(function.runtime())) + " to " + escape(runtime) + ": run the function's tests on the new runtime first.");
        }
        phases.preCheck("Download its package (" + code("aws lambda get-function --function-name " + function.functionName()) + ") and create its execution role in the target.");
        phases.replication(create(context, "aws_lambda_function", false));
        context.metric(MetricName.INVOCATIONS).ifPresent(invocations -> phases.preCheck("It runs about " + number(invocations.average()) + " times a day."));
        phases.cutover("Move its triggers (event source mappings, API integrations, schedules) to the new function ARN (output " + code(context.terraformName() + "_arn") + ").");
        phases.validation("Invoke it with a recorded test event; its Errors and Throttles metrics stay at zero.");
        validateDependencies(phases, context);
        phases.rollback("Move the triggers back to " + name + ", which is kept until sign-off.");
    }

    private static void bucket(Phases phases, StepContext context, ResourceDetails.S3Bucket bucket)
    {
        String name = code(orUnknown(bucket.bucketName()));
        String size = bucket.sizeBytes() < 0 ? "an unknown size" : number(bucket.sizeBytes() / 1e9) + " GB";
        phases.preCheck("Record " + name + ": " + size + ", " + bucket.objectCount() + " objects, versioning " + escape(orUnknown(bucket.versioning()))
                + ", encryption " + escape(orUnknown(bucket.encryption())) + ".");
        phases.replication(create(context, "aws_s3_bucket", true));
        phases.replication("Copy the objects with S3 Batch Replication (or DataSync) from " + name + " to the new bucket (output "
                + code(context.terraformName() + "_bucket") + "), then keep replication on until the cutover.");
        phases.cutover("Deny writes to " + name + " with a bucket policy, let replication drain, and switch the applications to the new bucket.");
        phases.validation("Object count and total size match (S3 Inventory or the CloudWatch storage metrics).");
        validateDependencies(phases, context);
        phases.rollback("Remove the deny policy and switch the applications back to " + name + "; copy back anything written to the new bucket since the cutover.");
    }

    /** A volume attached to nothing moves as a snapshot: nothing writes to it, so there is nothing to replicate or cut over. */
    private static void volume(Phases phases, StepContext context, ResourceDetails.UnattachedVolume volume)
    {
        String id = code(volume.volumeId());
        phases.preCheck("Record " + id + ": " + escape(orUnknown(volume.volumeType())) + ", " + (volume.sizeGb() == null ? "size unknown" : volume.sizeGb() + " GB")
                + ", IOPS " + (volume.iops() == null ? "unknown" : volume.iops()) + ", throughput " + (volume.throughputMibps() == null ? "unknown" : volume.throughputMibps() + " MiB/s")
                + ", encrypted " + (volume.encrypted() == null ? "unknown" : volume.encrypted()) + ", in " + escape(orUnknown(volume.availabilityZone())) + ".");
        phases.replication("Snapshot it (" + code("aws ec2 create-snapshot --volume-id " + volume.volumeId()) + "), then copy the snapshot to the target account and Region"
                + " encrypted with the target's KMS key (" + code("aws ec2 copy-snapshot --encrypted --kms-key-id KEY") + ").");
        phases.replication("Give the copy's id as " + code(context.terraformName() + "_snapshot_id") + " (Terraform) or the stack's " + code("VolumeSnapshotId")
                + " parameter.");
        phases.replication(create(context, "aws_ebs_volume", true));
        phases.cutover("Nothing is attached to it: attach the new volume only where an owner asks for it.");
        phases.validation("The new volume is " + code("available") + " with the recorded type, size, IOPS and throughput, and encrypted.");
        phases.rollback("Delete the new volume; " + id + " and its snapshot are untouched.");
    }

    private static void ecsCluster(Phases phases, StepContext context, ResourceDetails.EcsCluster cluster)
    {
        phases.preCheck("Record " + code(orUnknown(cluster.clusterName())) + ": " + cluster.activeServicesCount() + " services, " + cluster.runningTasksCount() + " running tasks.");
        phases.replication(create(context, "aws_ecs_cluster", false));
        phases.replication("Add the capacity providers (Fargate, or an Auto Scaling group) the services need.");
        phases.cutover("Its services move in their own steps; the cluster needs no cutover of its own.");
        phases.validation("The services of this wave run in it.");
        phases.rollback("Delete the new cluster once its services are rolled back.");
    }

    private static void ecsService(Phases phases, StepContext context, ResourceDetails.EcsService service)
    {
        phases.preCheck("Record " + code(orUnknown(service.serviceName())) + ": " + escape(orUnknown(service.launchType())) + ", " + service.desiredCount() + " tasks desired.");
        phases.preCheck("Copy its images to ECR in the target account and register the task definition from " + code(orUnknown(service.taskDefinitionArn()))
                + " there; set " + code("task_definition_" + context.terraformName()) + " to the new ARN.");
        phases.replication(create(context, "aws_ecs_service", false));
        phases.cutover("Register the new tasks with the load balancer target groups the service uses, then scale the source service to zero.");
        phases.validation("Desired, running and healthy task counts match (" + service.desiredCount() + ").");
        validateDependencies(phases, context);
        phases.rollback("Scale the source service back to " + service.desiredCount() + " tasks and deregister the new ones.");
    }

    private static void api(Phases phases, StepContext context, ResourceDetails.ApiGateway api)
    {
        phases.preCheck("Record API " + code(orUnknown(api.apiId())) + " (" + escape(orUnknown(api.protocolType())) + ", " + escape(orUnknown(api.endpointType()))
                + ") with " + api.integrations().size() + " integration(s).");
        phases.replication(byHand(context));
        phases.replication("Export the API as OpenAPI and import it in the target; point its integrations at the migrated functions and services.");
        phases.cutover("Move the custom domain name (base path mapping) to the new API, or give callers the new invoke URL.");
        phases.validation("Call every route once; the 4xx and 5xx rates stay at the source's level.");
        validateDependencies(phases, context);
        phases.rollback("Move the custom domain name back to " + code(orUnknown(api.apiId())) + ".");
    }

    private static void network(Phases phases, StepContext context, String what)
    {
        phases.preCheck("The target network provides " + what + ".");
        phases.replication(byHand(context));
        phases.cutover("Nothing to cut over: the workloads moving in this wave use the target network.");
        phases.validation("Routes, security groups and DNS resolution work for the resources of this wave.");
        phases.rollback("Nothing to roll back; the source network stays as it is.");
    }

    /** The five phases of a move, filled in any order. */
    static final class Phases
    {
        private final List<String> preChecks;
        private final List<String> replication = new ArrayList<>();
        private final List<String> cutover = new ArrayList<>();
        private final List<String> validation = new ArrayList<>();
        private final List<String> rollback = new ArrayList<>();

        Phases(List<String> preChecks)
        {
            this.preChecks = new ArrayList<>(preChecks);
        }

        void preCheck(String action)
        {
            preChecks.add(action);
        }

        void replication(String action)
        {
            replication.add(action);
        }

        void cutover(String action)
        {
            cutover.add(action);
        }

        void validation(String action)
        {
            validation.add(action);
        }

        void rollback(String action)
        {
            rollback.add(action);
        }

        List<RunbookModel.Phase> build()
        {
            return of(preChecks, replication, cutover, validation, rollback);
        }

        /** The five phases of a move, in the order a runbook gives them (also for steps that batch several resources). */
        static List<RunbookModel.Phase> of(List<String> preChecks, List<String> replication, List<String> cutover, List<String> validation, List<String> rollback)
        {
            return List.of(
                    new RunbookModel.Phase("Pre-checks", preChecks),
                    new RunbookModel.Phase("Replication and backup", replication),
                    new RunbookModel.Phase("Cutover", cutover),
                    new RunbookModel.Phase("Validation", validation),
                    new RunbookModel.Phase("Rollback", rollback));
        }
    }
}
