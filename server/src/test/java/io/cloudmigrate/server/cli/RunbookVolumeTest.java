package io.cloudmigrate.server.cli;

import io.cloudmigrate.codegen.ArtifactGenerator;
import io.cloudmigrate.codegen.ArtifactKind;
import io.cloudmigrate.codegen.GenerationOptions;
import io.cloudmigrate.server.pipeline.Stages;
import io.cloudmigrate.server.scale.SyntheticEstate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What keeps the runbooks of a large estate to what a person executes, on a synthetic estate of 420
 * resources (ten applications, a quarter of the members retained): retained members are rows of one
 * table, not steps; why a risk factor matters is said once per runbook; a wave's own runbook counts
 * the retained and retired members of its applications instead of naming each.
 */
class RunbookVolumeTest
{
    @TempDir
    static Path root;

    private static Path runbooks;

    @BeforeAll
    static void generate()
    {
        SyntheticEstate.generate(root.resolve("estate"), 420, 7, 10);
        Path inventory = root.resolve("inventory.json");
        Path traffic = root.resolve("traffic.json");
        Path assessment = root.resolve("assessment.json");
        succeeds(CommandRun.of("import", "--aws-cli", root.resolve("estate").toString(), "--out", inventory.toString()));
        succeeds(CommandRun.of("flows", "--inventory", inventory.toString(), "--out", traffic.toString(), root.resolve("estate/flow-logs").toString()));
        succeeds(CommandRun.of("assess", "--inventory", inventory.toString(), "--traffic", traffic.toString(), "--out", assessment.toString()));
        new ArtifactGenerator().generate(Stages.readAssessment(assessment), root.resolve("artifacts"),
                GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.RUNBOOK)));
        runbooks = root.resolve("artifacts/runbooks");
    }

    @Test
    void listsRetainedMembersInOneTableInsteadOfStepsOfTheirOwn()
            throws IOException
    {
        int retained = 0;
        for (Path runbook : applicationRunbooks()) {
            String markdown = Files.readString(runbook);
            List<String> retainedInOverview = overviewMembers(markdown, "Retain");
            retained += retainedInOverview.size();
            for (String member : retainedInOverview) {
                assertThat(markdown).as(runbook.getFileName() + ": " + member)
                        .doesNotContainPattern("### \\d+\\. " + Pattern.quote(member) + "\n")
                        .containsPattern("\n\\| " + Pattern.quote(member) + " \\| [^|]+ \\| [^|]+ \\| [^|]+ \\| [^|]+ \\|\n");
            }
            if (!retainedInOverview.isEmpty()) {
                assertThat(markdown).as(runbook.getFileName().toString()).contains("### Resources that stay\n");
            }
        }
        assertThat(retained).as("retained members in the application runbooks").isGreaterThan(50);
    }

    @Test
    void explainsEachRiskFactorOnceAndNamesTheLargestInOneLinePerStep()
            throws IOException
    {
        for (Path runbook : applicationRunbooks()) {
            String markdown = Files.readString(runbook);
            int steps = count(markdown, Pattern.compile("\n### \\d+\\. "));
            assertThat(count(markdown, Pattern.compile("\n\\d+\\. Largest risks: "))).as(runbook.getFileName().toString()).isLessThanOrEqualTo(steps);
            assertThat(markdown).doesNotContainPattern("\n\\d+\\. Risk \\*");
            if (markdown.contains("Largest risks: ")) {
                assertThat(markdown).contains("| Risk factor | Why it matters |\n");
            }
        }
    }

    @Test
    void countsTheSkippedMembersOfApplicationsInTheWavesOwnRunbook()
            throws IOException
    {
        String wave = Files.readString(runbooks.resolve("wave-01.md"));
        assertThat(wave).contains("Without generated code, in the application runbooks above");
        for (Path runbook : applicationRunbooks()) {
            if (!runbook.getFileName().toString().startsWith("wave-01-")) {
                continue;
            }
            for (String member : overviewMembers(Files.readString(runbook), "Retain")) {
                assertThat(wave).as(member).doesNotContain("  - " + member + " (");
            }
        }
    }

    private static List<Path> applicationRunbooks()
            throws IOException
    {
        try (Stream<Path> files = Files.list(runbooks)) {
            List<Path> found = files.filter(file -> file.getFileName().toString().matches("wave-\\d+-.+\\.md")).sorted().toList();
            assertThat(found).isNotEmpty();
            return found;
        }
    }

    /** Names in the overview table whose strategy is {@code strategy}. */
    private static List<String> overviewMembers(String markdown, String strategy)
    {
        List<String> names = new ArrayList<>();
        Matcher rows = Pattern.compile("\n\\| ([^|]+) \\| [^|]+ \\| [^|]+ \\| " + strategy + " \\| [^|]+ \\| [^|]+ \\| [^|]+ \\| [^|]+ \\|").matcher(markdown);
        while (rows.find()) {
            names.add(rows.group(1));
        }
        return names;
    }

    private static int count(String text, Pattern pattern)
    {
        return (int) pattern.matcher(text).results().count();
    }

    private static void succeeds(CommandRun run)
    {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    }
}
