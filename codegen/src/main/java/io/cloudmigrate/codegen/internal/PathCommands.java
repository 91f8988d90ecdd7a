package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.graph.AddressAttribution;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import static io.cloudmigrate.codegen.internal.MarkdownText.code;
import static io.cloudmigrate.codegen.internal.ShellText.quote;
import static io.cloudmigrate.codegen.internal.ShellText.terraformOutput;
import static java.util.Objects.requireNonNull;

/**
 * The command that checks one path, run by whoever validates the wave: SSM Run Command {@code nc -z}
 * (or {@code Test-NetConnection} on Windows) from an EC2 client, the target health of a load balancer,
 * {@code curl} from the internet, a test invocation of a Lambda function, and from clients without a
 * shell of their own ECS Exec, an API's route, a replica's replication status, or an instance's route to
 * on-premises ({@link ServiceClientCommands}). Ends in the target are read
 * from the Terraform outputs of their wave, ends in the source from the inventory. Every value is a
 * quoted shell word ({@link ShellText}); a host passed on to another machine must look like a host.
 */
final class PathCommands
{
    /**
     * @param text one line of POSIX shell
     * @param expected the result that means the path works, as Markdown
     */
    record Command(String text, String expected, Optional<ShellHelper> helper)
    {
        Command
        {
            requireNonNull(text, "text is null");
            requireNonNull(expected, "expected is null");
            requireNonNull(helper, "helper is null");
        }

        /** A command that needs no function of the runbook's Setup. */
        Command(String text, String expected)
        {
            this(text, expected, Optional.empty());
        }
    }

    private static final String SSM_SUCCESS = code("Success");

    private final EstateIndex index;
    private final Set<String> notGenerated;
    // by group (scoped) and wave, the node that creates a group the inventory lacks; see groupCreatedWith
    private final Map<String, String> groupsCreatedWith = new TreeMap<>();

    PathCommands(EstateIndex index, Set<String> notGenerated)
    {
        this.index = requireNonNull(index, "index is null");
        this.notGenerated = Set.copyOf(notGenerated);
        for (Resource resource : index.resources()) {
            if (resource.details() instanceof ResourceDetails.ElastiCacheCluster cache && withoutItsGroup(resource, cache) && !this.notGenerated.contains(resource.id())) {
                groupsCreatedWith.putIfAbsent(orphanGroupKey(resource, cache), resource.id());
            }
        }
    }

    /**
     * The node whose Terraform creates the replication group of a Redis or Valkey node whose group the
     * inventory lacks: each wave makes the nodes of such a group one group, written as a target of one
     * of them, and skips the others (see {@code WaveBuilder}); that one is the node of the group and
     * wave that is generated. Empty when none is, as when the nodes are retired.
     */
    private Optional<String> groupCreatedWith(Resource node, ResourceDetails.ElastiCacheCluster cache)
    {
        return withoutItsGroup(node, cache) ? Optional.ofNullable(groupsCreatedWith.get(orphanGroupKey(node, cache))) : Optional.empty();
    }

    private boolean withoutItsGroup(Resource resource, ResourceDetails.ElastiCacheCluster cache)
    {
        return cache.groupMember() && cache.replicationGroupId() != null && !"memcached".equalsIgnoreCase(cache.engine())
                && index.groupOf(resource.id()).isEmpty() && index.wave(resource.id()).isPresent();
    }

    // a group id is unique only within its account and Region, and each wave makes its own group of the nodes it moves
    private String orphanGroupKey(Resource resource, ResourceDetails.ElastiCacheCluster cache)
    {
        return resource.scoped(cache.replicationGroupId()) + "\n" + index.wave(resource.id()).orElseThrow();
    }

