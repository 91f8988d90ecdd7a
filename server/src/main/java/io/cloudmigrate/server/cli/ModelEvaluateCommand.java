package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.recommend.DecisionLog;
import io.cloudmigrate.recommend.ModelEvaluation;
import io.cloudmigrate.recommend.RankingModel;
import io.cloudmigrate.scoring.Strategy;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * {@code cloudmigrate model evaluate}: k-fold cross-validation of a strategy model and of the rules, side by side.
 */
@Command(
        name = "evaluate",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Cross-validate the strategy model against the rules.",
        description = {"Prints k-fold accuracy, macro F1, per-class F1, the confusion matrix, the Brier score and the expected calibration error, "
                + "for the model and for the rules on the same examples. Without --model, the prior (plus --decisions when given)."})
public final class ModelEvaluateCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--model", paramLabel = "FILE", description = "model.zip written by 'model train' (default: the prior).")
    Path modelFile;

    @Option(names = "--decisions", paramLabel = "FILE", description = "decisions.json to add to the prior's examples (not with --model, which holds its own).")
    Path decisionsFile;

    @Option(names = "--folds", paramLabel = "K", description = "k of k-fold cross-validation (default: ${DEFAULT-VALUE}).")
    int folds = RankingModel.FOLDS_DEFAULT;

    @Option(names = "--compare", paramLabel = "TRAINER", description = "Also cross-validate another trainer on the same folds: cart (Tribuo's CART tree).")
    String compare;

    @Mixin
    SummaryOutput summary;

    @Override
    public Integer call()
    {
        if (modelFile != null && decisionsFile != null) {
            throw new ParameterException(spec.commandLine(), "give --model or --decisions, not both: a model holds the decisions it was trained on");
        }
        if (folds < 2) {
            throw new ParameterException(spec.commandLine(), "--folds must be at least 2, found " + folds);
        }
        RankingModel model = modelFile != null ? RankingModel.read(modelFile)
                : decisionsFile != null ? RankingModel.train(JsonDocuments.readDocument(decisionsFile, DecisionLog.class, DecisionLog.SCHEMA_VERSION, "decisions"))
                : RankingModel.prior();
        if (compare != null && !compare.equals("cart")) {
            throw new ParameterException(spec.commandLine(), "--compare knows cart, found \"" + compare + "\"");
        }
        ModelEvaluation evaluation = model.evaluate(folds, compare != null);
        summary.print(spec.commandLine().getOut(), evaluation, out -> print(out, evaluation, model));
        return ExitCodes.OK;
    }

    private static void print(PrintWriter out, ModelEvaluation evaluation, RankingModel model)
    {
        out.println(evaluation.folds() + "-fold cross-validation on " + evaluation.examples() + " examples");
        out.println(model.provenance());
        ModelEvaluation.Metrics cart = evaluation.comparisons().get("cart");
        if (cart != null) {
            out.println("cart: " + RankingModel.cartTrainerDescription());
        }
        out.printf(Locale.ROOT, "%-26s %8s %8s" + (cart == null ? "" : " %8s") + "%n", "", "model", "rules", "cart");
        row(out, "accuracy", evaluation.model().accuracy(), evaluation.rules().accuracy(), cart == null ? null : cart.accuracy());
        row(out, "macro F1", evaluation.model().macroF1(), evaluation.rules().macroF1(), cart == null ? null : cart.macroF1());
        row(out, "Brier score", evaluation.model().brier(), evaluation.rules().brier(), cart == null ? null : cart.brier());
        row(out, "expected calibration error", evaluation.model().expectedCalibrationError(), evaluation.rules().expectedCalibrationError(),
                cart == null ? null : cart.expectedCalibrationError());
        for (Strategy strategy : Strategy.values()) {
            Double modelF1 = evaluation.model().perClassF1().get(strategy);
            Double rulesF1 = evaluation.rules().perClassF1().get(strategy);
            if (modelF1 != null || rulesF1 != null) {
                out.printf(Locale.ROOT, "%-26s %8s %8s" + (cart == null ? "" : " %8s") + "%n", "F1 " + strategy.displayName(), number(modelF1), number(rulesF1),
                        cart == null ? "" : number(cart.perClassF1().get(strategy)));
            }
        }
        out.println("Confusion matrix of the model (rows: label, columns: prediction, in the order " + java.util.Arrays.toString(Strategy.values()) + "):");
        evaluation.model().confusion().forEach(line -> out.println("  " + line));
    }

    private static void row(PrintWriter out, String name, double model, double rules, Double cart)
    {
        out.printf(Locale.ROOT, "%-26s %8.3f %8.3f%s%n", name, model, rules, cart == null ? "" : String.format(Locale.ROOT, " %8.3f", cart));
    }

    private static String number(Double value)
    {
        return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
    }
}
