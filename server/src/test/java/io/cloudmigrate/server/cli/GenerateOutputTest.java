package io.cloudmigrate.server.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.SampleEstate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * {@code generate} and {@code demo} replace their output as a whole: stale waves go, foreign
 * directories are refused, a failed run changes nothing.
 */
class GenerateOutputTest
{
    @TempDir
    static Path inputs;

    /** Four waves: the sample estate assessed with its flow logs. */
    private static Path fourWaves;
    /** Two waves: the same estate without traffic. */
    private static Path twoWaves;

    @TempDir
    Path directory;

    @BeforeAll
    static void assessTheSampleEstateTwice()
    {
        Path sample = SampleEstate.extractTo(inputs.resolve("sample"));
        Path inventory = inputs.resolve("inventory.json");
        Path traffic = inputs.resolve("traffic.json");
        fourWaves = inputs.resolve("four-waves.json");
        twoWaves = inputs.resolve("two-waves.json");
        expectSuccess(CommandRun.of("import", "--aws-cli", sample.toString(), "--out", inventory.toString()));
        expectSuccess(CommandRun.of("flows", "--inventory", inventory.toString(), "--out", traffic.toString(), sample.resolve("flow-logs").toString()));
        expectSuccess(CommandRun.of("assess", "--inventory", inventory.toString(), "--traffic", traffic.toString(), "--out", fourWaves.toString()));
        expectSuccess(CommandRun.of("assess", "--inventory", inventory.toString(), "--out", twoWaves.toString()));
    }

    @Test
    void regeneratingWithFewerWavesRemovesTheStaleWavesAndNamesThem()
            throws IOException, InterruptedException
    {
        Path output = directory.resolve("artifacts");
        expectSuccess(CommandRun.of("generate", "--assessment", fourWaves.toString(), "--out", output.toString()));
        assertThat(output.resolve("terraform/wave-03/main.tf")).isRegularFile();
        assertThat(output.resolve("terraform/wave-04/main.tf")).isRegularFile();

        CommandRun again = CommandRun.of("generate", "--assessment", twoWaves.toString(), "--out", output.toString(), "--output", "json");

        expectSuccess(again);
        assertThat(output.resolve("terraform/wave-03")).doesNotExist();
        assertThat(output.resolve("terraform/wave-04")).doesNotExist();
        assertThat(output.resolve("runbooks/wave-03.md")).doesNotExist();
        assertThat(output.resolve("terraform/wave-02/main.tf")).isRegularFile();
        assertThat(again.err()).contains("removed terraform/wave-03/main.tf: the earlier generation wrote it, this one does not");
        JsonNode summary = JsonDocuments.mapper().readTree(again.out());
        // application runbooks of wave 02 may go too: with fewer waves, other applications fall into wave 02
        assertThat(texts(summary.get("removed"))).contains("terraform/wave-03/main.tf", "terraform/wave-04/main.tf", "runbooks/wave-04.md")
                .filteredOn(file -> !file.startsWith("runbooks/wave-02-"))
                .allMatch(file -> file.contains("wave-03") || file.contains("wave-04"));
        assertThat(texts(summary.get("files"))).contains("terraform/wave-02/main.tf").noneMatch(file -> file.contains("wave-03"));
        assertThat(summary.get("output").asText()).isEqualTo(output.toString());
        expectSha256sumAccepts(output);
    }