    Optional<Command> of(PathChecks.End client, PathChecks.End server, String protocol, int port)
    {
        Optional<String> host = address(server);
        if (!index.hasResource(client.id())) {
            return host.flatMap(address -> fromOutside(client.id(), address, port));
        }
        Resource resource = index.resource(client.id());
        String region = quote(resource.region());
        return switch (resource.details()) {
            case ResourceDetails.Ec2Instance instance -> server.id().equals(AddressAttribution.ON_PREMISES)
                    ? instanceId(client, instance).map(id -> ServiceClientCommands.onPremisesRoute(region, id))
                    : server.id().equals(AddressAttribution.INTERNET)
                    ? instanceId(client, instance).filter(ignored -> port > 0).map(id -> internetEgress(region, id, protocol, port, windows(instance)))
                    : host.flatMap(address -> instanceId(client, instance)
                            .filter(ignored -> port > 0)
                            .map(id -> runCommand(region, id, address, protocol, port, windows(instance))));
            case ResourceDetails.LoadBalancer balancer -> targetHealth(client, resource, balancer, region);
            case ResourceDetails.LambdaFunction function -> functionName(client, function).map(name -> new Command(
                    "aws lambda invoke --region " + region + " --function-name " + name + " --payload fileb://test-event.json response.json",
                    code("\"StatusCode\": 200") + " without " + code("FunctionError") + " for a recorded test event that uses the path"));
            case ResourceDetails.RdsDbInstance database -> replica(client, database, server, region);
            case ResourceDetails.RdsDbCluster cluster -> client.place() == PathChecks.Place.SOURCE
                    ? Optional.ofNullable(cluster.dbClusterIdentifier()).map(identifier -> ClusterClientCommands.databaseCluster(region, quote(identifier)))
                    : notGenerated.contains(client.id()) ? Optional.empty() : output(client.id(), "_endpoint").map(endpoint -> ClusterClientCommands.databaseCluster(region, endpoint));
            case ResourceDetails.ElastiCacheCluster cache -> client.place() == PathChecks.Place.SOURCE
                    ? Optional.ofNullable(cache.cacheClusterId()).map(identifier -> ClusterClientCommands.cacheCluster(region, quote(identifier)))
                    : targetCacheNode(client, cache, region);
            case ResourceDetails.ElastiCacheReplicationGroup group -> client.place() == PathChecks.Place.SOURCE
                    ? Optional.ofNullable(group.replicationGroupId()).map(identifier -> ClusterClientCommands.replicationGroup(region, quote(identifier)))
                    : notGenerated.contains(client.id()) ? Optional.empty() : output(client.id(), "_endpoint").map(endpoint -> ClusterClientCommands.replicationGroupAt(region, endpoint));
            case ResourceDetails.S3Bucket ignored -> Optional.empty();
            case ResourceDetails.EcsCluster ignored -> Optional.empty();
            case ResourceDetails.EcsService service -> host.filter(ignored -> port > 0).flatMap(address -> ecsService(client, service)
                    .map(names -> ServiceClientCommands.ecsExec(region, names.service(), names.cluster(), service, address, protocol, port)));
            // an API another tool moves has an id only it knows; one that stays keeps the inventory's
            case ResourceDetails.ApiGateway api -> client.place() == PathChecks.Place.SOURCE || notGenerated.contains(client.id())
                    ? ServiceClientCommands.apiRoute(region, api, server.id())
                    : Optional.empty();
            case ResourceDetails.RouteTable ignored -> Optional.empty();
            case ResourceDetails.Vpc ignored -> Optional.empty();
            case ResourceDetails.Subnet ignored -> Optional.empty();
            case ResourceDetails.NatGateway ignored -> Optional.empty();
            case ResourceDetails.VpcEndpoint ignored -> Optional.empty();
            case ResourceDetails.UnattachedVolume ignored -> Optional.empty();
        };
    }

    /** A replica's path to its primary is its replication, which RDS reports; a database's other paths have no shell to check them from. */
    private Optional<Command> replica(PathChecks.End client, ResourceDetails.RdsDbInstance database, PathChecks.End server, String region)
    {
        if (database.readReplicaSourceIdentifier() == null || !index.hasResource(server.id())
                || !(index.resource(server.id()).details() instanceof ResourceDetails.RdsDbInstance || index.resource(server.id()).details() instanceof ResourceDetails.RdsDbCluster)) {
            return Optional.empty();
        }
        if (client.place() == PathChecks.Place.TARGET) {
            return notGenerated.contains(client.id()) ? Optional.empty() : output(client.id(), "_endpoint").map(endpoint -> ServiceClientCommands.replication(region, endpoint));
        }
        return Optional.ofNullable(database.dbInstanceIdentifier()).map(identifier -> ServiceClientCommands.replication(region, quote(identifier)));
    }

