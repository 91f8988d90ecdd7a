package io.cloudmigrate.codegen;

import io.cloudmigrate.discovery.CloudMigrateException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

class OutputDirectoryTest
{
    private final ArtifactGenerator generator = new ArtifactGenerator();

    @TempDir
    Path temporary;

    @Test
    void removesTheWavesAnEarlierGenerationHadAndListsThem()
            throws IOException
    {
        Path output = temporary.resolve("out");
        generator.generate(AssessmentFixture.withNothingToProvisionInWave3(), output, GenerationOptions.defaults());
        assertThat(output.resolve("terraform/wave-03/main.tf")).isRegularFile();

        GeneratedArtifacts again = generator.generate(AssessmentFixture.assessment(), output, GenerationOptions.defaults());

        assertThat(output.resolve("terraform/wave-03")).doesNotExist();
        assertThat(output.resolve("runbooks/wave-03.md")).doesNotExist();
        assertThat(output.resolve("cloudformation/wave-03-111122223333-eu-west-1.yaml")).doesNotExist();
        assertThat(again.removed()).contains("terraform/wave-03/main.tf", "runbooks/wave-03.md", "runbooks/wave-03.pdf",
                "cloudformation/wave-03-111122223333-eu-west-1.yaml");
        assertThat(again.removed()).allMatch(file -> file.contains("wave-03"));
        assertThat(filesUnder(output)).isEqualTo(Stream.concat(Stream.of(OutputDirectory.MANIFEST), again.files().stream()).sorted().toList());
        assertThat(siblingsOf(output)).containsExactly("out");
    }

    @Test
    void keepsFilesAUserAddedToAGeneratedDirectory()
            throws IOException
    {
        Path output = temporary.resolve("out");
        generator.generate(AssessmentFixture.withNothingToProvisionInWave3(), output, GenerationOptions.defaults());
        Files.writeString(output.resolve("terraform/wave-03/terraform.tfstate"), "{}");
        Files.writeString(output.resolve("notes.txt"), "ours");

        GeneratedArtifacts again = generator.generate(AssessmentFixture.assessment(), output, GenerationOptions.defaults());

        assertThat(output.resolve("terraform/wave-03/terraform.tfstate")).hasContent("{}");
        assertThat(output.resolve("terraform/wave-03/main.tf")).doesNotExist();
        assertThat(output.resolve("notes.txt")).hasContent("ours");
        assertThat(again.removed()).doesNotContain("terraform/wave-03/terraform.tfstate", "notes.txt");
    }

    @Test
    void regeneratingTheArtifactsKeepsTheDocumentsADemoWroteBesideThem()
            throws IOException
    {
        Path output = temporary.resolve("out");
        try (OutputDirectory directory = OutputDirectory.open(output, false)) {
            Files.writeString(directory.staging().resolve("assessment.json"), "{}\n");
            generator.generate(AssessmentFixture.withNothingToProvisionInWave3(), directory, GenerationOptions.defaults());
            directory.commit();
        }

        GeneratedArtifacts again = generator.generate(AssessmentFixture.assessment(), output, GenerationOptions.defaults());

        assertThat(output.resolve("assessment.json")).hasContent("{}");
        assertThat(output.resolve("terraform/wave-03")).doesNotExist();
        assertThat(again.removed()).isNotEmpty().doesNotContain("assessment.json");
        assertThat(again.files()).doesNotContain("assessment.json");
        assertThat(Files.readAllLines(output.resolve(OutputDirectory.MANIFEST)))
                .contains(sha256(output.resolve("assessment.json")) + "  assessment.json")
                .hasSize(again.files().size() + 1);
    }

