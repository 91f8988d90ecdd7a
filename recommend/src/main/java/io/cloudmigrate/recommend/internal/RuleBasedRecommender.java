package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.Utilization;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.recommend.Recommender;
import io.cloudmigrate.scoring.DependencyIndex;
import io.cloudmigrate.scoring.LifecycleCatalog;
import io.cloudmigrate.scoring.SelfManagedEngine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * The ordered rules of docs/7R-RULES.md, first match wins: B retire what is unused (B5 guards what has
 * dependents), C retain what must not move, E repurchase, F force a change away from what is past
 * support, G let the business goals choose among viable options, H leave target-state services alone
 * and rehost the rest of EC2. Rules that need facts an inventory does not hold (A0, C2, C5, D1, D2,
 * G7, G8, H2) are not evaluated, except A0 for the members of a DB cluster or replication group, which
 * follow the recommendation of their cluster or group ({@link MemberRules}). Each recommendation carries its rule id, the observed facts as
 * evidence, and a confidence documented per rule, lowered when inputs were missing.
 */
public final class RuleBasedRecommender
        implements Recommender
{
    private final LifecycleCatalog lifecycle;

    public RuleBasedRecommender(LifecycleCatalog lifecycle)
    {
        this.lifecycle = requireNonNull(lifecycle, "lifecycle is null");
    }

    @Override
    public List<Recommendation> recommend(Inventory inventory, GraphAnalysis graph, LocalDate asOf, BusinessGoals goals)
    {
        return recommend(estate(inventory, graph, asOf), goals);
    }

    /** The rules' recommendations for facts {@link #estate} read, so that a caller that needs the facts too reads them once. */
    List<Recommendation> recommend(EstateFacts estate, BusinessGoals goals)
    {
        requireNonNull(estate, "estate is null");
        requireNonNull(goals, "goals is null");
        Map<String, Recommendation> recommendations = new TreeMap<>();
        estate.facts().forEach((id, resourceFacts) -> {
            if (!estate.groups().containsKey(id)) {
                recommendations.put(id, recommend(resourceFacts, goals));
            }
        });
        // members follow their cluster or group, which is recommended first (A0)
        estate.groups().forEach((member, group) -> recommendations.put(member, MemberRules.follow(estate.facts().get(member), group, recommendations.get(group.id()))));
        return List.copyOf(recommendations.values());
    }

    /** The facts the rules read for each resource {@link #recommend} recommends, by id: the one input of the model's features too. */
    Map<String, WorkloadFacts> facts(Inventory inventory, GraphAnalysis graph, LocalDate asOf)
    {
        return estate(inventory, graph, asOf).facts();
    }

    /** The facts of every resource to recommend, with the groups members follow and the dependency index they were read from. */
    EstateFacts estate(Inventory inventory, GraphAnalysis graph, LocalDate asOf)
    {
        requireNonNull(inventory, "inventory is null");
        requireNonNull(graph, "graph is null");
        requireNonNull(asOf, "asOf is null");
        DependencyIndex dependencies = DependencyIndex.of(graph);
        Map<String, String> names = new java.util.HashMap<>();
        inventory.resources().forEach(resource -> names.put(resource.id(), resource.name()));
        Set<String> nodes = Set.copyOf(graph.nodes());
        Map<String, Resource> groups = MemberRules.groups(inventory, nodes);
        Map<String, List<String>> membersByGroup = membersByGroup(groups);
        Map<String, Utilization> usage = usageById(inventory);
        Map<String, WorkloadFacts> facts = new TreeMap<>();
        inventory.resources().stream()
                .filter(resource -> nodes.contains(resource.id()) || groups.containsKey(resource.id()))
                .forEach(resource -> facts.put(resource.id(), facts(resource, usage, dependencies, names, asOf, membersByGroup)));
        return new EstateFacts(facts, groups, dependencies);
    }

    /** Each group's members in member-id order, found once rather than by a scan of every membership per resource. */
    private static Map<String, List<String>> membersByGroup(Map<String, Resource> groups)
    {
        Map<String, List<String>> membersByGroup = new TreeMap<>();
        groups.forEach((member, group) -> membersByGroup.computeIfAbsent(group.id(), key -> new ArrayList<>()).add(member));
        return membersByGroup;
    }

    /** Each resource's utilisation, the first when an inventory lists one twice as {@link Inventory#utilizationOf} does, found in constant time for large estates. */
    private static Map<String, Utilization> usageById(Inventory inventory)
    {
        Map<String, Utilization> usage = new java.util.HashMap<>();
        inventory.utilization().forEach(entry -> usage.putIfAbsent(entry.resourceId(), entry));
        return usage;
    }

    static Recommendation recommend(WorkloadFacts facts, BusinessGoals goals)
    {
        return RetireRules.evaluate(facts)
                .or(() -> RetainRules.evaluate(facts))
                .or(() -> ForcedChangeRules.evaluate(facts, goals))
                .or(() -> ChoiceRules.evaluate(facts, goals))
                .orElseGet(() -> TargetStateRules.evaluate(facts));
    }

    /**
     * @param membersByGroup each cluster or group to its members: a member's edge to its own group says they move together,
     *         not that it uses the group, so it is not counted as a dependent; a group's own use and dependents are its members'
     *         (see {@link GroupUtilization})
     */
    private WorkloadFacts facts(Resource resource, Map<String, Utilization> usage, DependencyIndex dependencies, Map<String, String> names, LocalDate asOf,
            Map<String, List<String>> membersByGroup)
    {
        // A cluster's or group's clients connect to its members' addresses, so their dependents are its own;
        // its members themselves are not users of it.
        List<String> members = List.copyOf(membersByGroup.getOrDefault(resource.id(), List.of()));
        SortedSet<String> dependentIds = new TreeSet<>(dependencies.dependents(resource.id()));
        members.forEach(member -> dependentIds.addAll(dependencies.dependents(member)));
        members.forEach(dependentIds::remove);
        dependentIds.remove(resource.id());
        List<String> dependents = dependentIds.stream().map(id -> names.getOrDefault(id, id)).toList();
        Optional<Utilization> utilization = Optional.ofNullable(usage.get(resource.id()));
        if (utilization.isEmpty() && !members.isEmpty()) {
            utilization = GroupUtilization.of(resource.id(), members.stream().map(member -> Optional.ofNullable(usage.get(member))).toList());
        }
        Optional<SelfManagedEngine.Detected> engine = resource.details() instanceof ResourceDetails.Ec2Instance instance
                ? SelfManagedEngine.detect(instance.software())
                : Optional.empty();
        return new WorkloadFacts(resource, asOf, utilization, dependents, lifecycle.matches(resource), engine);
    }
}