    /**
     * A cache node in the target, found by the endpoint its wave's Terraform outputs (its id has the
     * wave's name suffix, which no output gives): a node of a replication group created with its
     * group is one of the group's nodes, a node of its own is the node at its address. Nodes of a group
     * the inventory lacks became one group, created with and output by one of them
     * ({@link #groupCreatedWith}), so they are the nodes of the group at that one's endpoint.
     */
    private Optional<Command> targetCacheNode(PathChecks.End client, ResourceDetails.ElastiCacheCluster cache, String region)
    {
        if (cache.groupMember() && !"memcached".equalsIgnoreCase(cache.engine())) {
            Optional<String> group = index.groupOf(client.id());
            if (group.isEmpty()) {
                return groupCreatedWith(index.resource(client.id()), cache)
                        .flatMap(node -> output(node, "_endpoint"))
                        .map(endpoint -> ClusterClientCommands.nodesOfReplicationGroupAt(region, endpoint));
            }
            return group
                    .filter(ignored -> notGenerated.contains(client.id()) && !notGenerated.contains(group.get()))
                    .flatMap(generated -> output(generated, "_endpoint"))
                    .map(endpoint -> ClusterClientCommands.nodesOfReplicationGroupAt(region, endpoint));
        }
        return notGenerated.contains(client.id()) ? Optional.empty() : output(client.id(), "_endpoint").map(endpoint -> ClusterClientCommands.cacheClusterAt(region, endpoint));
    }

    private record EcsNames(String service, Optional<String> cluster) {}

    /** The service and cluster as shell words: its ARN from its wave's Terraform in the target (the cluster is in it), the inventory's names in the source. */
    private Optional<EcsNames> ecsService(PathChecks.End end, ResourceDetails.EcsService service)
    {
        if (end.place() == PathChecks.Place.TARGET) {
            return notGenerated.contains(end.id()) ? Optional.empty() : output(end.id(), "_id").map(arn -> new EcsNames(arn, Optional.empty()));
        }
        if (service.serviceName() == null || service.clusterArn() == null) {
            return Optional.empty();
        }
        return Optional.of(new EcsNames(quote(service.serviceName()), Optional.of(quote(service.clusterArn()))));
    }

    /**
     * One call of the runbook's {@link ShellHelper#CHECK_PATH} function: the SSM Run Command wrapper
     * around {@code nc -z} is defined once per runbook, not repeated per path.
     */
    private static Command runCommand(String region, String instance, String host, String protocol, int port, boolean windows)
    {
        ShellHelper helper = windows ? ShellHelper.CHECK_PATH_WINDOWS : ShellHelper.CHECK_PATH;
        String function = windows ? "check_path_windows" : "check_path";
        String udp = !windows && "udp".equals(protocol) ? " udp" : "";
        return new Command(function + " " + region + " " + instance + " " + host + " " + port + udp, SSM_SUCCESS, Optional.of(helper));
    }

    private Optional<Command> targetHealth(PathChecks.End client, Resource resource, ResourceDetails.LoadBalancer balancer, String region)
    {
        if (client.place() == PathChecks.Place.SOURCE && "classic".equalsIgnoreCase(balancer.loadBalancerType())) {
            return Optional.ofNullable(balancer.loadBalancerName()).map(name -> new Command(
                    "aws elb describe-instance-health --region " + region + " --load-balancer-name " + quote(name) + " --query 'InstanceStates[].[InstanceId,State]' --output text",
                    "every instance " + code("InService") + ", the server among them"));
        }
        return address(client).map(dns -> new Command("dns=" + dns + " && balancer=$(aws elbv2 describe-load-balancers --region " + region
                + " --query \"LoadBalancers[?DNSName=='${dns}'].LoadBalancerArn\" --output text) && for group in $(aws elbv2 describe-target-groups --region " + region
                + " --load-balancer-arn \"$balancer\" --query 'TargetGroups[].TargetGroupArn' --output text); do aws elbv2 describe-target-health --region " + region
                + " --target-group-arn \"$group\" --query 'TargetHealthDescriptions[].[Target.Id,TargetHealth.State]' --output text; done",
                "every target " + code("healthy") + ", the server's " + (client.place() == PathChecks.Place.TARGET ? "target" : "replacement") + " among them"));
    }

