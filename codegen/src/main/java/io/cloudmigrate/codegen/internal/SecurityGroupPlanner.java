package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.discovery.SecurityGroupRule;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.IntPredicate;

import static java.util.Objects.requireNonNull;

/**
 * Security groups in the target. A group is created in the first wave that generates a resource
 * using it (its home wave); a group no generated resource uses but a rule of a created group names
 * (the group of a retained load balancer, say) is created with the first group that names it, so
 * that no input asks for a group that will not exist. Later waves find a group created earlier by the
 * tag {@link TagSets#SOURCE_ID_KEY} the generator puts on it; only a group the inventory lacks is an input.
 */
public final class SecurityGroupPlanner
{
    private final EstateIndex index;
    private final SortedMap<String, Integer> homeWaves;

    /**
     * @param usersByWave for each wave, the security-group ids used by the resources it generates
     */
    public SecurityGroupPlanner(EstateIndex index, Map<Integer, ? extends Collection<String>> usersByWave)
    {
        this.index = requireNonNull(index, "index is null");
        SortedMap<String, Integer> homes = new TreeMap<>();
        new TreeMap<>(usersByWave).forEach((wave, groupIds) -> groupIds.forEach(groupId -> {
            if (index.securityGroup(groupId).isPresent()) {
                homes.putIfAbsent(groupId, wave);
            }
        }));
        homeNamedGroups(homes);
        this.homeWaves = homes;
    }

    /** Homes every group the rules of a homed group name, in the same wave, until no rule names an unhomed group of its placement. */
    private void homeNamedGroups(SortedMap<String, Integer> homes)
    {
        // earliest wave first, so that a group named by groups of several waves is homed in the first of them
        PriorityQueue<String> pending = new PriorityQueue<>(Comparator.comparing((String id) -> homes.get(id)).thenComparing(Comparator.naturalOrder()));
        pending.addAll(homes.keySet());
        while (!pending.isEmpty()) {
            String groupId = pending.remove();
            SecurityGroup group = index.securityGroup(groupId).orElseThrow();
            int wave = homes.get(groupId);
            for (SecurityGroupRule rule : concat(group.ingress(), group.egress())) {
                if (rule.peerKind() != SecurityGroupRule.PeerKind.SECURITY_GROUP || homes.containsKey(rule.peer())) {
                    continue;
                }
                index.securityGroup(rule.peer())
                        .filter(peer -> placement(peer).equals(placement(group)))
                        .ifPresent(peer -> {
                            homes.put(peer.id(), wave);
                            pending.add(peer.id());
                        });
            }
        }
    }