    @Test
    void writesAManifestOfEveryFileThatSha256sumAccepts()
            throws IOException, InterruptedException
    {
        Path output = temporary.resolve("out");
        GeneratedArtifacts artifacts = generator.generate(AssessmentFixture.assessment(), output, GenerationOptions.defaults());

        List<String> lines = Files.readAllLines(output.resolve(OutputDirectory.MANIFEST));
        Map<String, String> expected = new LinkedHashMap<>();
        for (String file : artifacts.files()) {
            expected.put(file, sha256(output.resolve(file)));
        }
        assertThat(lines).containsExactlyElementsOf(expected.entrySet().stream().map(entry -> entry.getValue() + "  " + entry.getKey()).toList());
        assertThat(lines.stream().map(line -> line.substring(66)).toList()).isSorted();

        Process check = sha256sum(output);
        assumeThat(check).as("sha256sum is installed").isNotNull();
        String report = new String(check.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(check.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(check.exitValue()).as(report).isZero();
        assertThat(report.lines().filter(line -> line.endsWith(": OK"))).hasSize(artifacts.files().size());
    }

    @Test
    void refusesANonEmptyDirectoryItDidNotWrite()
            throws IOException
    {
        Files.writeString(temporary.resolve("thesis.tex"), "years of work");

        assertThatThrownBy(() -> generator.generate(AssessmentFixture.assessment(), temporary, GenerationOptions.defaults()))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(CodegenErrorCode.OUTPUT_REFUSED))
                .hasMessageStartingWith(temporary + ": the directory is not empty and has no MANIFEST.sha256")
                .hasMessageContaining("--force");
        assertThat(filesUnder(temporary)).containsExactly("thesis.tex");
    }

    @Test
    void writesIntoAForeignDirectoryWhenForcedAndKeepsItsOtherFiles()
            throws IOException
    {
        Path output = temporary.resolve("out");
        Files.createDirectories(output.resolve("terraform"));
        Files.writeString(output.resolve("thesis.tex"), "years of work");
        Files.writeString(output.resolve("terraform/README.md"), "old readme");

        try (OutputDirectory directory = OutputDirectory.open(output, true)) {
            generator.generate(AssessmentFixture.assessment(), directory, GenerationOptions.defaults());
            GeneratedArtifacts artifacts = directory.commit();
            assertThat(artifacts.removed()).isEmpty();
        }

        assertThat(output.resolve("thesis.tex")).hasContent("years of work");
        assertThat(output.resolve("terraform/README.md")).content().isNotEqualTo("old readme");
        assertThat(output.resolve(OutputDirectory.MANIFEST)).content().doesNotContain("thesis.tex");
    }

    @Test
    void refusesAFileAsTheOutputDirectoryBeforeDoingAnyWork()
            throws IOException
    {
        Path file = Files.writeString(temporary.resolve("artifacts"), "x");

        assertThatThrownBy(() -> OutputDirectory.open(file, true))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(CodegenErrorCode.OUTPUT_REFUSED))
                .hasMessage(file + ": this is a file; the output is a directory of generated files");
        assertThatThrownBy(() -> OutputDirectory.open(file.resolve("below"), true))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(CodegenErrorCode.OUTPUT_REFUSED))
                .hasMessage(file.resolve("below") + ": " + file + " is a file, not a directory");
    }

    @Test
    void aFailedGenerationLeavesTheEarlierOutputAsItWas()
            throws IOException
    {
        Path output = temporary.resolve("out");
        generator.generate(AssessmentFixture.withNothingToProvisionInWave3(), output, GenerationOptions.defaults());
        Map<String, String> before = hashes(output);
        Path templates = temporary.resolve("templates");
        Files.createDirectories(templates.resolve("runbook"));
        Files.writeString(templates.resolve("runbook/wave.md.ftl"), "# [=noSuchField]\n");

        assertThatThrownBy(() -> generator.generate(AssessmentFixture.assessment(), output, GenerationOptions.defaults().withTemplateOverrideDirectory(templates)))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(CodegenErrorCode.TEMPLATE_FAILED));

        assertThat(hashes(output)).isEqualTo(before);
        assertThat(siblingsOf(output)).containsExactly("out", "templates");
    }

    @Test
    void aMoveThatFailsHalfWayPutsTheEarlierFilesBack()
            throws IOException
    {
        Path output = temporary.resolve("out");
        Files.createDirectories(output);
        // a file where the generation needs its terraform folder: the moves before it succeed, that one fails
        Files.writeString(output.resolve("terraform"), "in the way");
        Files.writeString(output.resolve("notes.txt"), "ours");

        try (OutputDirectory directory = OutputDirectory.open(output, true)) {
            generator.generate(AssessmentFixture.assessment(), directory, GenerationOptions.defaults());
            assertThatThrownBy(directory::commit)
                    .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(CodegenErrorCode.OUTPUT_FAILED))
                    .hasMessageStartingWith(output + ": cannot move the generated files into place")
                    .hasMessageEndingWith("the earlier output is unchanged");
        }

        try (Stream<Path> entries = Files.list(output)) {
            assertThat(entries.map(entry -> entry.getFileName().toString()).sorted()).containsExactly("notes.txt", "terraform");
        }
        assertThat(output.resolve("terraform")).hasContent("in the way");
        assertThat(siblingsOf(output)).containsExactly("out");
    }

    @Test
    void refusesAManifestNamingAFileOutsideTheDirectory()
            throws IOException
    {
        Path output = temporary.resolve("out");
        Files.createDirectories(output);
        Files.writeString(output.resolve(OutputDirectory.MANIFEST), "0".repeat(64) + "  ../victim.txt\n");

        assertThatThrownBy(() -> OutputDirectory.open(output, false))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(CodegenErrorCode.OUTPUT_REFUSED))
                .hasMessageContaining("line 1 names a path outside the directory: ../victim.txt");
    }

    private static Process sha256sum(Path directory)
    {
        try {
            return new ProcessBuilder("sha256sum", "-c", OutputDirectory.MANIFEST).directory(directory.toFile()).redirectErrorStream(true).start();
        }
        catch (IOException e) {
            return null;
        }
    }

    private static Map<String, String> hashes(Path root)
            throws IOException
    {
        Map<String, String> hashes = new LinkedHashMap<>();
        for (String file : filesUnder(root)) {
            hashes.put(file, sha256(root.resolve(file)));
        }
        return hashes;
    }

    private static String sha256(Path file)
            throws IOException
    {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        }
        catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> siblingsOf(Path path)
            throws IOException
    {
        try (Stream<Path> entries = Files.list(path.getParent())) {
            return entries.map(entry -> entry.getFileName().toString()).sorted().toList();
        }
    }

    private static List<String> filesUnder(Path root)
            throws IOException
    {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(path -> root.relativize(path).toString().replace('\\', '/')).sorted().toList();
        }
    }
}