    private static Optional<Command> fromOutside(String client, String host, int port)
    {
        if (client.equals(AddressAttribution.INTERNET) && (port == 443 || port == 80)) {
            String scheme = port == 443 ? "https" : "http";
            return Optional.of(new Command("host=" + host + " && curl -sS -w '\\n%{http_code}\\n' \"" + scheme + "://${host%:*}/\" | tail -n 1",
                    "the status the source answers with (2xx or 3xx), from a machine on the internet"));
        }
        if (port <= 0) {
            return Optional.empty();
        }
        String from = client.equals(AddressAttribution.INTERNET) ? "a machine on the internet" : "a machine where " + MarkdownText.escape(outsideName(client)) + " run";
        return Optional.of(new Command("host=" + host + " && nc -z -w 5 \"${host%:*}\" " + port, "exit status 0, from " + from));
    }

    private static String outsideName(String outsideId)
    {
        return switch (outsideId) {
            case AddressAttribution.ON_PREMISES -> "the on-premises systems";
            case AddressAttribution.UNATTRIBUTED_PRIVATE -> "the unattributed private clients";
            default -> outsideId;
        };
    }

    /** A resource's address as one shell word: its wave's Terraform output in the target, the inventory's in the source. */
    private Optional<String> address(PathChecks.End end)
    {
        if (!index.hasResource(end.id())) {
            return Optional.empty();
        }
        Resource resource = index.resource(end.id());
        if (end.place() == PathChecks.Place.TARGET) {
            // a member's address is its cluster's or group's endpoint, which its cluster's code outputs
            String owner = index.groupOf(end.id())
                    .or(() -> resource.details() instanceof ResourceDetails.ElastiCacheCluster cache ? groupCreatedWith(resource, cache) : Optional.empty())
                    .orElse(end.id());
            return addressOutput(index.resource(owner).details()).filter(ignored -> !notGenerated.contains(owner)).flatMap(suffix -> output(owner, suffix));
        }
        String address = switch (resource.details()) {
            case ResourceDetails.RdsDbInstance database -> database.endpointAddress();
            case ResourceDetails.RdsDbCluster cluster -> cluster.endpointAddress();
            case ResourceDetails.LoadBalancer balancer -> balancer.dnsName();
            case ResourceDetails.Ec2Instance ignored -> firstPrivateAddress(resource);
            case ResourceDetails.ElastiCacheCluster ignored -> firstPrivateAddress(resource);
            case ResourceDetails.ElastiCacheReplicationGroup ignored -> firstPrivateAddress(resource);
            case ResourceDetails.LambdaFunction ignored -> null;
            case ResourceDetails.S3Bucket ignored -> null;
            case ResourceDetails.EcsCluster ignored -> null;
            case ResourceDetails.EcsService ignored -> firstPrivateAddress(resource);
            case ResourceDetails.ApiGateway ignored -> null;
            case ResourceDetails.RouteTable ignored -> null;
            case ResourceDetails.Vpc ignored -> null;
            case ResourceDetails.Subnet ignored -> null;
            case ResourceDetails.NatGateway ignored -> firstPrivateAddress(resource);
            case ResourceDetails.VpcEndpoint ignored -> firstPrivateAddress(resource);
            case ResourceDetails.UnattachedVolume ignored -> null;
        };
        // the inventory has no address of a cache node: ElastiCache has it when the check runs (check_path refuses anything but a host)
        if (address == null && resource.details() instanceof ResourceDetails.ElastiCacheCluster cache && cache.cacheClusterId() != null) {
            return Optional.of(ClusterClientCommands.cacheNodeAddress(quote(resource.region()), quote(cache.cacheClusterId())));
        }
        if (address == null && resource.details() instanceof ResourceDetails.ElastiCacheReplicationGroup group && group.replicationGroupId() != null) {
            return Optional.of(ClusterClientCommands.primaryEndpoint(quote(resource.region()), quote(group.replicationGroupId())));
        }
        return ShellText.host(address) ? Optional.of(quote(address)) : Optional.empty();
    }

