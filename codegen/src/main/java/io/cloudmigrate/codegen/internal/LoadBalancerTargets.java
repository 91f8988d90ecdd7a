package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SortedMap;

import static java.util.Objects.requireNonNull;

/**
 * Load balancer targets: an ALB or NLB as it is, or a Classic Load Balancer replatformed to an ALB.
 * Each listener gets a target group; instances generated in the same wave are attached to it. A load
 * balancer that reports no subnets takes those of its instances (see {@link #subnets}).
 */
final class LoadBalancerTargets
{
    private final EstateIndex index;

    LoadBalancerTargets(EstateIndex index)
    {
        this.index = requireNonNull(index, "index is null");
    }

    Targets.LoadBalancer loadBalancer(
            Resource resource,
            ResourceDetails.LoadBalancer loadBalancer,
            Targets.Name name,
            SortedMap<String, String> instanceNamesByInstanceId,
            List<Targets.GroupReference> securityGroups,
            Targets.TagSet tags)
    {
        String sourceType = loadBalancer.loadBalancerType().toLowerCase(Locale.ROOT);
        boolean fromClassic = sourceType.equals("classic");
        String type = fromClassic ? "application" : sourceType;
        List<Targets.Listener> listeners = new ArrayList<>();
        for (ResourceDetails.Listener listener : loadBalancer.listeners()) {
            String protocol = listenerProtocol(type, fromClassic, listener.protocol());
            int targetPort = listener.targetPort() > 0 ? listener.targetPort() : listener.port();
            String suffix = protocol.toLowerCase(Locale.ROOT) + "_" + listener.port();
            listeners.add(new Targets.Listener(
                    name.terraformName() + "_" + suffix,
                    name.logicalId() + Identifiers.logicalId(suffix),
                    protocol,
                    listener.port(),
                    targetProtocol(type, protocol, targetPort),
                    targetPort,
                    protocol.equals("HTTPS") || protocol.equals("TLS")));
        }
        List<Targets.Attachment> attachments = new ArrayList<>();
        List<String> remoteTargets = new ArrayList<>();
        for (String target : loadBalancer.targets()) {
            String instanceName = instanceNamesByInstanceId.get(target);
            if (instanceName == null) {
                remoteTargets.add(target + index.instanceByInstanceId(target).map(instance -> " (" + instance.name() + ")").orElse(""));
                continue;
            }
            for (Targets.Listener listener : listeners) {
                attachments.add(new Targets.Attachment(listener.terraformName() + "_" + instanceName, listener.terraformName(), instanceName, listener.targetPort()));
            }
        }
        String sourceName = loadBalancer.loadBalancerName() == null ? resource.name() : loadBalancer.loadBalancerName();
        List<Resource> instances = registeredInstances(loadBalancer);
        String vpcId = resource.network().vpcId() != null
                ? resource.network().vpcId()
                : instances.stream().map(instance -> instance.network().vpcId()).filter(java.util.Objects::nonNull).sorted().findFirst().orElse(null);
        return new Targets.LoadBalancer(
                name,
                AwsNames.loadBalancerName(sourceName),
                type,
                "internal".equalsIgnoreCase(loadBalancer.scheme()),
                fromClassic,
                listeners,
                attachments,
                remoteTargets,
                vpcId,
                subnets(resource, loadBalancer),
                securityGroups,
                tags);
    }

    /**
     * The subnets the target is created in: the source's own, or else, for a Classic Load Balancer that
     * reports none (EC2-Classic, or an import without them), the subnets of the instances registered with
     * it, which are where its traffic goes. Empty when neither is known: an ALB or NLB cannot be created
     * without subnets, so the caller generates none.
     */
    List<String> subnets(Resource resource, ResourceDetails.LoadBalancer loadBalancer)
    {
        if (!resource.network().subnetIds().isEmpty()) {
            return resource.network().subnetIds();
        }
        return registeredInstances(loadBalancer).stream().flatMap(instance -> instance.network().subnetIds().stream()).distinct().sorted().toList();
    }

    private List<Resource> registeredInstances(ResourceDetails.LoadBalancer loadBalancer)
    {
        return loadBalancer.targets().stream().map(index::instanceByInstanceId).flatMap(java.util.Optional::stream).toList();
    }

    // A Classic listener becomes the nearest ALB protocol: TLS termination stays HTTPS, plain TCP becomes HTTP.
    private static String listenerProtocol(String type, boolean fromClassic, String protocol)
    {
        String upper = protocol == null ? "" : protocol.toUpperCase(Locale.ROOT);
        if (fromClassic) {
            return upper.equals("HTTPS") || upper.equals("SSL") ? "HTTPS" : "HTTP";
        }
        if (type.equals("application")) {
            return upper.equals("HTTPS") ? "HTTPS" : "HTTP";
        }
        return switch (upper) {
            case "TLS", "UDP", "TCP_UDP" -> upper;
            default -> "TCP";
        };
    }

    private static String targetProtocol(String type, String listenerProtocol, int targetPort)
    {
        if (type.equals("application")) {
            return targetPort == 443 ? "HTTPS" : "HTTP";
        }
        return listenerProtocol.equals("TLS") ? "TCP" : listenerProtocol;
    }
}
