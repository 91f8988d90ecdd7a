package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.recommend.internal.Evaluation;
import io.cloudmigrate.recommend.internal.PriorModel;
import io.cloudmigrate.recommend.internal.RankingRecommender;
import io.cloudmigrate.recommend.internal.StrategyFeatures;
import io.cloudmigrate.recommend.internal.StrategyModel;
import io.cloudmigrate.recommend.internal.TrainingExample;
import io.cloudmigrate.scoring.LifecycleCatalog;
import io.cloudmigrate.scoring.Strategy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * A Tribuo model that ranks the 7 Rs: the prior, trained at first use from the committed dataset the
 * rubric's rules labelled, or an organisation's model, trained from the prior plus its decisions. Each
 * decision weighs {@link #DECISION_WEIGHT_SHARE} of the prior divided among the decisions that agree, so
 * a handful of consistent decisions moves the resources that resemble them.
 */
public final class RankingModel
{
    /** Together, the decisions for one strategy weigh this share of the prior (judgement, checked by the organisation-decisions test). */
    public static final double DECISION_WEIGHT_SHARE = 0.08;
    public static final int FOLDS_DEFAULT = 5;

    private final StrategyModel model;
    private final List<TrainingExample> examples;
    private final List<Strategy> ruleAnswers;

    RankingModel(StrategyModel model, List<TrainingExample> examples, List<Strategy> ruleAnswers)
    {
        this.model = requireNonNull(model, "model is null");
        this.examples = List.copyOf(examples);
        this.ruleAnswers = List.copyOf(ruleAnswers);
    }

    /** The prior: the rubric's published criteria and nothing more. */
    public static RankingModel prior()
    {
        List<TrainingExample> examples = PriorModel.examples();
        return new RankingModel(PriorModel.model(), examples, examples.stream().map(TrainingExample::strategy).toList());
    }

    /** The prior plus an organisation's decisions (the latest per resource), weighted as the class says. */
    public static RankingModel train(DecisionLog decisions)
    {
        requireNonNull(decisions, "decisions is null");
        List<TrainingExample> examples = new ArrayList<>(PriorModel.examples());
        List<Strategy> ruleAnswers = new ArrayList<>(examples.stream().map(TrainingExample::strategy).toList());
        List<StrategyDecision> latest = List.copyOf(decisions.latest().values());
        Map<Strategy, Long> perStrategy = new TreeMap<>();
        latest.forEach(decision -> perStrategy.merge(decision.strategy(), 1L, Long::sum));
        for (StrategyDecision decision : latest) {
            double weight = Math.max(1, DECISION_WEIGHT_SHARE * PriorModel.examples().size() / perStrategy.get(decision.strategy()));
            examples.add(new TrainingExample(decision.strategy(), weight, "decision:" + decision.resourceId(), features(decision)));
            ruleAnswers.add(decision.ruleStrategy());
        }
        return new RankingModel(StrategyModel.train(examples), examples, ruleAnswers);
    }

    /** A recommender that ranks with this model and shows the decisions as overrides. */
    public Recommender recommender(DecisionLog decisions)
    {
        return new RankingRecommender(LifecycleCatalog.bundled(), model, modelProvenance(), requireNonNull(decisions, "decisions is null").overrides());
    }

    /** k-fold cross-validation of this model's trainer on its examples, and of the rules on the same examples. */
    public ModelEvaluation evaluate(int folds)
    {
        return evaluate(folds, false);
    }

    /** Tribuo's description of the CART trainer {@link #evaluate(int, boolean)} compares. */
    public static String cartTrainerDescription()
    {
        return io.cloudmigrate.recommend.internal.CartComparison.trainerDescription();
    }

    /** As {@link #evaluate(int)}, and with {@code compareCart} Tribuo's CART tree on the same folds. */
    public ModelEvaluation evaluate(int folds, boolean compareCart)
    {
        return Evaluation.crossValidate(examples, ruleAnswers, folds, compareCart);
    }

    public int exampleCount()
    {
        return examples.size();
    }

    /** SHA-256 of the trainer configuration and the training examples. */
    public String provenanceHash()
    {
        return model.provenanceHash();
    }

    /** Which model this is, for the assessment and each recommendation's evidence. */
    public ModelProvenance modelProvenance()
    {
        long decisions = examples.stream().filter(example -> example.source().startsWith("decision:")).count();
        return new ModelProvenance(decisions == 0 ? ModelProvenance.PRIOR : ModelProvenance.ORGANISATION, model.provenanceHash(), "Tribuo " + org.tribuo.Tribuo.VERSION,
                model.trainerDescription(), PriorModel.DATASET, examples.size(), (int) decisions);
    }

    /** The provenance in a few lines, for a report's appendix. */
    public String provenance()
    {
        long decisions = examples.stream().filter(example -> example.source().startsWith("decision:")).count();
        return "Tribuo " + org.tribuo.Tribuo.VERSION + " " + model.trainerDescription() + "\n"
                + "examples: " + examples.size() + " (prior " + PriorModel.DATASET + ": " + (examples.size() - decisions) + ", decisions: " + decisions + ")\n"
                + "provenance SHA-256: " + model.provenanceHash();
    }

    /** Writes {@code model.zip} (see the README's model section). */
    public void write(java.nio.file.Path path)
    {
        ModelArchive.write(requireNonNull(path, "path is null"), this);
    }

    /** Reads a {@code model.zip} that {@link #write} wrote. */
    public static RankingModel read(java.nio.file.Path path)
    {
        return ModelArchive.read(requireNonNull(path, "path is null"));
    }

    StrategyModel model()
    {
        return model;
    }

    List<TrainingExample> examples()
    {
        return examples;
    }

    List<Strategy> ruleAnswers()
    {
        return ruleAnswers;
    }

    /**
     * A decision for a resource of an assessment, with its features now.
     *
     * @param goals the business goals the assessment was made with
     * @throws CloudMigrateException (user error) when the resource is not recommended in the assessment or the reason is empty
     */
    public static StrategyDecision decide(Assessment assessment, BusinessGoals goals, String resourceId, Strategy strategy, String target, String reason, String by,
            Instant at)
    {
        requireNonNull(assessment, "assessment is null");
        requireNonNull(resourceId, "resourceId is null");
        requireNonNull(strategy, "strategy is null");
        if (reason == null || reason.isBlank()) {
            throw new CloudMigrateException(RecommendErrorCode.INVALID_DECISION, "a decision for " + resourceId + " needs a reason");
        }
        if (by == null || by.isBlank()) {
            throw new CloudMigrateException(RecommendErrorCode.INVALID_DECISION, "a decision for " + resourceId + " needs the name of who decided");
        }
        Recommendation recommendation = assessment.recommendation(resourceId)
                .or(() -> assessment.inventory().resources().stream().filter(resource -> resourceId.equals(resource.name())).findFirst()
                        .flatMap(resource -> assessment.recommendation(resource.id())))
                .orElseThrow(() -> new CloudMigrateException(RecommendErrorCode.INVALID_DECISION,
                        "resource " + resourceId + " has no recommendation in assessment " + assessment.name() + " (give a resource id or name from it)"));
        String id = recommendation.resourceId();
        double[] features = StrategyFeatures.ofEstate(LifecycleCatalog.bundled(), assessment.inventory(), assessment.graph(), java.time.LocalDate.parse(assessment.asOf()), goals)
                .get(id);
        String name = assessment.inventory().resources().stream().filter(resource -> resource.id().equals(id)).map(Resource::name).findFirst().orElse(id);
        return decide(recommendation, name, named(features), strategy, target, reason, by, at);
    }

    /**
     * The features {@link #decide(Assessment, BusinessGoals, String, Strategy, String, String, String, Instant) decide}
     * records, of every resource of an assessment at once (by resource id, then feature name): a server
     * keeps them beside each recommendation and decides with {@link #decide(Recommendation, String, Map,
     * Strategy, String, String, String, Instant)} without reading the assessment again. Costs one pass over
     * the estate, as one decision does.
     */
    public static Map<String, Map<String, Double>> features(Assessment assessment, BusinessGoals goals)
    {
        requireNonNull(assessment, "assessment is null");
        requireNonNull(goals, "goals is null");
        Map<String, Map<String, Double>> result = new TreeMap<>();
        StrategyFeatures.ofEstate(LifecycleCatalog.bundled(), assessment.inventory(), assessment.graph(), java.time.LocalDate.parse(assessment.asOf()), goals)
                .forEach((id, features) -> result.put(id, named(features)));
        return result;
    }

    /**
     * A decision for a recommended resource whose features were found earlier with {@link #features}.
     *
     * @throws CloudMigrateException (user error) when the reason or who decided is empty
     */
    public static StrategyDecision decide(Recommendation recommendation, String name, Map<String, Double> features, Strategy strategy, String target, String reason,
            String by, Instant at)
    {
        requireNonNull(recommendation, "recommendation is null");
        requireNonNull(features, "features is null");
        requireNonNull(strategy, "strategy is null");
        String id = recommendation.resourceId();
        if (reason == null || reason.isBlank()) {
            throw new CloudMigrateException(RecommendErrorCode.INVALID_DECISION, "a decision for " + id + " needs a reason");
        }
        if (by == null || by.isBlank()) {
            throw new CloudMigrateException(RecommendErrorCode.INVALID_DECISION, "a decision for " + id + " needs the name of who decided");
        }
        Strategy rules = recommendation.baseline() == null ? recommendation.strategy() : recommendation.baseline().strategy();
        return new StrategyDecision(id, name == null ? id : name, strategy, target, reason.strip(), by.strip(), at.truncatedTo(ChronoUnit.SECONDS).toString(), rules,
                features);
    }

    private static Map<String, Double> named(double[] features)
    {
        Map<String, Double> named = new TreeMap<>();
        for (int index = 0; index < features.length; index++) {
            named.put(StrategyFeatures.NAMES.get(index), features[index]);
        }
        return named;
    }

    static double[] features(StrategyDecision decision)
    {
        double[] features = new double[StrategyFeatures.NAMES.size()];
        for (int index = 0; index < features.length; index++) {
            Double value = decision.features().get(StrategyFeatures.NAMES.get(index));
            if (value == null) {
                throw new CloudMigrateException(RecommendErrorCode.INVALID_DECISION, "the decision for " + decision.resourceId() + " made at " + decision.at()
                        + " lacks feature " + StrategyFeatures.NAMES.get(index) + ": it was recorded by another version; record it again with 'override'");
            }
            features[index] = value;
        }
        return features;
    }

}
