package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceDetails.ApiGateway;
import io.cloudmigrate.discovery.ResourceDetails.EcsService;
import io.cloudmigrate.discovery.ResourceDetails.Integration;
import io.cloudmigrate.discovery.ResourceDetails.LoadBalancer;
import io.cloudmigrate.discovery.ResourceDetails.RdsDbInstance;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.EdgeKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Configured edges: what the configuration of one resource says it sends requests to. A load
 * balancer depends on its targets and on the ECS services registered in its target groups, an API
 * on the Lambda functions its integrations invoke, and a read replica on its primary.
 */
public final class ConfiguredEdges
{
    private final Workloads workloads;
    private final AddressAttribution attribution;
    private final EdgeCollector edges;
    private final Map<String, List<String>> servicesByTargetGroup = new HashMap<>();
    private final Map<String, String> databasesByIdentifier = new HashMap<>();

    private ConfiguredEdges(Workloads workloads, AddressAttribution attribution, EdgeCollector edges)
    {
        this.workloads = workloads;
        this.attribution = attribution;
        this.edges = edges;
        for (Resource resource : workloads.resources()) {
            if (resource.details() instanceof EcsService service) {
                service.targetGroupArns().forEach(arn -> servicesByTargetGroup.computeIfAbsent(arn, ignored -> new ArrayList<>()).add(resource.id()));
            }
            if (resource.details() instanceof RdsDbInstance database && database.dbInstanceIdentifier() != null) {
                databasesByIdentifier.putIfAbsent(resource.scoped(database.dbInstanceIdentifier()), resource.id());
            }
        }
    }

    public static void collect(Workloads workloads, AddressAttribution attribution, EdgeCollector edges)
    {
        ConfiguredEdges configured = new ConfiguredEdges(workloads, attribution, edges);
        for (Resource resource : workloads.resources()) {
            configured.collect(resource);
        }
    }

    private void collect(Resource resource)
    {
        switch (resource.details()) {
            case LoadBalancer loadBalancer -> loadBalancerEdges(resource, loadBalancer);
            case ApiGateway api -> apiEdges(resource, api);
            case RdsDbInstance database -> replicaEdge(resource, database);
            case ResourceDetails.Ec2Instance ignored -> {}
            case ResourceDetails.Vpc ignored -> {}
            case ResourceDetails.Subnet ignored -> {}
            case ResourceDetails.NatGateway ignored -> {}
            case ResourceDetails.VpcEndpoint ignored -> {}
            case ResourceDetails.ElastiCacheCluster ignored -> {}
            // membership edges of clusters and replication groups: MembershipEdges; routes: RouteEdges
            case ResourceDetails.RdsDbCluster ignored -> {}
            case ResourceDetails.ElastiCacheReplicationGroup ignored -> {}
            case ResourceDetails.RouteTable ignored -> {}
            case ResourceDetails.LambdaFunction ignored -> {}
            case ResourceDetails.EcsCluster ignored -> {}
            case EcsService ignored -> {}
            case ResourceDetails.S3Bucket ignored -> {}
            // attached to nothing, so nothing reaches it
            case ResourceDetails.UnattachedVolume ignored -> {}
        }
    }

