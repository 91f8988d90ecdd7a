package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.MoveGroup;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * The counts at the head of a runbook: its members by strategy and by risk, their move groups, and
 * the wave's members without generated code.
 */
final class RunbookCounts
{
    private final EstateIndex index;

    RunbookCounts(EstateIndex index)
    {
        this.index = requireNonNull(index, "index is null");
    }

    List<RunbookModel.Count> strategies(List<Resource> members)
    {
        List<RunbookModel.Count> counts = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            long count = members.stream().filter(resource -> index.recommendation(resource.id()).map(Recommendation::strategy).orElse(null) == strategy).count();
            if (count > 0) {
                counts.add(new RunbookModel.Count(strategy.displayName(), (int) count));
            }
        }
        return counts;
    }

    List<RunbookModel.Count> risks(List<Resource> members)
    {
        List<RunbookModel.Count> counts = new ArrayList<>();
        for (RiskLevel level : RiskLevel.values()) {
            long count = members.stream().filter(resource -> index.risk(resource.id()).map(RiskScore::level).orElse(null) == level).count();
            if (count > 0) {
                counts.add(new RunbookModel.Count(Labels.risk(level), (int) count));
            }
        }
        long unscored = members.stream().filter(resource -> index.risk(resource.id()).isEmpty()).count();
        if (unscored > 0) {
            counts.add(new RunbookModel.Count("Not scored", (int) unscored));
        }
        return counts;
    }

    List<RunbookModel.Group> moveGroups(List<Resource> members)
    {
        SortedSet<String> ids = new TreeSet<>();
        members.forEach(resource -> index.moveGroup(resource.id()).ifPresent(group -> ids.add(group.id())));
        return index.assessment().graph().moveGroups().stream()
                .filter(group -> ids.contains(group.id()))
                .sorted(Comparator.comparing(MoveGroup::id))
                .map(group -> new RunbookModel.Group(group.id(), String.join(", ", group.resourceIds().stream().map(index::displayName).sorted().toList())))
                .toList();
    }

    /** Strategy counts as a sentence, for the list of a wave's application runbooks. */
    String sentence(List<Resource> members)
    {
        return String.join(", ", strategies(members).stream().map(count -> count.label() + " " + count.count()).toList());
    }

    /**
     * What the wave's own runbook lists by name among the wave's members without generated code: its
     * own members, and every one skipped by accident (a gap to close by hand, whichever runbook holds
     * it). Listing every retained and retired member of every application here as well made the wave's
     * runbook grow with the wave (3,800 lines at 20,000 resources); their runbooks name them.
     */
    static List<Targets.Skipped> notGeneratedListed(Targets.Wave wave, List<Resource> members)
    {
        Set<String> own = new HashSet<>(members.stream().map(Resource::id).toList());
        return wave.skipped().stream().filter(skipped -> !skipped.deliberate() || own.contains(skipped.name().arn())).toList();
    }

    /** The wave's other deliberate skips, counted by reason: the application runbooks list them. */
    static List<RunbookModel.Count> notGeneratedCounted(Targets.Wave wave, List<Resource> members)
    {
        Set<String> own = new HashSet<>(members.stream().map(Resource::id).toList());
        SortedMap<String, Integer> counts = new TreeMap<>();
        wave.skipped().stream()
                .filter(skipped -> skipped.deliberate() && !own.contains(skipped.name().arn()))
                .forEach(skipped -> counts.merge(skipped.reason(), 1, Integer::sum));
        return counts.entrySet().stream().map(count -> new RunbookModel.Count(count.getKey(), count.getValue())).toList();
    }
}
