package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.discovery.SecurityGroupRule;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GroupReachability;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * Allowed edges: who may connect to whom according to the ingress rules of security groups. A rule
 * of group X on resource B that names group Y lets every resource carrying Y reach B; a CIDR rule
 * lets every resource with an address in the block reach B.
 *
 * <p>Rules open to the world ({@code 0.0.0.0/0}, {@code ::/0}) and CIDR blocks broader than
 * {@value #NARROWEST_WORLD_PREFIX} bits make no edges: they admit everyone, so they say nothing
 * about who depends on B. Prefix-list rules make none either: prefix lists mostly name AWS service
 * ranges, and the inventory does not hold their entries.
 *
 * <p>The rules that make edges are kept as {@link GroupReachability}; an instance derives the pairs of
 * one target, or of one source, when asked. Into a target costs its groups' rules plus the pairs
 * found; out of a source, the rules naming its groups or holding its addresses (found through indexes)
 * plus, for each target reached, that target's rules.
 */
public final class SecurityGroupReachability
{
    /** A block shorter than this prefix (larger than a /8) is a "world" rule, not a dependency. */
    public static final int NARROWEST_WORLD_PREFIX = 8;

    private final Workloads workloads;
    private final AddressIndex addresses;
    private final Map<String, List<GroupReachability>> rulesByGroup = new HashMap<>();
    private final Map<String, List<GroupReachability>> rulesByPeerGroup = new HashMap<>();
    private final Map<String, List<GroupReachability>> rulesByBlock = new HashMap<>();
    private final SortedSet<Integer> blockLengths = new TreeSet<>();

    public SecurityGroupReachability(Workloads workloads, List<GroupReachability> reachability)
    {
        this.workloads = requireNonNull(workloads, "workloads is null");
        this.addresses = new AddressIndex(workloads);
        // Only looked up, never iterated: each list keeps the order of the reachability list.
        for (GroupReachability entry : requireNonNull(reachability, "reachability is null")) {
            rulesByGroup.computeIfAbsent(entry.securityGroupId(), key -> new ArrayList<>()).add(entry);
            SecurityGroupRule rule = entry.rule();
            switch (rule.peerKind()) {
                case SECURITY_GROUP -> rulesByPeerGroup.computeIfAbsent(rule.peer(), key -> new ArrayList<>()).add(entry);
                case CIDR_IPV4, CIDR_IPV6 -> {
                    Cidr block = block(rule);
                    if (block != null) {
                        rulesByBlock.computeIfAbsent(key(block.first(), block.prefixLength()), key -> new ArrayList<>()).add(entry);
                        blockLengths.add(block.prefixLength());
                    }
                }
                case PREFIX_LIST -> {}
            }
        }
    }

    /** The rules of the inventory's security groups that make allowed edges, by group id and then in rule order. */
    public static List<GroupReachability> rules(Inventory inventory)
    {
        List<GroupReachability> result = new ArrayList<>();
        for (SecurityGroup group : inventory.securityGroups()) {
            for (SecurityGroupRule rule : group.ingress()) {
                boolean makesEdges = switch (rule.peerKind()) {
                    case SECURITY_GROUP -> true;
                    case CIDR_IPV4, CIDR_IPV6 -> block(rule) != null;
                    case PREFIX_LIST -> false;
                };
                if (makesEdges) {
                    result.add(new GroupReachability(group.id(), rule));
                }
            }
        }
        return List.copyOf(result);
    }

    /** The allowed edges into {@code target}, collected into {@code edges}. */
    void collectInto(String target, EdgeCollector edges)
    {
        for (String groupId : workloads.securityGroups(target)) {
            for (GroupReachability entry : rulesByGroup.getOrDefault(groupId, List.of())) {
                collectRule(entry, target, edges);
            }
        }
    }

    /**
     * The allowed edges from {@code source} into {@code target}, collected into {@code edges}: each of the
     * target's rules is checked against the source alone (its groups, its addresses), so the cost does
     * not grow with how many other workloads the rule admits.
     */
    void collectBetween(String source, String target, EdgeCollector edges)
    {
        SortedSet<String> sourceGroups = workloads.securityGroups(source);
        List<byte[]> sourceAddresses = workloads.addresses(source);
        for (String groupId : workloads.securityGroups(target)) {
            for (GroupReachability entry : rulesByGroup.getOrDefault(groupId, List.of())) {
                SecurityGroupRule rule = entry.rule();
                boolean admitted = switch (rule.peerKind()) {
                    case SECURITY_GROUP -> sourceGroups.contains(rule.peer());
                    case CIDR_IPV4, CIDR_IPV6 -> {
                        Cidr block = block(rule);
                        yield block != null && sourceAddresses.stream().anyMatch(block::contains);
                    }
                    case PREFIX_LIST -> false;
                };
                if (admitted) {
                    String protocol = Protocols.normalize(rule.protocol());
                    allow(edges, source, target, protocol, rule, evidence(entry, protocol));
                }
            }
        }
    }

    /** The workloads {@code source} may reach by some rule, sorted (those its own rules name included). */
    SortedSet<String> targetsOf(String source)
    {
        SortedSet<String> targets = new TreeSet<>();
        for (String groupId : workloads.securityGroups(source)) {
            rulesByPeerGroup.getOrDefault(groupId, List.of()).forEach(entry -> targets.addAll(workloads.carriersOf(entry.securityGroupId())));
        }
        for (byte[] address : workloads.addresses(source)) {
            for (int length : blockLengths) {
                if (length <= address.length * 8) {
                    rulesByBlock.getOrDefault(key(Cidr.masked(address, length, false), length), List.of())
                            .forEach(entry -> targets.addAll(workloads.carriersOf(entry.securityGroupId())));
                }
            }
        }
        targets.remove(source);
        return targets;
    }

    /** The allowed edges into one target, sorted as the graph's edges. */
    List<DependencyEdge> into(String target)
    {
        EdgeCollector edges = new EdgeCollector();
        collectInto(target, edges);
        return edges.edges();
    }

    private void collectRule(GroupReachability entry, String target, EdgeCollector edges)
    {
        SecurityGroupRule rule = entry.rule();
        String protocol = Protocols.normalize(rule.protocol());
        String evidence = evidence(entry, protocol);
        switch (rule.peerKind()) {
            case SECURITY_GROUP -> {
                for (String source : workloads.carriersOf(rule.peer())) {
                    allow(edges, source, target, protocol, rule, evidence);
                }
            }
            case CIDR_IPV4, CIDR_IPV6 -> {
                Cidr block = block(rule);
                if (block != null) {
                    for (String source : addresses.holders(block)) {
                        allow(edges, source, target, protocol, rule, evidence);
                    }
                }
            }
            case PREFIX_LIST -> {
                // See the class comment: prefix lists make no edges.
            }
        }
    }

    private static String evidence(GroupReachability entry, String protocol)
    {
        return entry.securityGroupId() + " allows " + entry.rule().peer() + " on " + describe(protocol, entry.rule());
    }

    /** The block of a CIDR rule, or null when it makes no edges (open to the world, too broad, or not a block). */
    private static Cidr block(SecurityGroupRule rule)
    {
        Cidr block = rule.openToWorld() ? null : Cidr.parse(rule.peer());
        return block == null || block.prefixLength() < NARROWEST_WORLD_PREFIX ? null : block;
    }

    private static String key(byte[] network, int prefixLength)
    {
        return HexFormat.of().formatHex(network) + "/" + prefixLength;
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
