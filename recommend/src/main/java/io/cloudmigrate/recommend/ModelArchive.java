package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.recommend.internal.ExampleTable;
import io.cloudmigrate.recommend.internal.StrategyModel;
import io.cloudmigrate.recommend.internal.TrainingExample;
import io.cloudmigrate.scoring.Strategy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * {@code model.zip}: Tribuo's protobuf of the model, the examples it was trained on (CSV, so that
 * {@code model evaluate} can cross-validate and anyone can retrain it), the rules' answers for them, and
 * the provenance. Entries are written in name order with a fixed date, and the protobuf's training time
 * is the dataset's date ({@link StrategyModel#serialize}): the same decisions give the same bytes.
 */
final class ModelArchive
{
    static final String FORMAT = "cloudmigrate-strategy-model 1";
    private static final FileTime FIXED = FileTime.fromMillis(1_767_225_600_000L);

    private ModelArchive() {}

    static void write(Path path, RankingModel model)
    {
        Map<String, byte[]> entries = new TreeMap<>();
        entries.put("format.txt", (FORMAT + "\n").getBytes(StandardCharsets.UTF_8));
        entries.put("provenance.txt", (model.provenance() + "\n").getBytes(StandardCharsets.UTF_8));
        entries.put("examples.csv", ExampleTable.write(model.examples()).getBytes(StandardCharsets.UTF_8));
        entries.put("rule-answers.txt", (String.join("\n", model.ruleAnswers().stream().map(Strategy::name).toList()) + "\n").getBytes(StandardCharsets.UTF_8));
        entries.put("model.tribuo", model.model().serialize());
        entries.put("trainer.txt", (model.model().trainerDescription() + "\n" + model.provenanceHash() + "\n").getBytes(StandardCharsets.UTF_8));
        try (OutputStream file = Files.newOutputStream(path); ZipOutputStream zip = new ZipOutputStream(file)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                ZipEntry zipEntry = new ZipEntry(entry.getKey());
                zipEntry.setLastModifiedTime(FIXED);
                zip.putNextEntry(zipEntry);
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        catch (IOException failure) {
            throw new CloudMigrateException(RecommendErrorCode.MODEL_FILE_FAILED, "cannot write model " + path + ": " + failure.getMessage(), failure);
        }
    }

    static RankingModel read(Path path)
    {
        if (!Files.isRegularFile(path)) {
            throw new CloudMigrateException(RecommendErrorCode.INVALID_MODEL, "model " + path + " does not exist (write one with 'model train')");
        }
        Map<String, byte[]> entries = new TreeMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(path))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        catch (IOException failure) {
            throw new CloudMigrateException(RecommendErrorCode.MODEL_FILE_FAILED, "cannot read model " + path + ": " + failure.getMessage(), failure);
        }
        String format = text(entries, "format.txt", path).strip();
        if (!format.equals(FORMAT)) {
            throw new CloudMigrateException(RecommendErrorCode.INVALID_MODEL, path + " is not a model written by 'model train' (format \"" + format + "\", expected \"" + FORMAT + "\")");
        }
        try {
            List<TrainingExample> examples = ExampleTable.read(text(entries, "examples.csv", path), path + "!examples.csv");
            List<Strategy> answers = Arrays.stream(text(entries, "rule-answers.txt", path).split("\n")).filter(line -> !line.isBlank()).map(Strategy::valueOf).toList();
            String[] trainer = text(entries, "trainer.txt", path).split("\n");
            if (answers.size() != examples.size() || trainer.length < 2 || !entries.containsKey("model.tribuo")) {
                throw new IllegalArgumentException("its entries do not agree (examples " + examples.size() + ", rule answers " + answers.size() + ")");
            }
            StrategyModel model = StrategyModel.deserialize(entries.get("model.tribuo"), trainer[1], trainer[0], examples.size());
            return new RankingModel(model, examples, answers);
        }
        catch (IllegalArgumentException bad) {
            throw new CloudMigrateException(RecommendErrorCode.INVALID_MODEL, "model " + path + " is damaged: " + bad.getMessage(), bad);
        }
    }

    private static String text(Map<String, byte[]> entries, String name, Path path)
    {
        byte[] bytes = entries.get(name);
        if (bytes == null) {
            throw new CloudMigrateException(RecommendErrorCode.INVALID_MODEL, path + " is not a model written by 'model train': it has no " + name);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
