package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.discovery.SecurityGroupRule;
import io.cloudmigrate.graph.EdgeKind;

import java.util.Map;
import java.util.TreeMap;

/**
 * Allowed edges: who may connect to whom according to the ingress rules of security groups. A rule
 * of group X on resource B that names group Y lets every resource carrying Y reach B; a CIDR rule
 * lets every resource with an address in the block reach B.
 *
 * <p>Rules open to the world ({@code 0.0.0.0/0}, {@code ::/0}) and CIDR blocks broader than
 * {@value #NARROWEST_WORLD_PREFIX} bits make no edges: they admit everyone, so they say nothing
 * about who depends on B. Prefix-list rules make none either: prefix lists mostly name AWS service
 * ranges, and the inventory does not hold their entries.
 */
public final class SecurityGroupReachability
{
    /** A block shorter than this prefix (larger than a /8) is a "world" rule, not a dependency. */
    public static final int NARROWEST_WORLD_PREFIX = 8;

    private SecurityGroupReachability() {}

    public static void collect(Inventory inventory, Workloads workloads, EdgeCollector edges)
    {
        Map<String, SecurityGroup> groups = new TreeMap<>();
        inventory.securityGroups().forEach(group -> groups.put(group.id(), group));
        for (String target : workloads.ids()) {
            for (String groupId : workloads.securityGroups(target)) {
                SecurityGroup group = groups.get(groupId);
                if (group != null) {
                    for (SecurityGroupRule rule : group.ingress()) {
                        collectRule(group, rule, target, workloads, edges);
                    }
                }
            }
        }
    }

    private static void collectRule(SecurityGroup group, SecurityGroupRule rule, String target, Workloads workloads, EdgeCollector edges)
    {
        String protocol = Protocols.normalize(rule.protocol());
        String evidence = group.id() + " allows " + rule.peer() + " on " + describe(protocol, rule);
        switch (rule.peerKind()) {
            case SECURITY_GROUP -> {
                for (String source : workloads.carriersOf(rule.peer())) {
                    allow(edges, source, target, protocol, rule, evidence);
                }
            }
            case CIDR_IPV4, CIDR_IPV6 -> {
                Cidr block = rule.openToWorld() ? null : Cidr.parse(rule.peer());
                if (block == null || block.prefixLength() < NARROWEST_WORLD_PREFIX) {
                    return;
                }
                for (String source : workloads.ids()) {
                    if (workloads.addresses(source).stream().anyMatch(block::contains)) {
                        allow(edges, source, target, protocol, rule, evidence);
                    }
                }
            }
            case PREFIX_LIST -> {
                // See the class comment: prefix lists make no edges.
            }
        }
    }

    /** One port makes an edge on that port; a range or all ports an edge on port -1 that keeps the range. */
    private static void allow(EdgeCollector edges, String source, String target, String protocol, SecurityGroupRule rule, String evidence)
    {
        if (!Protocols.hasPorts(protocol)) {
            edges.add(source, target, EdgeKind.ALLOWED, -1, protocol, 0, 0, evidence);
        }
        else if (rule.fromPort() >= 0 && rule.fromPort() == rule.toPort()) {
            edges.add(source, target, EdgeKind.ALLOWED, rule.fromPort(), protocol, 0, 0, evidence);
        }
        else {
            edges.addAllowedRange(source, target, protocol, rule.fromPort(), rule.toPort(), evidence);
        }
    }

    private static String describe(String protocol, SecurityGroupRule rule)
    {
        if (protocol.equals(Protocols.ALL)) {
            return "all traffic";
        }
        if (!Protocols.hasPorts(protocol)) {
            return protocol;
        }
        if (rule.fromPort() < 0 || (rule.fromPort() == 0 && rule.toPort() == 65_535)) {
            return protocol + "/all ports";
        }
        if (rule.fromPort() == rule.toPort()) {
            return protocol + "/" + rule.fromPort();
        }
        return protocol + "/" + rule.fromPort() + "-" + rule.toPort();
    }
}
