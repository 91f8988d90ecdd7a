package io.cloudmigrate.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.JsonDocuments;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code override}, {@code model train} and {@code model evaluate} as a user runs them, on the demo's
 * assessment: what they write, and the errors that name the input at fault.
 */
class ModelCommandsTest
{
    private static final String REASON = "the application needs a PostgreSQL extension RDS lacks";

    @TempDir
    static Path demo;

    static Path assessment;
    static List<String> resources;

    @TempDir
    Path directory;

    @BeforeAll
    static void runDemo()
    {
        CommandRun run = CommandRun.of("demo", "--out", demo.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assessment = demo.resolve("assessment.json");
        JsonNode recommendations = JsonDocuments.readTree(assessment).path("recommendations");
        resources = StreamSupport.stream(recommendations.spliterator(), false).map(node -> node.path("resourceId").asText()).toList();
        assertThat(resources).hasSizeGreaterThan(2);
    }

    private CommandRun override(Path decisions, String resource, String... more)
    {
        List<String> arguments = new ArrayList<>(List.of("override", "--assessment", assessment.toString(), "--resource", resource, "--strategy", "rehost",
                "--by", "alice", "--decisions", decisions.toString()));
        arguments.addAll(List.of(more));
        return CommandRun.of(arguments.toArray(String[]::new));
    }

    @Test
    void overrideCreatesTheDecisionsDocumentAndAppendsToIt()
    {
        Path decisions = directory.resolve("decisions.json");

        CommandRun first = override(decisions, resources.get(0), "--reason", REASON);
        CommandRun second = override(decisions, resources.get(1), "--reason", "  keeps its licence  ", "--target", "EC2 m7i.large");

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(second.exitCode()).as(second.err()).isZero();
        assertThat(second.out()).contains("Recorded Rehost for").contains("2 decisions");
        JsonNode document = JsonDocuments.readTree(decisions);
        assertThat(document.path("kind").asText()).isEqualTo("decisions");
        JsonNode recorded = document.path("decisions");
        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(0).path("resourceId").asText()).isEqualTo(resources.get(0));
        assertThat(recorded.get(0).path("reason").asText()).isEqualTo(REASON);
        assertThat(recorded.get(0).path("by").asText()).isEqualTo("alice");
        assertThat(recorded.get(0).path("features").path("goal.speed").asDouble()).isEqualTo(0.6);
        assertThat(recorded.get(1).path("reason").asText()).isEqualTo("keeps its licence");
        assertThat(recorded.get(1).path("target").asText()).isEqualTo("EC2 m7i.large");
    }

    @Test
    void overrideRefusesAnUnknownResourceNamingItAndWritesNothing()
    {
        Path decisions = directory.resolve("decisions.json");

        CommandRun run = override(decisions, "i-0000000000nowhere", "--reason", REASON);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("i-0000000000nowhere").contains("has no recommendation");
        assertThat(decisions).doesNotExist();
    }