    private void loadBalancerEdges(Resource resource, LoadBalancer loadBalancer)
    {
        // One port and protocol when every listener agrees on them; the edge is about the target, not one listener.
        TreeSet<Integer> ports = new TreeSet<>();
        TreeSet<String> protocols = new TreeSet<>();
        for (ResourceDetails.Listener listener : loadBalancer.listeners()) {
            if (listener.targetPort() > 0) {
                ports.add(listener.targetPort());
            }
            protocols.add(listenerProtocol(listener.protocol()));
        }
        String protocol = protocols.size() == 1 && !protocols.first().isEmpty() ? protocols.first() : null;
        int port = ports.size() == 1 && protocol != null && Protocols.hasPorts(protocol) ? ports.first() : -1;
        String on = port < 0 ? "" : " on " + Protocols.describe(protocol, port);
        String name = "load balancer " + resource.name();
        for (String target : loadBalancer.targets()) {
            resolveTarget(resource, target).ifPresent(targetId ->
                    edges.add(resource.id(), targetId, EdgeKind.CONFIGURED, port, protocol, 0, 0, name + " forwards to " + target + on));
        }
        for (String targetGroupArn : loadBalancer.targetGroupArns()) {
            for (String serviceId : servicesByTargetGroup.getOrDefault(targetGroupArn, List.of())) {
                String serviceName = workloads.resource(serviceId).map(Resource::name).orElse(serviceId);
                edges.add(resource.id(), serviceId, EdgeKind.CONFIGURED, port, protocol, 0, 0,
                        name + " forwards to service " + serviceName + " through target group " + targetGroupName(targetGroupArn) + on);
            }
        }
    }

    private Optional<String> resolveTarget(Resource loadBalancer, String target)
    {
        if (workloads.contains(target)) {
            return Optional.of(target);
        }
        if (IpAddresses.parse(target) != null) {
            return attribution.owner(target).filter(workloads::contains);
        }
        if (target.startsWith("i-")) {
            return workloads.instance(target, loadBalancer.accountId(), loadBalancer.region());
        }
        return functionOf(target);
    }

    private void apiEdges(Resource resource, ApiGateway api)
    {
        for (Integration integration : api.integrations()) {
            if (integration.targetArn() == null) {
                continue;
            }
            functionOf(integration.targetArn()).ifPresent(functionId -> {
                String functionName = workloads.resource(functionId).map(Resource::name).orElse(functionId);
                String route = integration.route() == null ? "" : " route " + integration.route();
                edges.add(resource.id(), functionId, EdgeKind.CONFIGURED, -1, null, 0, 0,
                        "API " + resource.name() + route + " invokes " + functionName);
            });
        }
    }

    private void replicaEdge(Resource resource, RdsDbInstance database)
    {
        String source = database.readReplicaSourceIdentifier();
        if (source == null || source.isEmpty()) {
            return;
        }
        // A replica in another region names its primary by ARN; one in the same region by identifier.
        Optional<String> primary = workloads.contains(source)
                ? Optional.of(source)
                : Optional.ofNullable(databasesByIdentifier.get(resource.scoped(source)));
        primary.ifPresent(primaryId -> edges.add(resource.id(), primaryId, EdgeKind.CONFIGURED, -1, null, 0, 0, "read replica of " + source));
    }

    /** A Lambda function by ARN, also when the ARN names a version or alias ({@code …:function:orders:live}). */
    private Optional<String> functionOf(String arn)
    {
        if (workloads.contains(arn)) {
            return Optional.of(arn);
        }
        String[] parts = arn.split(":", -1);
        if (parts.length == 8 && parts[5].equals("function")) {
            String unqualified = String.join(":", List.of(parts).subList(0, 7));
            if (workloads.contains(unqualified)) {
                return Optional.of(unqualified);
            }
        }
        return Optional.empty();
    }

    private static String listenerProtocol(String protocol)
    {
        if (protocol == null) {
            return "";
        }
        return switch (protocol.toUpperCase(Locale.ROOT)) {
            case "HTTP", "HTTPS", "TCP", "TLS", "SSL" -> "tcp";
            case "UDP", "GENEVE" -> "udp";
            case "TCP_UDP" -> Protocols.ALL;
            default -> "";
        };
    }

    /** {@code arn:aws:elasticloadbalancing:…:targetgroup/web/73e2d6bc24d8a067} → {@code web}. */
    private static String targetGroupName(String arn)
    {
        int start = arn.indexOf(":targetgroup/");
        if (start < 0) {
            return arn;
        }
        String rest = arn.substring(start + ":targetgroup/".length());
        int slash = rest.indexOf('/');
        return slash < 0 ? rest : rest.substring(0, slash);
    }
}
