package io.cloudmigrate.recommend.internal;

import com.oracle.labs.mlrg.olcut.config.protobuf.protos.RootProvenanceProto;
import com.oracle.labs.mlrg.olcut.config.protobuf.protos.SimpleProvenanceProto;
import io.cloudmigrate.scoring.Strategy;
import org.tribuo.ImmutableFeatureMap;
import org.tribuo.ImmutableOutputInfo;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.classification.sgd.linear.LinearSGDModel;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.classification.sgd.protos.ClassificationLinearSGDProto;
import org.tribuo.impl.ArrayExample;
import org.tribuo.math.la.DenseMatrix;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.SimpleDataSourceProvenance;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * A multinomial logistic regression over {@link StrategyFeatures} (Tribuo's {@link LinearSGDTrainer}
 * with the log-loss objective): its scores are probabilities, and each feature's contribution to a
 * strategy is its weight times its value, which is what the explanation shows.
 *
 * <p>Training is deterministic: one fixed seed, a fresh trainer per call, examples in the given order,
 * and a data provenance with a fixed date; the same examples give the same weights and the same
 * {@link #provenanceHash()}.
 */
public final class StrategyModel
{
    static final long SEED = 20261122L;
    static final int EPOCHS = 15;
    static final double LEARNING_RATE = 0.1;
    private static final OffsetDateTime PROVENANCE_DATE = OffsetDateTime.of(2026, 11, 22, 0, 0, 0, 0, ZoneOffset.UTC);
    private static final LabelFactory LABELS = new LabelFactory();
    /** Tribuo's provenance key for the wall-clock time of training. */
    private static final String TRAINED_AT = "trained-at";
    /** Tribuo reports every training on java.util.logging at INFO, which would interleave with the CLI's own progress; held so the level stays. */
    private static final java.util.logging.Logger TRIBUO_LOG = quiet(java.util.logging.Logger.getLogger("org.tribuo"));

    private final LinearSGDModel model;
    private final String provenanceHash;
    private final String trainer;
    private final int examples;
    private final int[] outputIds;
    /** The model's weights in Tribuo's layout, read once: [output id][feature id], the bias in the last column. */
    private final double[][] weights;
    /** For each Tribuo feature id, its index in {@link StrategyFeatures#NAMES}. */
    private final int[] featureIndexes;
    /** Each strategy's weights relative to the mean over the outputs, by strategy ordinal and feature index: what {@link #contributions} multiplies. */
    private final double[][] relativeWeights;

    private StrategyModel(LinearSGDModel model, String provenanceHash, String trainer, int examples)
    {
        this.model = requireNonNull(model, "model is null");
        this.provenanceHash = requireNonNull(provenanceHash, "provenanceHash is null");
        this.trainer = requireNonNull(trainer, "trainer is null");
        this.examples = examples;
        ImmutableFeatureMap map = model.getFeatureIDMap();
        ImmutableOutputInfo<Label> outputs = model.getOutputIDInfo();
        outputIds = java.util.Arrays.stream(Strategy.values()).mapToInt(strategy -> outputs.getID(new Label(strategy.name()))).toArray();
        featureIndexes = new int[map.size()];
        for (int index = 0; index < StrategyFeatures.NAMES.size(); index++) {
            if (map.get(StrategyFeatures.NAMES.get(index)) != null) {
                featureIndexes[map.getID(StrategyFeatures.NAMES.get(index))] = index;
            }
        }
        DenseMatrix matrix = model.getWeightsCopy();
        weights = new double[matrix.getDimension1Size()][matrix.getDimension2Size()];
        for (int output = 0; output < weights.length; output++) {
            for (int column = 0; column < weights[output].length; column++) {
                weights[output][column] = matrix.get(output, column);
            }
        }
        if (weights.length != outputs.size() || weights[0].length != map.size() + 1) {
            throw new IllegalStateException("unexpected Tribuo weight layout: " + weights.length + "x" + weights[0].length + " for " + outputs.size() + " outputs and "
                    + map.size() + " features");
        }
        relativeWeights = new double[Strategy.values().length][StrategyFeatures.NAMES.size()];
        for (int column = 0; column < map.size(); column++) {
            double mean = 0;
            for (double[] row : weights) {
                mean += row[column];
            }
            mean /= weights.length;
            for (Strategy strategy : Strategy.values()) {
                int output = outputIds[strategy.ordinal()];
                if (output >= 0) {
                    relativeWeights[strategy.ordinal()][featureIndexes[column]] = weights[output][column] - mean;
                }
            }
        }
    }

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger)
    {
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    static LinearSGDTrainer trainer()
    {
        return new LinearSGDTrainer(new LogMulticlass(), new AdaGrad(LEARNING_RATE, 0.1), EPOCHS, Integer.MAX_VALUE, 1, SEED);
    }

    public static StrategyModel train(List<TrainingExample> examples)
    {
        requireNonNull(examples, "examples is null");
        if (examples.isEmpty()) {
            throw new IllegalArgumentException("no training examples");
        }
        MutableDataset<Label> dataset = dataset(examples);
        LinearSGDTrainer trainer = trainer();
        LinearSGDModel model = trainer.train(dataset);
        return new StrategyModel(model, hash(trainer.toString(), ExampleTable.write(examples)), trainer.toString(), examples.size());
    }

    /** The examples as a Tribuo dataset, weighted, with a fixed data provenance: also what {@link CartComparison} trains on. */
    static MutableDataset<Label> dataset(List<TrainingExample> examples)
    {
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("cloudmigrate-strategy-examples", PROVENANCE_DATE, LABELS), LABELS);
        String[] names = StrategyFeatures.NAMES.toArray(String[]::new);
        for (TrainingExample example : examples) {
            ArrayExample<Label> row = new ArrayExample<>(new Label(example.strategy().name()), names, example.features());
            row.setWeight((float) example.weight());
            dataset.add(row);
        }
        return dataset;
    }

    /** A model read back from Tribuo's protobuf form, with the hash and description it was saved with. */
    public static StrategyModel deserialize(byte[] bytes, String provenanceHash, String trainer, int examples)
    {
        try {
            Model<?> model = Model.deserialize(ModelProto.parseFrom(bytes));
            if (!(model instanceof LinearSGDModel linear)) {
                throw new IllegalArgumentException("not a Tribuo linear SGD classification model: " + model.getClass().getName());
            }
            return new StrategyModel(linear, provenanceHash, trainer, examples);
        }
        catch (com.google.protobuf.InvalidProtocolBufferException bad) {
            throw new IllegalArgumentException("not a Tribuo model: " + bad.getMessage(), bad);
        }
    }

    /**
     * Tribuo's protobuf of the model, with its provenance's {@code trained-at} set to the dataset's fixed
     * date instead of the wall clock: two trainings on the same examples give the same bytes (and
     * {@code model.zip} with them); the provenance hash identifies the training, not its time.
     */
    public byte[] serialize()
    {
        ModelProto proto = model.serialize();
        try {
            ClassificationLinearSGDProto linear = ClassificationLinearSGDProto.parseFrom(proto.getSerializedData().getValue());
            RootProvenanceProto.Builder provenance = linear.getMetadata().getProvenance().toBuilder();
            for (int index = 0; index < provenance.getSmpCount(); index++) {
                SimpleProvenanceProto entry = provenance.getSmp(index);
                if (entry.getKey().equals(TRAINED_AT)) {
                    provenance.setSmp(index, entry.toBuilder().setValue(PROVENANCE_DATE.toString()).build());
                }
            }
            ClassificationLinearSGDProto fixed = linear.toBuilder().setMetadata(linear.getMetadata().toBuilder().setProvenance(provenance)).build();
            return proto.toBuilder().setSerializedData(com.google.protobuf.Any.pack(fixed)).build().toByteArray();
        }
        catch (com.google.protobuf.InvalidProtocolBufferException impossible) {
            throw new IllegalStateException("Tribuo wrote a linear SGD model it cannot read back: " + impossible.getMessage(), impossible);
        }
    }

    /**
     * Probabilities indexed by {@link Strategy#ordinal()}; a strategy no example ever chose has 0. Computed
     * as Tribuo's {@code predict} computes them (the weights times the features in feature-id order, the
     * bias last, then a softmax over the outputs) but straight from the weights read once: Tribuo's
     * per-call example, sparse vector and prediction objects were most of the time of ranking a large
     * estate. {@code StrategyModelTest} checks both give the same probabilities.
     */
    public double[] probabilities(double[] features)
    {
        if (features.length != StrategyFeatures.NAMES.size()) {
            throw new IllegalArgumentException("expected " + StrategyFeatures.NAMES.size() + " features, got " + features.length);
        }
        double[] scores = new double[weights.length];
        double max = Double.NEGATIVE_INFINITY;
        for (int output = 0; output < weights.length; output++) {
            double[] row = weights[output];
            double score = 0;
            for (int column = 0; column < featureIndexes.length; column++) {
                double value = features[featureIndexes[column]];
                if (value != 0) {
                    score += row[column] * value;
                }
            }
            score += row[featureIndexes.length];
            scores[output] = score;
            max = Math.max(max, score);
        }
        double sum = 0;
        for (int output = 0; output < scores.length; output++) {
            scores[output] = Math.exp(scores[output] - max);
            sum += scores[output];
        }
        double[] probabilities = new double[Strategy.values().length];
        for (Strategy strategy : Strategy.values()) {
            int output = outputIds[strategy.ordinal()];
            probabilities[strategy.ordinal()] = output < 0 ? 0 : scores[output] / sum;
        }
        return probabilities;
    }

    /** Tribuo's own prediction, the reference {@link #probabilities} is checked against. */
    double[] tribuoProbabilities(double[] features)
    {
        Prediction<Label> prediction = model.predict(new ArrayExample<>(LABELS.getUnknownOutput(), StrategyFeatures.NAMES.toArray(String[]::new), features));
        double[] probabilities = new double[Strategy.values().length];
        for (Strategy strategy : Strategy.values()) {
            Label label = prediction.getOutputScores().get(strategy.name());
            probabilities[strategy.ordinal()] = label == null ? 0 : label.getScore();
        }
        return probabilities;
    }

    /**
     * Each feature's contribution to the strategy's logit, relative to the mean over the strategies the
     * model knows: positive pushes towards it, negative away. Indexed like {@link StrategyFeatures#NAMES}.
     */
    public double[] contributions(double[] features, Strategy strategy)
    {
        double[] relative = relativeWeights[strategy.ordinal()];
        double[] contributions = new double[features.length];
        for (int feature = 0; feature < features.length; feature++) {
            contributions[feature] = relative[feature] * features[feature];
        }
        return contributions;
    }

    /** SHA-256 of the trainer's configuration and the training examples: the same data gives the same hash. */
    public String provenanceHash()
    {
        return provenanceHash;
    }

    /** Tribuo's description of the trainer (objective, optimiser, epochs, seed). */
    public String trainerDescription()
    {
        return trainer;
    }

    public int exampleCount()
    {
        return examples;
    }

    private static String hash(String trainer, String examples)
    {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(trainer.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(examples.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        }
        catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", impossible);
        }
    }
}
