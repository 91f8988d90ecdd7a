package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceDetails.Listener;
import io.cloudmigrate.discovery.ResourceType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Classic and ELBv2 load balancers of one region, with listeners and registered targets. Runs after
 * the EC2 reader, so that instance targets can be named by their ARN.
 */
final class LoadBalancerReader
{
    private static final String CLASSIC_OPERATION = "elb-describe-load-balancers";
    private static final String V2_OPERATION = "elbv2-describe-load-balancers";
    private static final Comparator<Listener> LISTENER_ORDER = Comparator.comparingInt(Listener::port)
            .thenComparing(Listener::protocol, Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparingInt(Listener::targetPort);

    private LoadBalancerReader() {}

    static void read(RegionContext context)
    {
        readClassic(context);
        readV2(context);
    }

    private static void readClassic(RegionContext context)
    {
        for (JsonNode balancer : context.items(CLASSIC_OPERATION, "LoadBalancerDescriptions")) {
            String name = Json.text(balancer, "LoadBalancerName");
            if (name == null) {
                continue;
            }
            String arn = context.scope().classicLoadBalancer(name);
            List<Listener> listeners = new ArrayList<>();
            for (JsonNode description : Json.array(balancer, "ListenerDescriptions")) {
                JsonNode listener = description.path("Listener");
                int port = Json.integer(listener, "LoadBalancerPort", 0);
                int instancePort = Json.integer(listener, "InstancePort", 0);
                if (ValueChecks.listenerPort(context, "elb", name, listener, "LoadBalancerPort", port)
                        && ValueChecks.listenerPort(context, "elb", name, listener, "InstancePort", instancePort)) {
                    listeners.add(new Listener(Json.text(listener, "Protocol"), port, instancePort));
                }
            }
            Set<String> targets = new TreeSet<>();
            Json.texts(balancer, "Instances", "InstanceId").forEach(instanceId -> targets.add(target(context, arn, instanceId)));
            NetworkPlacement placement = new NetworkPlacement(Json.text(balancer, "VPCId"), Json.strings(balancer, "Subnets"),
                    Json.strings(balancer, "SecurityGroups"), List.of(), List.of(), List.of());
            ResourceDetails details = new ResourceDetails.LoadBalancer(name, "classic", Json.text(balancer, "Scheme"),
                    Json.text(balancer, "DNSName"), listeners.stream().sorted(LISTENER_ORDER).toList(), List.of(), List.copyOf(targets));
            add(context, balancer, arn, ResourceType.LOAD_BALANCER, name, placement, details, CLASSIC_OPERATION);
        }
    }

    private static void readV2(RegionContext context)
    {
        Map<String, JsonNode> targetGroups = new TreeMap<>();
        for (JsonNode group : context.items("elbv2-describe-target-groups", "TargetGroups")) {
            String groupArn = Json.text(group, "TargetGroupArn");
            if (groupArn != null) {
                targetGroups.put(groupArn, group);
                context.estate().addTargetGroup(groupArn);
            }
        }
        Set<String> balancerArns = new TreeSet<>();
        for (JsonNode balancer : context.items(V2_OPERATION, "LoadBalancers")) {
            String name = Json.text(balancer, "LoadBalancerName");
            String arn = Json.text(balancer, "LoadBalancerArn");
            if (arn == null) {
                arn = arnFromTargetGroups(context, name, targetGroups);
                if (arn == null) {
                    continue;
                }
            }
            balancerArns.add(arn);
            String balancerArn = arn;
            Set<String> groupArns = new TreeSet<>();
            targetGroups.forEach((groupArn, group) -> {
                if (Json.strings(group, "LoadBalancerArns").contains(balancerArn)) {
                    groupArns.add(groupArn);
                }
            });
            List<Listener> listeners = new ArrayList<>();
            for (JsonNode listener : documentItems(context, "elbv2-describe-listeners", balancerArn, "Listeners")) {
                List<String> forwardedTo = forwardedTargetGroups(listener);
                groupArns.addAll(forwardedTo);
                int port = Json.integer(listener, "Port", 0);
                if (ValueChecks.listenerPort(context, "elb", name == null ? balancerArn : name, listener, "Port", port)) {
                    listeners.add(new Listener(Json.text(listener, "Protocol"), port, targetPort(forwardedTo, targetGroups)));
                }
            }
            Set<String> targets = new TreeSet<>();
            for (String groupArn : groupArns) {
                for (JsonNode description : documentItems(context, "elbv2-describe-target-health", groupArn, "TargetHealthDescriptions")) {
                    Json.present(Json.textAt(description, "Target", "Id")).forEach(id -> targets.add(target(context, balancerArn, id)));
                }
            }
            List<String> subnetIds = Json.texts(balancer, "AvailabilityZones", "SubnetId");
            NetworkPlacement placement = new NetworkPlacement(Json.text(balancer, "VpcId"), subnetIds, Json.strings(balancer, "SecurityGroups"),
                    List.of(), List.of(), List.of());
            String displayName = name == null ? balancerArn : name;
            ResourceDetails details = new ResourceDetails.LoadBalancer(displayName, Json.text(balancer, "Type"), Json.text(balancer, "Scheme"),
                    Json.text(balancer, "DNSName"), listeners.stream().sorted(LISTENER_ORDER).toList(), List.copyOf(groupArns), List.copyOf(targets));
            add(context, balancer, balancerArn, ResourceType.LOAD_BALANCER_V2, displayName, placement, details, V2_OPERATION);
        }
        targetGroups.forEach((groupArn, group) -> Json.strings(group, "LoadBalancerArns").stream()
                .filter(balancerArn -> !balancerArns.contains(balancerArn))
                .forEach(balancerArn -> context.dangling("elb", groupArn, "load balancer " + balancerArn, V2_OPERATION)));
    }

    /**
     * The ARN of a load balancer its own entry lacks (as some tools record it), read from the target
     * groups that name a load balancer of that name; {@code null}, with a warning, when none or several do.
     */
    private static String arnFromTargetGroups(RegionContext context, String name, Map<String, JsonNode> targetGroups)
    {
        String input = context.files().documentPath(V2_OPERATION);
        if (name == null) {
            context.warn("elb", Warnings.MISSING_IDENTIFIER, input, input + ": a load balancer has neither LoadBalancerArn nor LoadBalancerName;"
                    + " it was left out");
            return null;
        }
        Set<String> candidates = new TreeSet<>();
        Set<String> groups = new TreeSet<>();
        targetGroups.forEach((groupArn, group) -> Json.strings(group, "LoadBalancerArns").stream()
                .filter(balancerArn -> name.equals(nameInArn(balancerArn)))
                .forEach(balancerArn -> {
                    candidates.add(balancerArn);
                    groups.add(groupArn);
                }));
        if (candidates.size() == 1) {
            String arn = candidates.iterator().next();
            context.warn("elb", Warnings.MISSING_IDENTIFIER, name, "load balancer " + name + " in " + input + " has no LoadBalancerArn; its ARN "
                    + arn + " was read from target group " + String.join(", ", groups));
            return arn;
        }
        context.warn("elb", Warnings.MISSING_IDENTIFIER, name, "load balancer " + name + " in " + input + " has no LoadBalancerArn, and "
                + (candidates.isEmpty() ? "no target group names a load balancer of that name" : "target groups name several load balancers of that name: "
                + String.join(", ", candidates)) + "; it was left out, with its listeners and targets");
        return null;
    }

    /** The name in an ELBv2 ARN ({@code …:loadbalancer/app/NAME/ID}), or {@code null}. */
    private static String nameInArn(String arn)
    {
        int start = arn.indexOf(":loadbalancer/");
        String[] parts = start < 0 ? new String[0] : arn.substring(start + ":loadbalancer/".length()).split("/");
        return parts.length == 3 ? parts[1] : null;
    }

    private static List<JsonNode> documentItems(RegionContext context, String operation, String identifier, String field)
    {
        return context.files().resourceFile(operation, identifier).map(document -> Json.array(document, field)).orElse(List.of());
    }

    /**
     * The port targets receive on: that of the first target group the listener forwards to, or 0
     * for a listener that forwards nowhere (redirects, fixed responses).
     */
    private static int targetPort(List<String> forwardedTo, Map<String, JsonNode> targetGroups)
    {
        return forwardedTo.stream()
                .mapToInt(groupArn -> Json.integer(targetGroups.get(groupArn), "Port", 0))
                .filter(port -> port > 0)
                .findFirst()
                .orElse(0);
    }

    /** A listener forwards to one target group, or to several weighted ones through {@code ForwardConfig}. */
    private static List<String> forwardedTargetGroups(JsonNode listener)
    {
        List<String> groupArns = new ArrayList<>();
        for (JsonNode action : Json.array(listener, "DefaultActions")) {
            Json.addNew(groupArns, Json.present(Json.text(action, "TargetGroupArn")));
            Json.addNew(groupArns, Json.texts(action.path("ForwardConfig"), "TargetGroups", "TargetGroupArn"));
        }
        return groupArns;
    }

    /** An instance target by its ARN when the instance is in the estate; IPs, Lambda ARNs and unknown instances as given. */
    private static String target(RegionContext context, String balancerArn, String targetId)
    {
        if (!targetId.startsWith("i-")) {
            return targetId;
        }
        String instanceArn = context.scope().ec2("instance", targetId);
        if (context.estate().contains(instanceArn)) {
            return instanceArn;
        }
        context.dangling("elb", balancerArn, "instance " + targetId, "ec2-describe-instances");
        return targetId;
    }

    private static void add(RegionContext context, JsonNode balancer, String arn, ResourceType type, String name, NetworkPlacement placement,
            ResourceDetails details, String operation)
    {
        Map<String, String> tags = Json.tags(balancer);
        context.estate().add(context, new Resource(arn, type, context.accountId(), context.region(), Json.name(tags, name), tags, placement, details),
                context.files().documentPath(operation));
    }
}
