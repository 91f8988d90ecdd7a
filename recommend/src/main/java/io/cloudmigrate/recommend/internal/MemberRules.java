package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Memberships;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.Recommendation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Rule A0 (docs/7R-RULES.md) for the members of a DB cluster or replication group: the strategy is chosen
 * for the application component, and the infrastructure that hosts it follows ("The migration strategy
 * for infrastructure is derived from the strategy chosen for the application", AWS Prescriptive
 * Guidance). A cluster and its instances, or a replication group and its nodes, are one component:
 * they move together (one move group), so a member takes its cluster's or group's recommendation.
 */
final class MemberRules
{
    private MemberRules() {}

    /**
     * Each member of the graph's nodes, to its cluster or group when that is a node too; membership is
     * {@link Memberships}'s, as the graph's move groups are.
     */
    static Map<String, Resource> groups(Inventory inventory, Set<String> nodes)
    {
        Map<String, Resource> resources = new TreeMap<>();
        inventory.resources().forEach(resource -> resources.put(resource.id(), resource));
        Map<String, Resource> groups = new TreeMap<>();
        Memberships.groupsByMember(inventory.resources()).forEach((member, group) -> {
            if (nodes.contains(member) && nodes.contains(group)) {
                groups.put(member, resources.get(group));
            }
        });
        return groups;
    }

    /** The member's recommendation: its group's strategy and target, with the group's rule and confidence as evidence. */
    static Recommendation follow(WorkloadFacts member, Resource group, Recommendation groupRecommendation)
    {
        String kind = group.details() instanceof ResourceDetails.RdsDbCluster ? "DB cluster" : "replication group";
        String chosen = groupRecommendation.strategy().displayName() + (groupRecommendation.target() == null ? "" : " to " + groupRecommendation.target());
        List<String> evidence = new ArrayList<>(List.of("memberOf=" + group.id(), "groupRule=" + groupRecommendation.ruleId()));
        return Decisions.recommend(member, groupRecommendation.strategy(), groupRecommendation.target(), "A0",
                "A member of " + kind + " " + group.name() + ", which is recommended " + chosen + " (" + groupRecommendation.ruleId()
                        + "): it moves with its " + kind + ".",
                groupRecommendation.confidence(), evidence);
    }
}
