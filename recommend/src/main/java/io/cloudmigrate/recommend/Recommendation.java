package io.cloudmigrate.recommend;

import io.cloudmigrate.scoring.Strategy;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * The recommended strategy for one resource, with the reason a reviewer can check.
 *
 * @param target what the resource becomes, e.g. {@code Amazon RDS for MySQL 8.4}; {@code null} for Retire/Retain
 * @param ruleId the rule that decided, e.g. {@code F1} (the ids of docs/7R-RULES.md) or {@code override}
 * @param reason one or two sentences, citing the observed facts
 * @param confidence 0 to 1
 * @param evidence the facts the rule used, as {@code name=value}
 * @param ranking all seven strategies with the model's probabilities, highest first; empty when only the rules decided
 * @param baseline the rules' answer when a model ranked, with whether they differ; {@code null} when only the rules decided
 * @param explanation the facts that moved the model's decision most, with their direction, in a reviewer's words
 * @param override a reviewer's decision, which {@code strategy} then follows; {@code null} when there is none
 */
public record Recommendation(
        String resourceId,
        Strategy strategy,
        String target,
        String ruleId,
        String reason,
        double confidence,
        List<String> evidence,
        List<StrategyProbability> ranking,
        RuleBaseline baseline,
        List<String> explanation,
        StrategyOverride override)
{
    /** A recommendation of the rules alone: no ranking, baseline, explanation or override. */
    public Recommendation(String resourceId, Strategy strategy, String target, String ruleId, String reason, double confidence, List<String> evidence)
    {
        this(resourceId, strategy, target, ruleId, reason, confidence, evidence, List.of(), null, List.of(), null);
    }

    public Recommendation
    {
        requireNonNull(resourceId, "resourceId is null");
        requireNonNull(strategy, "strategy is null");
        requireNonNull(ruleId, "ruleId is null");
        requireNonNull(reason, "reason is null");
        if (confidence < 0 || confidence > 1) {
            throw new IllegalArgumentException("confidence must be between 0 and 1: " + confidence);
        }
        evidence = List.copyOf(requireNonNull(evidence, "evidence is null"));
        // absent from documents written before the ranking existed
        ranking = ranking == null ? List.of() : List.copyOf(ranking);
        explanation = explanation == null ? List.of() : List.copyOf(explanation);
    }

    /**
     * This recommendation with a reviewer's decision in force: the decision's strategy and target, its
     * reason and the model's probability for it as the confidence; the ranking, the rules' baseline and
     * the explanation stay, so the model's answer is still shown beside the decision.
     */
    public Recommendation overriddenBy(StrategyOverride decision)
    {
        requireNonNull(decision, "decision is null");
        return new Recommendation(resourceId, decision.strategy(), decision.target(), "override",
                "Decided by " + decision.by() + " on " + decision.at() + ": " + decision.reason(), probability(decision.strategy()).orElse(0),
                evidence, ranking, baseline, explanation, decision);
    }

    /** The model's probability for a strategy, when a model ranked. */
    public java.util.OptionalDouble probability(Strategy value)
    {
        return ranking.stream().filter(entry -> entry.strategy() == value).mapToDouble(StrategyProbability::probability).findFirst();
    }
}
