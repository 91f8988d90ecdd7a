package io.cloudmigrate.server.cli;

import io.cloudmigrate.codegen.ArtifactGenerator;
import io.cloudmigrate.codegen.ArtifactKind;
import io.cloudmigrate.codegen.GeneratedArtifacts;
import io.cloudmigrate.codegen.GenerationOptions;
import io.cloudmigrate.server.pipeline.Stages;
import io.cloudmigrate.server.scale.SyntheticEstate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs import, flows, assess and generate in-process on synthetic estates of 1,000 and 5,000 resources
 * (bench/scale.sh runs the same through the CLI at larger sizes), so that a step that grows faster
 * than the estate cannot come back unnoticed.
 *
 * <p>Four checks, each robust on a shared machine: the assessment's size per resource is bounded (it was
 * 40 kB a resource when every allowed pair was stored, twice), so are the runbooks' (connectivity is
 * summarised per group and port, not listed per pair), the runbooks' size per resource does not grow
 * with the estate (an application's runbook lists its own prerequisites, not its wave's), and the CPU time of assess and generate on this
 * thread grows at most {@value #GROWTH_LIMIT} times from 1,000 to 5,000 resources. Linear work grows 5
 * times, a quadratic step 25 times; CPU time of one thread, after a warm-up run, does not grow with the
 * machine's load as wall time does. Generation leaves out the PDFs: rendering is openhtmltopdf's,
 * linear in pages once long tables are cut into sections, and takes most of the time; the Markdown
 * and HTML it renders come from the same models.
 */
class ScalePipelineTest
{
    private static final double GROWTH_LIMIT = 12;
    private static final long BYTES_PER_RESOURCE_LIMIT = 16_000;
    // About 3,600 bytes a resource since the synthetic estate's strategies are an estate's (steps for
    // rehosted and replatformed members are longer than for retained ones); a step per allowed pair, as
    // before, was twice that at 1,000 resources and grows with the size of each application.
    private static final long RUNBOOK_BYTES_PER_RESOURCE_LIMIT = 6_000;
    // Runbook bytes a resource may grow this much from 1,000 to 5,000 resources. Each application
    // runbook listing every subnet of its wave, as before, doubled them; per-resource content does not grow.
    private static final double RUNBOOK_GROWTH_LIMIT = 1.3;
    private static final long SEED = 7;

    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    @TempDir
    Path directory;

    @Test
    void assessAndGenerateGrowLinearlyWithTheEstate()
            throws IOException
    {
        // Compiles the code paths, so that the 1,000-resource run is not mostly the JIT's.
        run(directory.resolve("warm-up"), 500);
        Figures small = run(directory.resolve("small"), 1_000);
        Figures large = run(directory.resolve("large"), 5_000);

        assertThat(large.assessmentBytes() / large.resources()).as("assessment.json bytes per resource").isLessThan(BYTES_PER_RESOURCE_LIMIT);
        assertThat(small.assessmentBytes() / small.resources()).as("assessment.json bytes per resource").isLessThan(BYTES_PER_RESOURCE_LIMIT);
        assertThat(large.runbookBytes() / large.resources()).as("runbook Markdown bytes per resource").isLessThan(RUNBOOK_BYTES_PER_RESOURCE_LIMIT);
        double runbookGrowth = ((double) large.runbookBytes() / large.resources()) / ((double) small.runbookBytes() / small.resources());
        System.out.printf("runbook Markdown: %d and %d bytes a resource (x%.2f)%n", small.runbookBytes() / small.resources(),
                large.runbookBytes() / large.resources(), runbookGrowth);
        assertThat(runbookGrowth).as("runbook Markdown bytes per resource, 5,000 against 1,000 resources").isLessThan(RUNBOOK_GROWTH_LIMIT);
        double growth = (double) large.cpuNanos() / small.cpuNanos();
        System.out.printf("assess and generate: %d resources %d ms CPU, %d resources %d ms CPU (x%.1f); assessment.json %d and %d bytes a resource%n",
                small.resources(), small.cpuNanos() / 1_000_000, large.resources(), large.cpuNanos() / 1_000_000, growth,
                small.assessmentBytes() / small.resources(), large.assessmentBytes() / large.resources());
        assertThat(growth).as("CPU time of assess and generate, 5,000 against 1,000 resources (%d ms, %d ms)",
                large.cpuNanos() / 1_000_000, small.cpuNanos() / 1_000_000).isLessThan(GROWTH_LIMIT);
    }

    private record Figures(int resources, long assessmentBytes, long cpuNanos, long runbookBytes) {}

    private Figures run(Path root, int size)
            throws IOException
    {
        SyntheticEstate.Summary estate = SyntheticEstate.generate(root.resolve("estate"), size, SEED, 10);
        Path inventory = root.resolve("inventory.json");
        Path traffic = root.resolve("traffic.json");
        Path assessment = root.resolve("assessment.json");
        succeeds(CommandRun.of("import", "--aws-cli", root.resolve("estate").toString(), "--out", inventory.toString()));
        succeeds(CommandRun.of("flows", "--inventory", inventory.toString(), "--out", traffic.toString(), root.resolve("estate/flow-logs").toString()));

        long start = threads.getCurrentThreadCpuTime();
        succeeds(CommandRun.of("assess", "--inventory", inventory.toString(), "--traffic", traffic.toString(), "--out", assessment.toString()));
        GenerationOptions withoutPdf = GenerationOptions.defaults().withKinds(
                EnumSet.complementOf(EnumSet.of(ArtifactKind.RUNBOOK_PDF, ArtifactKind.REPORT_PDF)));
        GeneratedArtifacts artifacts = new ArtifactGenerator().generate(Stages.readAssessment(assessment), root.resolve("artifacts"), withoutPdf);
        long cpu = threads.getCurrentThreadCpuTime() - start;

        assertThat(artifacts.files()).contains("report/readiness-report.html", "runbooks/README.md", "runbooks/wave-01.md");
        long runbookBytes = 0;
        for (String file : artifacts.files()) {
            if (file.startsWith("runbooks/") && file.endsWith(".md")) {
                runbookBytes += Files.size(root.resolve("artifacts").resolve(file));
            }
        }
        assertThat(containsAllowedEdge(assessment)).as("assessment.json stores allowed pairs").isFalse();
        return new Figures(estate.resources(), Files.size(assessment), cpu, runbookBytes);
    }

    private static void succeeds(CommandRun run)
    {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.OK);
    }

    /** Whether any edge of kind ALLOWED was written, read in pieces so that a large document is not held whole. */
    private static boolean containsAllowedEdge(Path assessment)
            throws IOException
    {
        byte[] needle = "\"ALLOWED\"".getBytes(StandardCharsets.US_ASCII);
        String tail = "";
        try (InputStream input = Files.newInputStream(assessment)) {
            byte[] buffer = new byte[1 << 20];
            for (int read = input.read(buffer); read > 0; read = input.read(buffer)) {
                String text = tail + new String(buffer, 0, read, StandardCharsets.US_ASCII);
                if (text.contains(new String(needle, StandardCharsets.US_ASCII))) {
                    return true;
                }
                tail = text.substring(Math.max(0, text.length() - needle.length));
            }
        }
        return false;
    }
}
