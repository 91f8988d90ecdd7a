package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.recommend.AssessProgress;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.ModelProvenance;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.recommend.Recommender;
import io.cloudmigrate.recommend.RuleBaseline;
import io.cloudmigrate.recommend.StrategyOverride;
import io.cloudmigrate.recommend.StrategyProbability;
import io.cloudmigrate.scoring.DependencyIndex;
import io.cloudmigrate.scoring.LifecycleCatalog;
import io.cloudmigrate.scoring.Strategy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Ranks the seven strategies of every resource with a {@link StrategyModel}, after the rules: the rules'
 * answer stays as the baseline, the rubric's hard facts ({@link HardConstraints}) set the strategies they
 * rule out to 0, and the rest is renormalised. The first strategy is the recommendation and its
 * probability the confidence. Members of a cluster or group take their group's ranking (rubric A0).
 */
public final class RankingRecommender
        implements Recommender
{
    private final RuleBasedRecommender rules;
    private final StrategyModel model;
    private final Map<String, StrategyOverride> overrides;
    private final ModelProvenance provenance;
    private final String modelEvidence;

    /** @param overrides reviewers' decisions by resource id */
    public RankingRecommender(LifecycleCatalog lifecycle, StrategyModel model, ModelProvenance provenance, Map<String, StrategyOverride> overrides)
    {
        this.rules = new RuleBasedRecommender(requireNonNull(lifecycle, "lifecycle is null"));
        this.model = requireNonNull(model, "model is null");
        this.overrides = Map.copyOf(requireNonNull(overrides, "overrides is null"));
        this.provenance = requireNonNull(provenance, "provenance is null");
        this.modelEvidence = "model=" + provenance.shortName();
    }

    @Override
    public java.util.Optional<ModelProvenance> model()
    {
        return java.util.Optional.of(provenance);
    }

    @Override
    public List<Recommendation> recommend(Inventory inventory, GraphAnalysis graph, LocalDate asOf, BusinessGoals goals)
    {
        return recommend(inventory, graph, asOf, goals, AssessProgress.NONE);
    }

    @Override
    public List<Recommendation> recommend(Inventory inventory, GraphAnalysis graph, LocalDate asOf, BusinessGoals goals, AssessProgress progress)
    {
        requireNonNull(goals, "goals is null");
        requireNonNull(progress, "progress is null");
        // the facts are read once: the rules' baselines and the model's features both come from them
        EstateFacts estate = rules.estate(inventory, graph, asOf);
        List<Recommendation> baselines = rules.recommend(estate, goals);
        Map<String, Recommendation> ranked = new TreeMap<>();
        int total = baselines.size();
        progress.update(RECOMMENDING_STEP, 0, total);
        baselines.stream().filter(baseline -> !estate.groups().containsKey(baseline.resourceId())).forEach(baseline -> {
            ranked.put(baseline.resourceId(), rank(estate.facts().get(baseline.resourceId()), baseline, estate.dependencies(), goals));
            progress.update(RECOMMENDING_STEP, ranked.size(), total);
        });
        baselines.stream().filter(baseline -> estate.groups().containsKey(baseline.resourceId()))
                .forEach(baseline -> ranked.put(baseline.resourceId(), follow(baseline, ranked.get(estate.groups().get(baseline.resourceId()).id()))));
        if (!estate.groups().isEmpty()) {
            // the members that follow their group are done at once, after the ranked ones
            progress.update(RECOMMENDING_STEP, ranked.size(), total);
        }
        return ranked.values().stream().map(this::overridden).toList();
    }

    private Recommendation rank(WorkloadFacts facts, Recommendation baseline, DependencyIndex dependencies, BusinessGoals goals)
    {
        double[] features = StrategyFeatures.of(facts, dependencies, goals);
        double[] probabilities = model.probabilities(features);
        Map<Strategy, String> excluded = HardConstraints.of(facts, baseline);
        List<StrategyProbability> ranking = Probabilities.ranking(probabilities, excluded, baseline.strategy());
        Strategy first = ranking.getFirst().strategy();
        double confidence = ranking.getFirst().probability();
        boolean differs = first != baseline.strategy();
        List<String> explanation = FeatureWords.explain(facts, goals, features, model.contributions(features, first), first);
        String reason = differs
                ? "The model ranks " + first.displayName() + " first (" + percent(confidence) + ")" + (explanation.isEmpty() ? "" : ": " + String.join("; ", explanation))
                        + ". The rules say " + baseline.strategy().displayName() + " (" + baseline.ruleId() + ")."
                : baseline.reason();
        List<String> evidence = new ArrayList<>(baseline.evidence());
        evidence.add(modelEvidence);
        return new Recommendation(baseline.resourceId(), first, RankedTargets.of(facts, first, baseline), differs ? "model" : baseline.ruleId(), reason, confidence,
                evidence, ranking, new RuleBaseline(baseline.strategy(), baseline.target(), baseline.ruleId(), baseline.reason(), differs), explanation, null);
    }

    private static Recommendation follow(Recommendation member, Recommendation group)
    {
        boolean differs = group.strategy() != member.strategy();
        return new Recommendation(member.resourceId(), group.strategy(), group.target(), "A0",
                member.reason() + (differs ? " Its group is now ranked " + group.strategy().displayName() + " first." : ""), group.confidence(),
                member.evidence(), group.ranking(), new RuleBaseline(member.strategy(), member.target(), member.ruleId(), member.reason(), differs), group.explanation(), null);
    }

    private Recommendation overridden(Recommendation recommendation)
    {
        StrategyOverride decision = overrides.get(recommendation.resourceId());
        return decision == null ? recommendation : recommendation.overriddenBy(decision);
    }

    private static String percent(double probability)
    {
        return String.format(java.util.Locale.ROOT, "p=%.2f", probability);
    }
}
