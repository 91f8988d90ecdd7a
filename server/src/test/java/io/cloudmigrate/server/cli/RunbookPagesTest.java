package io.cloudmigrate.server.cli;

import io.cloudmigrate.codegen.ArtifactGenerator;
import io.cloudmigrate.codegen.ArtifactKind;
import io.cloudmigrate.codegen.GenerationOptions;
import io.cloudmigrate.server.pipeline.Stages;
import io.cloudmigrate.server.scale.SyntheticEstate;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The runbooks of one application grow with what a person executes, not with the number of its
 * instances. Two synthetic estates whose every resource carries the same application tag, assessed
 * with waves large enough for every tier: 3 applications' worth (90 EC2 instances, 126 resources) and
 * 34 (1,020 EC2 instances, 1,428 resources), the application's runbooks of every wave rendered to PDF
 * and their pages counted with PDFBox.
 *
 * <p>Instances that move the same way are one step with a row each, their paths one table in which the
 * paths of one shape (every instance that reaches one database from the same place, every pair of
 * web and app instance) are one row with one command looping over them, their rollback one command,
 * and the overview and the dependencies on other waves summarise them; retired resources of one type
 * and place are one step with a row each. 477 pages at 1,020 instances and 66 at 90 when this was
 * measured, against 684 and 79 with a path row per instance and a retire step per resource, and 894
 * at 1,020 before batching. The limits catch those layouts coming back.
 */
class RunbookPagesTest
{
    private static final String APPLICATION = "shop";
    private static final Pattern APPLICATION_RUNBOOK = Pattern.compile("wave-\\d+-" + APPLICATION + "\\.pdf");
    private static final int SMALL_RESOURCES = 126;
    private static final int LARGE_RESOURCES = 1_428;
    /** Pages of the application's runbooks, all its waves together, for 1,020 instances (477 now, 684 before the grouped paths and retire steps, 894 before batching). */
    private static final int LARGE_PAGE_LIMIT = 520;
    /** 11.3 times the instances; pages grew 7.2 times (66 to 477; 8.7 before). A layout of pages per instance grows 11 times or more. */
    private static final double GROWTH_LIMIT = 8.5;

    @TempDir
    Path directory;

    @Test
    void runbooksOfAThousandInstancesStayUnderTheirLimitAndGrowSlowerThanTheInstances()
            throws IOException
    {
        Figures small = run(directory.resolve("small"), SMALL_RESOURCES);
        Figures large = run(directory.resolve("large"), LARGE_RESOURCES);
        System.out.printf("application runbooks: %d instances %d pages, %d instances %d pages%n", small.instances(), small.pages(), large.instances(), large.pages());

        assertThat(large.instances()).as("EC2 instances of the large estate").isGreaterThanOrEqualTo(1_000);
        assertThat(large.pages()).as("PDF pages of the runbooks of one application of %d instances", large.instances()).isLessThan(LARGE_PAGE_LIMIT);
        assertThat((double) large.pages() / small.pages()).as("pages for %d instances against %d (%d, %d)", large.instances(), small.instances(), large.pages(), small.pages())
                .isLessThan(GROWTH_LIMIT);
    }

    private record Figures(int instances, int pages) {}

    private static Figures run(Path root, int resources)
            throws IOException
    {
        SyntheticEstate.generate(root.resolve("estate"), resources, 7, 20, Optional.of(APPLICATION));
        Path inventory = root.resolve("inventory.json");
        Path traffic = root.resolve("traffic.json");
        Path assessment = root.resolve("assessment.json");
        succeeds(CommandRun.of("import", "--aws-cli", root.resolve("estate").toString(), "--out", inventory.toString()));
        succeeds(CommandRun.of("flows", "--inventory", inventory.toString(), "--out", traffic.toString(), root.resolve("estate/flow-logs").toString()));
        succeeds(CommandRun.of("assess", "--inventory", inventory.toString(), "--traffic", traffic.toString(), "--out", assessment.toString(),
                "--max-wave-size", "100000"));
        new ArtifactGenerator().generate(Stages.readAssessment(assessment), root.resolve("artifacts"),
                GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.RUNBOOK, ArtifactKind.RUNBOOK_PDF)));
        int instances = Files.readString(inventory).split("\"type\" : \"EC2_INSTANCE\"", -1).length - 1;
        int pages = 0;
        for (Path pdf : applicationRunbooks(root.resolve("artifacts/runbooks"))) {
            try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
                pages += document.getNumberOfPages();
            }
        }
        return new Figures(instances, pages);
    }

    private static List<Path> applicationRunbooks(Path runbooks)
            throws IOException
    {
        try (Stream<Path> files = Files.list(runbooks)) {
            List<Path> found = files.filter(file -> APPLICATION_RUNBOOK.matcher(file.getFileName().toString()).matches()).sorted().toList();
            assertThat(found).as("application runbooks in " + runbooks).isNotEmpty();
            return found;
        }
    }

    private static void succeeds(CommandRun run)
    {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    }
}