    @Test
    void refusesANonEmptyDirectoryItDidNotWriteUnlessForced()
            throws IOException
    {
        Files.writeString(directory.resolve("plan.txt"), "not ours");

        CommandRun refused = CommandRun.of("generate", "--assessment", twoWaves.toString(), "--out", directory.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(refused.err()).contains(directory + ": the directory is not empty and has no MANIFEST.sha256").contains("--force");
        assertThat(filesUnder(directory)).containsExactly("plan.txt");

        CommandRun forced = CommandRun.of("generate", "--assessment", twoWaves.toString(), "--out", directory.toString(), "--force");

        expectSuccess(forced);
        assertThat(directory.resolve("plan.txt")).hasContent("not ours");
        assertThat(directory.resolve("MANIFEST.sha256")).content().doesNotContain("plan.txt").contains("terraform/wave-01/main.tf");
    }

    @Test
    void demoRefusesANonEmptyDirectoryItDidNotWriteBeforeDoingAnyWork()
            throws IOException
    {
        Files.writeString(directory.resolve("plan.txt"), "not ours");

        CommandRun run = CommandRun.of("demo", "--out", directory.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).startsWith("cloudmigrate: " + directory + ": the directory is not empty");
        assertThat(filesUnder(directory)).containsExactly("plan.txt");
    }

    @Test
    void aFailedRegenerationLeavesTheEarlierOutputAsItWas()
            throws IOException
    {
        Path output = directory.resolve("artifacts");
        expectSuccess(CommandRun.of("generate", "--assessment", fourWaves.toString(), "--out", output.toString()));
        Map<String, String> before = hashes(output);
        Path templates = directory.resolve("templates");
        Files.createDirectories(templates.resolve("report"));
        Files.writeString(templates.resolve("report/readiness-report.html.ftl"), "<p>[=noSuchField]</p>\n");

        CommandRun run = CommandRun.of("generate", "--assessment", twoWaves.toString(), "--out", output.toString(), "--templates", templates.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("noSuchField");
        assertThat(hashes(output)).isEqualTo(before);
        try (Stream<Path> siblings = Files.list(directory)) {
            assertThat(siblings.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("artifacts", "templates");
        }
    }

    @Test
    void generateIntoAFileIsAUserErrorFoundBeforeReadingTheAssessment()
            throws IOException
    {
        Path file = Files.writeString(directory.resolve("artifacts.txt"), "x");

        CommandRun run = CommandRun.of("generate", "--assessment", directory.resolve("missing.json").toString(), "--out", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).startsWith("cloudmigrate: --out " + file + ": this is a file; name a directory").doesNotContain("missing.json");
    }

    @Test
    void laysThePdfsOutOnLetterWhenAsked()
            throws IOException
    {
        expectSuccess(CommandRun.of("generate", "--assessment", twoWaves.toString(), "--out", directory.toString(), "--page-size", "letter"));

        for (String pdf : List.of("report/readiness-report.pdf", "runbooks/wave-01.pdf")) {
            try (PDDocument document = Loader.loadPDF(directory.resolve(pdf).toFile())) {
                PDRectangle page = document.getPage(0).getMediaBox();
                assertThat(new float[] {page.getWidth(), page.getHeight()}).as(pdf).containsExactly(new float[] {792, 612}, within(0.5f));
            }
        }
    }

    @Test
    void regeneratingOnlyTheReportRewritesItAndLeavesTheOtherFoldersAsTheyWereAndListed()
            throws IOException, InterruptedException
    {
        Path output = directory.resolve("artifacts");
        expectSuccess(CommandRun.of("generate", "--assessment", fourWaves.toString(), "--out", output.toString()));
        Files.writeString(output.resolve("report/readiness-report.html"), "edited by hand");
        Files.writeString(output.resolve("terraform/wave-01/main.tf"), "edited by hand");
        Map<String, String> expected = hashes(output);
        CommandRun whole = CommandRun.of("generate", "--assessment", fourWaves.toString(), "--out", directory.resolve("whole").toString());
        expectSuccess(whole);
        expected.put("report/readiness-report.html", hashes(directory.resolve("whole")).get("report/readiness-report.html"));
        expected.remove("MANIFEST.sha256");

        CommandRun report = CommandRun.of("generate", "--assessment", fourWaves.toString(), "--out", output.toString(), "--only", "report");

        expectSuccess(report);
        Map<String, String> after = hashes(output);
        after.remove("MANIFEST.sha256");
        assertThat(after).isEqualTo(expected);
        assertThat(report.err()).doesNotContain("removed").doesNotContain("checkov");
        Process check = new ProcessBuilder("sha256sum", "-c", "--strict", "--quiet", "MANIFEST.sha256").directory(output.toFile()).redirectErrorStream(true).start();
        String failures = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(failures).isZero();
    }

    @Test
    void writesOnlyTheNamedPartsIntoANewDirectory()
            throws IOException
    {
        Path output = directory.resolve("artifacts");

        CommandRun run = CommandRun.of("generate", "--assessment", twoWaves.toString(), "--out", output.toString(), "--only", "terraform,cloudformation");

        expectSuccess(run);
        assertThat(filesUnder(output)).isNotEmpty()
                .allMatch(file -> file.startsWith("terraform/") || file.startsWith("cloudformation/") || file.equals("MANIFEST.sha256"));
        assertThat(filesUnder(output)).anyMatch(file -> file.startsWith("terraform/")).anyMatch(file -> file.startsWith("cloudformation/"));
        assertThat(run.err()).contains("checkov");
    }

    @Test
    void refusesAPartItDoesNotKnowAndNamesTheOnesItDoes()
    {
        CommandRun run = CommandRun.of("generate", "--assessment", twoWaves.toString(), "--out", directory.toString(), "--only", "report,pictures");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("--only").contains("pictures").contains("RUNBOOKS");
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void refusesAPageSizeItDoesNotKnow()
    {
        CommandRun run = CommandRun.of("generate", "--assessment", twoWaves.toString(), "--out", directory.toString(), "--page-size", "b5");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("--page-size").contains("b5");
    }

    static void expectSuccess(CommandRun run)
    {
        assertThat(run.exitCode()).as(run.err()).isZero();
    }

    private static void expectSha256sumAccepts(Path output)
            throws IOException, InterruptedException
    {
        Process check;
        try {
            check = new ProcessBuilder("sha256sum", "-c", "--strict", "MANIFEST.sha256").directory(output.toFile()).redirectErrorStream(true).start();
        }
        catch (IOException e) {
            assumeThat(e).as("sha256sum is installed").isNull();
            return;
        }
        String report = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(report).isZero();
        assertThat(report).doesNotContain("wave-03");
    }

    private static List<String> texts(JsonNode array)
    {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static Map<String, String> hashes(Path root)
            throws IOException
    {
        Map<String, String> hashes = new TreeMap<>();
        for (String file : filesUnder(root)) {
            try {
                hashes.put(file, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(root.resolve(file)))));
            }
            catch (NoSuchAlgorithmException e) {
                throw new AssertionError(e);
            }
        }
        return hashes;
    }

    private static List<String> filesUnder(Path root)
            throws IOException
    {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(path -> root.relativize(path).toString()).sorted().toList();
        }
    }
}