    @Test
    void overrideRefusesAMissingOrBlankReason()
    {
        Path decisions = directory.resolve("decisions.json");

        CommandRun missing = override(decisions, resources.get(0));
        CommandRun blank = override(decisions, resources.get(0), "--reason", "   ");

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(missing.err()).contains("--reason");
        assertThat(blank.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(blank.err()).contains("needs a reason").contains(resources.get(0));
        assertThat(decisions).doesNotExist();
    }

    @Test
    void overrideRefusesAStrategyThatIsNotOneOfTheSevenRs()
    {
        CommandRun run = CommandRun.of("override", "--assessment", assessment.toString(), "--resource", resources.get(0), "--strategy", "rewrite",
                "--reason", REASON, "--by", "alice", "--decisions", directory.resolve("decisions.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("rewrite").contains("--strategy");
    }

    @Test
    void trainingTwiceOnTheSameDecisionsWritesTheSameBytes()
            throws IOException
    {
        Path decisions = directory.resolve("decisions.json");
        assertThat(override(decisions, resources.get(0), "--reason", REASON).exitCode()).isZero();
        Path first = directory.resolve("first.zip");
        Path second = directory.resolve("second.zip");

        CommandRun one = CommandRun.of("model", "train", "--decisions", decisions.toString(), "--out", first.toString());
        CommandRun two = CommandRun.of("model", "train", "--decisions", decisions.toString(), "--out", second.toString());

        assertThat(one.exitCode()).as(one.err()).isZero();
        assertThat(two.exitCode()).as(two.err()).isZero();
        assertThat(one.out()).contains("1 decisions").contains("provenance SHA-256: ");
        assertThat(Files.readAllBytes(second)).isEqualTo(Files.readAllBytes(first));
    }

    @Test
    void trainRefusesAMalformedDecisionsFileNamingItsLineAndPath()
            throws IOException
    {
        Path decisions = directory.resolve("decisions.json");
        Files.writeString(decisions, "{\n  \"kind\": \"decisions\",\n  \"schemaVersion\": 1,\n  \"decisions\": [\n    { \"resourceId\": \"a\",, }\n  ]\n}\n");

        CommandRun run = CommandRun.of("model", "train", "--decisions", decisions.toString(), "--out", directory.resolve("model.zip").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains(decisions + ":5:").contains("$.decisions[0]");
        assertThat(directory.resolve("model.zip")).doesNotExist();
    }

    @Test
    void trainNeedsDecisionsOrAPortfolio()
    {
        CommandRun nothing = CommandRun.of("model", "train", "--out", directory.resolve("model.zip").toString());
        CommandRun portfolioAlone = CommandRun.of("model", "train", "--decisions-csv", directory.resolve("portfolio.csv").toString(), "--out",
                directory.resolve("model.zip").toString());

        assertThat(nothing.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(nothing.err()).contains("--decisions");
        assertThat(portfolioAlone.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(portfolioAlone.err()).contains("--inventory");
    }

    @Test
    void evaluatePrintsTheModelAndTheRulesSideBySide()
            throws IOException
    {
        CommandRun text = CommandRun.of("model", "evaluate", "--folds", "2");
        CommandRun json = CommandRun.of("model", "evaluate", "--folds", "2", "--output", "json");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("2-fold cross-validation on").contains("accuracy").contains("expected calibration error").contains("Confusion matrix");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode document = JsonDocuments.mapper().readTree(json.out());
        assertThat(document.path("model").path("accuracy").asDouble()).isBetween(0.5, 1.0);
        assertThat(document.path("rules").path("accuracy").asDouble()).isBetween(0.5, 1.0);
        assertThat(document.path("model").path("expectedCalibrationError").asDouble()).isLessThan(0.1);
    }

    @Test
    void evaluateComparesACartTreeOnTheSameFoldsWhenAsked()
            throws IOException
    {
        CommandRun text = CommandRun.of("model", "evaluate", "--folds", "2", "--compare", "cart");
        CommandRun json = CommandRun.of("model", "evaluate", "--folds", "2", "--compare", "cart", "--output", "json");
        CommandRun unknown = CommandRun.of("model", "evaluate", "--compare", "xgboost");

        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out()).contains("cart: CARTClassificationTrainer").containsPattern("accuracy +0\\.\\d{3} +1\\.000 +0\\.\\d{3}");
        JsonNode cart = JsonDocuments.mapper().readTree(json.out()).path("comparisons").path("cart");
        assertThat(cart.path("accuracy").asDouble()).isBetween(0.5, 1.0);
        assertThat(cart.path("expectedCalibrationError").asDouble()).isBetween(0.0, 1.0);
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(unknown.err()).contains("xgboost");
    }

    @Test
    void evaluateReadsATrainedModelAndRefusesAFileThatIsNotOne()
            throws IOException
    {
        Path decisions = directory.resolve("decisions.json");
        assertThat(override(decisions, resources.get(0), "--reason", REASON).exitCode()).isZero();
        Path model = directory.resolve("model.zip");
        assertThat(CommandRun.of("model", "train", "--decisions", decisions.toString(), "--out", model.toString()).exitCode()).isZero();
        Path notAModel = directory.resolve("notes.zip");
        Files.writeString(notAModel, "not a zip");

        CommandRun trained = CommandRun.of("model", "evaluate", "--model", model.toString(), "--folds", "2");
        CommandRun bad = CommandRun.of("model", "evaluate", "--model", notAModel.toString());
        CommandRun missing = CommandRun.of("model", "evaluate", "--model", directory.resolve("absent.zip").toString());
        CommandRun both = CommandRun.of("model", "evaluate", "--model", model.toString(), "--decisions", decisions.toString());

        assertThat(trained.exitCode()).as(trained.err()).isZero();
        assertThat(trained.out()).contains("decisions: 1");
        assertThat(bad.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(bad.err()).contains(notAModel.toString()).contains("not a model written by 'model train'");
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(missing.err()).contains("absent.zip");
        assertThat(both.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(both.err()).contains("not both");
    }
}