    private static List<SecurityGroupRule> concat(List<SecurityGroupRule> first, List<SecurityGroupRule> second)
    {
        List<SecurityGroupRule> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    public Targets.GroupReference reference(String groupId, int wave)
    {
        Integer home = homeWaves.get(groupId);
        Placement placement = index.securityGroup(groupId).map(SecurityGroupPlanner::placement).orElse(null);
        return new Targets.GroupReference(groupId, index.securityGroupTerraformName(groupId), index.securityGroupLogicalId(groupId), home != null && home == wave,
                home != null && home < wave, placement, home == null ? 0 : home);
    }

    public List<Targets.GroupReference> references(List<String> groupIds, int wave)
    {
        return groupIds.stream().distinct().map(groupId -> reference(groupId, wave)).toList();
    }

    /** The groups homed in this wave, with the names of the wave's resources that use them (none for a group only rules name). */
    public List<Targets.SecurityGroup> groupsOf(int wave, SortedMap<String, List<String>> usersByGroup)
    {
        List<Targets.SecurityGroup> groups = new ArrayList<>();
        homeWaves.forEach((groupId, home) -> {
            if (home == wave) {
                groups.add(group(index.securityGroup(groupId).orElseThrow(), wave, usersByGroup.getOrDefault(groupId, List.of())));
            }
        });
        groups.sort((left, right) -> left.terraformName().compareTo(right.terraformName()));
        return groups;
    }

    /** Rules of groups homed in earlier waves whose peer group is homed in this one. */
    public List<Targets.LateRules> lateRulesOf(int wave)
    {
        List<Targets.LateRules> result = new ArrayList<>();
        for (SecurityGroup group : index.securityGroups()) {
            Integer home = homeWaves.get(group.id());
            if (home == null || home >= wave) {
                continue;
            }
            String terraformName = index.securityGroupTerraformName(group.id());
            String logicalId = index.securityGroupLogicalId(group.id());
            List<Targets.Rule> ingress = rules(group, group.ingress(), terraformName + "_ingress_", logicalId + "Ingress", wave, peerHome -> peerHome == wave);
            List<Targets.Rule> egress = rules(group, group.egress(), terraformName + "_egress_", logicalId + "Egress", wave, peerHome -> peerHome == wave);
            if (!ingress.isEmpty() || !egress.isEmpty()) {
                result.add(new Targets.LateRules(reference(group.id(), wave), group.groupName(), ingress, egress));
            }
        }
        result.sort((left, right) -> left.owner().terraformName().compareTo(right.owner().terraformName()));
        return result;
    }

    private Targets.SecurityGroup group(SecurityGroup group, int wave, List<String> users)
    {
        String terraformName = index.securityGroupTerraformName(group.id());
        String logicalId = index.securityGroupLogicalId(group.id());
        String fallbackDescription = "Migrated from " + group.id();
        String description = AwsNames.securityGroupText(group.description() == null ? "" : group.description(), fallbackDescription);
        boolean allowsAll = group.egress().size() == 1 && allowsAll(group.egress().getFirst());
        // a rule naming a group that a later wave creates waits for that wave (see lateRulesOf)
        IntPredicate now = peerHome -> peerHome <= wave;
        return new Targets.SecurityGroup(
                group.id(),
                placement(group),
                group.vpcId(),
                terraformName,
                logicalId,
                AwsNames.securityGroupName(group.groupName(), group.id()),
                description,
                TagSets.ofSecurityGroup(group.tags(), group.groupName(), group.id(), wave),
                rules(group, group.ingress(), terraformName + "_ingress_", logicalId + "Ingress", wave, now),
                rules(group, group.egress(), terraformName + "_egress_", logicalId + "Egress", wave, now),
                allowsAll,
                users.stream().sorted().distinct().toList());
    }

    /**
     * The rules whose peer fits {@code include}: CIDR and prefix-list rules, rules naming a group no
     * wave creates, and rules naming a group in another account or Region (which become CIDR rules and
     * so wait for no wave) count as homed in wave 0.
     */
    private List<Targets.Rule> rules(SecurityGroup owner, List<SecurityGroupRule> rules, String terraformPrefix, String logicalPrefix, int wave, IntPredicate include)
    {
        List<Targets.Rule> result = new ArrayList<>();
        for (int index = 0; index < rules.size(); index++) {
            SecurityGroupRule rule = rules.get(index);
            boolean namesGroup = rule.peerKind() == SecurityGroupRule.PeerKind.SECURITY_GROUP;
            Targets.GroupReference peerGroup = namesGroup ? reference(rule.peer(), wave) : null;
            boolean otherPlacement = peerGroup != null && peerGroup.placement() != null && !peerGroup.placement().equals(placement(owner));
            int peerHome = namesGroup && !otherPlacement ? homeWaves.getOrDefault(rule.peer(), 0) : 0;
            if (!include.test(peerHome)) {
                continue;
            }
            boolean anyProtocol = rule.protocol().equals("-1");
            boolean transport = rule.protocol().equalsIgnoreCase("tcp") || rule.protocol().equalsIgnoreCase("udp");
            // EC2 reports "all ports" of TCP or UDP as -1; the target APIs want the range spelt out
            int fromPort = transport && rule.fromPort() == -1 ? 0 : rule.fromPort();
            int toPort = transport && rule.fromPort() == -1 ? 65535 : rule.toPort();
            String peerKind = switch (rule.peerKind()) {
                case CIDR_IPV4 -> "cidr_ipv4";
                case CIDR_IPV6 -> "cidr_ipv6";
                case PREFIX_LIST -> "prefix_list_id";
                case SECURITY_GROUP -> otherPlacement ? "cidr_ipv4" : "referenced_security_group_id";
            };
            // a rule without a description gets one saying what it admits and where it comes from, for the reviewer (and checkov)
            String derived = (anyProtocol ? "all traffic" : rule.protocol().toLowerCase(Locale.ROOT) + " " + (fromPort == toPort ? Integer.toString(fromPort) : fromPort + "-" + toPort))
                    + (terraformPrefix.contains("_egress_") ? " to " : " from ") + rule.peer() + ", as source group " + owner.groupName() + " (" + owner.id() + ") allows";
            String description = AwsNames.securityGroupText(rule.description() == null ? "" : rule.description(), AwsNames.securityGroupText(derived, null));
            result.add(new Targets.Rule(
                    terraformPrefix + (index + 1),
                    logicalPrefix + (index + 1),
                    rule.protocol(),
                    anyProtocol,
                    fromPort,
                    toPort,
                    peerKind,
                    rule.peer(),
                    peerGroup,
                    otherPlacement,
                    description,
                    TagSets.ofSecurityGroup(owner.tags(), owner.groupName(), owner.id(), wave)));
        }
        return result;
    }

    private static Placement placement(SecurityGroup group)
    {
        return new Placement(group.accountId(), group.region());
    }

    private static boolean allowsAll(SecurityGroupRule rule)
    {
        return rule.protocol().equals("-1") && rule.peerKind() == SecurityGroupRule.PeerKind.CIDR_IPV4 && rule.peer().equals("0.0.0.0/0");
    }
}
