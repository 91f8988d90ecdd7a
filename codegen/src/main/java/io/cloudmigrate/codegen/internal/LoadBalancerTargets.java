package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * Load balancer targets: an ALB or NLB as it is, or a Classic Load Balancer replatformed to an ALB.
 * Each listener gets a target group, in which the instances registered with the source are registered
 * when generated code creates them in the same wave or an earlier one. A load
 * balancer that reports no subnets takes those of its instances (see {@link #subnets}).
 */
final class LoadBalancerTargets
{
    private final EstateIndex index;

    LoadBalancerTargets(EstateIndex index)
    {
        this.index = requireNonNull(index, "index is null");
    }

    /**
     * @param wave the number of the load balancer's wave
     * @param generatedInWave ids of the resources the wave generates
     */
    Targets.LoadBalancer loadBalancer(
            Resource resource,
            ResourceDetails.LoadBalancer loadBalancer,
            Targets.Name name,
            int wave,
            Set<String> generatedInWave,
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
        SortedSet<String> registered = new TreeSet<>();
        for (String target : loadBalancer.targets()) {
            Optional<Resource> instance = instance(resource, target);
            OptionalInt instanceWave = instance.map(found -> createdIn(resource, found, wave, generatedInWave)).orElse(OptionalInt.empty());
            if (instanceWave.isEmpty()) {
                remoteTargets.add(target + instance.map(found -> " (" + found.name() + ")").orElse(""));
                continue;
            }
            Resource found = instance.get();
            if (!registered.add(found.id())) {
                continue;
            }
            for (Targets.Listener listener : listeners) {
                attachments.add(new Targets.Attachment(listener.terraformName() + "_" + index.terraformName(found.id()), listener.terraformName(), listener.logicalId(),
                        index.terraformName(found.id()), index.logicalId(found.id()), found.id(), instanceWave.getAsInt() == wave, instanceWave.getAsInt(),
                        listener.targetPort()));
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

    /**
     * The EC2 instance a source target names, by ARN, instance id or private IP address (in the load
     * balancer's account and Region), or empty when it names none the inventory holds (an ECS task, a Lambda).
     */
    private Optional<Resource> instance(Resource balancer, String target)
    {
        if (index.hasResource(target)) {
            Resource resource = index.resource(target);
            return resource.details() instanceof ResourceDetails.Ec2Instance ? Optional.of(resource) : Optional.empty();
        }
        if (target.startsWith("i-")) {
            return index.instanceByInstanceId(target);
        }
        return index.resources().stream()
                .filter(resource -> resource.details() instanceof ResourceDetails.Ec2Instance)
                .filter(resource -> resource.accountId().equals(balancer.accountId()) && resource.region().equals(balancer.region()))
                .filter(resource -> resource.network().privateIpAddresses().contains(target))
                .min(Comparator.comparing(Resource::id));
    }

    /**
     * The wave whose code creates the instance's target: this one, or an earlier one in the load
     * balancer's account and Region (so that Terraform finds it by tag and a stack imports it); empty when
     * no generated code creates it before the load balancer (retained, retired, not generated, or later).
     */
    private OptionalInt createdIn(Resource balancer, Resource instance, int wave, Set<String> generatedInWave)
    {
        if (!instance.accountId().equals(balancer.accountId()) || !instance.region().equals(balancer.region())) {
            return OptionalInt.empty();
        }
        if (generatedInWave.contains(instance.id())) {
            return OptionalInt.of(wave);
        }
        if (Provisioning.skip(instance, index.recommendation(instance.id())).isPresent()) {
            return OptionalInt.empty();
        }
        int instanceWave = index.wave(instance.id()).orElse(Integer.MAX_VALUE);
        return instanceWave < wave ? OptionalInt.of(instanceWave) : OptionalInt.empty();
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
