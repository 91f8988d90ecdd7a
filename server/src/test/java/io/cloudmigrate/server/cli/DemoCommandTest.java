package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.recommend.Assessment;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class DemoCommandTest
{
    @TempDir
    static Path first;

    @TempDir
    static Path second;

    private static CommandRun firstRun;

    @BeforeAll
    static void runDemoTwice()
    {
        firstRun = CommandRun.of("demo", "--out", first.toString());
        // A4 is the default: asked for, it gives the same bytes
        CommandRun secondRun = CommandRun.of("demo", "--out", second.toString(), "--page-size", "a4");
        assertThat(firstRun.exitCode()).as(firstRun.err()).isZero();
        assertThat(secondRun.exitCode()).as(secondRun.err()).isZero();
    }

    @Test
    void writesEveryArtifact()
            throws IOException
    {
        assertThat(first.resolve("inventory.json")).isRegularFile();
        assertThat(first.resolve("traffic.json")).isRegularFile();
        assertThat(first.resolve("assessment.json")).isRegularFile();
        assertThat(first.resolve("report/readiness-report.html")).isRegularFile();
        assertThat(first.resolve("report/readiness-report.pdf")).isRegularFile();

        Assessment assessment = JsonDocuments.readDocument(first.resolve("assessment.json"), Assessment.class, Assessment.SCHEMA_VERSION, "assessment");
        assertThat(assessment.graph().waves()).isNotEmpty();
        for (var wave : assessment.graph().waves()) {
            String number = "%02d".formatted(wave.number());
            Path terraform = first.resolve("terraform/wave-" + number);
            assertThat(terraform.resolve("versions.tf")).isRegularFile();
            assertThat(terraform.resolve("variables.tf")).isRegularFile();
            assertThat(terraform.resolve("main.tf")).isRegularFile();
            assertThat(terraform.resolve("outputs.tf")).isRegularFile();
            // one template per source account and Region of the wave
            try (Stream<Path> templates = Files.list(first.resolve("cloudformation"))) {
                assertThat(templates.map(path -> path.getFileName().toString()))
                        .as("CloudFormation templates of wave " + number)
                        .anyMatch(name -> name.matches("wave-" + number + "-.+\\.yaml"));
            }
            assertThat(first.resolve("runbooks/wave-" + number + ".md")).isRegularFile();
        }
    }

    @Test
    void jsonDocumentsParseAndDescribeTheSampleEstate()
    {
        Inventory inventory = JsonDocuments.readInventory(first.resolve("inventory.json"));
        Traffic traffic = JsonDocuments.readDocument(first.resolve("traffic.json"), Traffic.class, Traffic.SCHEMA_VERSION, "traffic");
        Assessment assessment = JsonDocuments.readDocument(first.resolve("assessment.json"), Assessment.class, Assessment.SCHEMA_VERSION, "assessment");

        assertThat(inventory.resources()).hasSizeGreaterThanOrEqualTo(80);
        assertThat(inventory.scope().accounts()).hasSize(2);
        assertThat(inventory.scope().regions()).hasSize(2);
        assertThat(traffic.edges()).isNotEmpty();
        assertThat(assessment.graph().moveGroups()).as("the two services that call each other").isNotEmpty();
        assertThat(assessment.inventory()).isEqualTo(inventory);
    }

    @Test
    void pdfReportOpensAndNamesTheEstate()
            throws IOException
    {
        Inventory inventory = JsonDocuments.readInventory(first.resolve("inventory.json"));
        try (PDDocument document = Loader.loadPDF(first.resolve("report/readiness-report.pdf").toFile())) {
            assertThat(document.getNumberOfPages()).isPositive();
            assertThat(new PDFTextStripper().getText(document)).contains(inventory.name());
        }
    }

    @Test
    void laysThePdfsOutOnLetterWhenAsked(@TempDir Path letter)
            throws IOException
    {
        CommandRun run = CommandRun.of("demo", "--out", letter.toString(), "--page-size", "LETTER");

        assertThat(run.exitCode()).as(run.err()).isZero();
        for (String pdf : List.of("report/readiness-report.pdf", "runbooks/wave-01.pdf")) {
            try (PDDocument document = Loader.loadPDF(letter.resolve(pdf).toFile())) {
                PDRectangle page = document.getPage(0).getMediaBox();
                assertThat(new float[] {page.getWidth(), page.getHeight()}).as(pdf).containsExactly(new float[] {792, 612}, within(0.5f));
            }
        }
        try (PDDocument document = Loader.loadPDF(first.resolve("report/readiness-report.pdf").toFile())) {
            PDRectangle page = document.getPage(0).getMediaBox();
            assertThat(new float[] {page.getWidth(), page.getHeight()}).as("A4 by default").containsExactly(new float[] {841.9f, 595.3f}, within(0.5f));
        }
    }

    @Test
    void refusesAPageSizeItDoesNotKnowAndNamesItInItsHelp(@TempDir Path unused)
    {
        CommandRun run = CommandRun.of("demo", "--out", unused.toString(), "--page-size", "b5");
        CommandRun help = CommandRun.of("demo", "--help");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("--page-size").contains("b5");
        assertThat(help.out()).contains("--page-size=SIZE").contains("a4 or letter");
    }

    @Test
    void secondRunIsByteIdentical()
            throws IOException
    {
        List<Path> files = relativeFiles(first);
        assertThat(files).isEqualTo(relativeFiles(second));
        assertThat(files).anyMatch(path -> path.startsWith("terraform"))
                .anyMatch(path -> path.startsWith("cloudformation"))
                .anyMatch(path -> path.startsWith("runbooks"));
        for (Path file : files) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file.toString()).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
    }

    @Test
    void printsSummaryOfTypesStrategiesWavesRiskAndCost()
    {
        assertThat(firstRun.out())
                .contains("Resources by type:")
                .contains("ec2_instance")
                .contains("Strategies:")
                .contains("Waves:")
                .contains("Risk levels:")
                .containsPattern("Estimated monthly cost: [0-9,.]+ USD before, [0-9,.]+ USD after");
    }

    private static List<Path> relativeFiles(Path root)
            throws IOException
    {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}