    /**
     * An instance's path to the internet: for HTTPS or HTTP a real connection to an AWS host on that port
     * through its NAT gateway or internet gateway; for other ports, whose internet servers the flow logs
     * do not name, its subnet's default route.
     */
    private static Command internetEgress(String region, String instance, String protocol, int port, boolean windows)
    {
        if ("tcp".equals(protocol) || protocol.isEmpty()) {
            if (port == 443 || port == 80) {
                return runCommand(region, instance, "checkip.amazonaws.com", "tcp", port, windows);
            }
        }
        return ServiceClientCommands.internetRoute(region, instance);
    }

    // The Terraform output with the address of a target, by the owner's type: what outputs.tf.ftl writes.
    private static Optional<String> addressOutput(ResourceDetails details)
    {
        return switch (details) {
            case ResourceDetails.Ec2Instance ignored -> Optional.of("_private_ip");
            case ResourceDetails.RdsDbInstance ignored -> Optional.of("_endpoint");
            case ResourceDetails.RdsDbCluster ignored -> Optional.of("_endpoint");
            case ResourceDetails.ElastiCacheCluster ignored -> Optional.of("_endpoint");
            case ResourceDetails.ElastiCacheReplicationGroup ignored -> Optional.of("_endpoint");
            case ResourceDetails.LoadBalancer ignored -> Optional.of("_dns_name");
            case ResourceDetails.LambdaFunction ignored -> Optional.empty();
            case ResourceDetails.S3Bucket ignored -> Optional.empty();
            case ResourceDetails.EcsCluster ignored -> Optional.empty();
            case ResourceDetails.EcsService ignored -> Optional.empty();
            case ResourceDetails.ApiGateway ignored -> Optional.empty();
            case ResourceDetails.RouteTable ignored -> Optional.empty();
            case ResourceDetails.Vpc ignored -> Optional.empty();
            case ResourceDetails.Subnet ignored -> Optional.empty();
            case ResourceDetails.NatGateway ignored -> Optional.empty();
            case ResourceDetails.VpcEndpoint ignored -> Optional.empty();
            case ResourceDetails.UnattachedVolume ignored -> Optional.empty();
        };
    }

    private static String firstPrivateAddress(Resource resource)
    {
        return resource.network().privateIpAddresses().stream().findFirst().orElse(null);
    }

    private Optional<String> output(String id, String suffix)
    {
        return index.wave(id).stream().mapToObj(wave -> terraformOutput(Labels.wave(wave), index.terraformName(id) + suffix)).findFirst();
    }

    private Optional<String> instanceId(PathChecks.End end, ResourceDetails.Ec2Instance instance)
    {
        if (end.place() == PathChecks.Place.TARGET) {
            return notGenerated.contains(end.id()) ? Optional.empty() : output(end.id(), "_instance_id");
        }
        return Optional.ofNullable(instance.instanceId()).map(ShellText::quote);
    }

    private Optional<String> functionName(PathChecks.End end, ResourceDetails.LambdaFunction function)
    {
        if (end.place() == PathChecks.Place.TARGET) {
            return notGenerated.contains(end.id()) ? Optional.empty() : output(end.id(), "_arn");
        }
        return Optional.ofNullable(function.functionName()).map(ShellText::quote);
    }

    private static boolean windows(ResourceDetails.Ec2Instance instance)
    {
        return instance.platform() != null && instance.platform().toLowerCase(Locale.ROOT).contains("windows");
    }
}
