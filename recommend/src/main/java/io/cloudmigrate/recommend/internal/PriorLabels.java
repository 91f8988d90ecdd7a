package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.DependencyIndex;
import io.cloudmigrate.scoring.LifecycleCatalog;
import io.cloudmigrate.scoring.Strategy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Labels resources with the rubric's rules, for the prior dataset: the rules' strategy, except that a
 * Retire without the idleness evidence of {@link RetireEvidence} becomes Retain (the rubric's B5 reading:
 * not confident enough to retire), so the prior never teaches what the hard constraints forbid.
 */
public final class PriorLabels
{
    private final RuleBasedRecommender rules;

    public PriorLabels(LifecycleCatalog lifecycle)
    {
        this.rules = new RuleBasedRecommender(requireNonNull(lifecycle, "lifecycle is null"));
    }

    /** One example per recommended resource, in resource-id order, with weight 1 and source {@code <prefix>:<rule id>}. */
    public List<TrainingExample> label(Inventory inventory, GraphAnalysis graph, LocalDate asOf, BusinessGoals goals, String prefix)
    {
        Map<String, WorkloadFacts> facts = rules.facts(inventory, graph, asOf);
        DependencyIndex dependencies = DependencyIndex.of(graph);
        List<TrainingExample> examples = new ArrayList<>();
        for (Recommendation recommendation : rules.recommend(inventory, graph, asOf, goals)) {
            WorkloadFacts resource = facts.get(recommendation.resourceId());
            Strategy label = recommendation.strategy();
            String rule = recommendation.ruleId();
            if (label == Strategy.RETIRE && RetireEvidence.missing(resource).isPresent()) {
                label = Strategy.RETAIN;
                rule = rule + "-without-evidence";
            }
            examples.add(new TrainingExample(label, 1, prefix + ":" + rule, StrategyFeatures.of(resource, dependencies, goals)));
        }
        return examples;
    }
}
