package io.cloudmigrate.codegen;

import io.cloudmigrate.codegen.internal.ArtifactFiles;
import io.cloudmigrate.codegen.internal.CheckovSkips;
import io.cloudmigrate.codegen.internal.CloudFormationWriter;
import io.cloudmigrate.codegen.internal.EstateIndex;
import io.cloudmigrate.codegen.internal.FreemarkerRenderer;
import io.cloudmigrate.codegen.internal.PdfJobs;
import io.cloudmigrate.codegen.internal.PdfRenderer;
import io.cloudmigrate.codegen.internal.ReportWriter;
import io.cloudmigrate.codegen.internal.RunbookMarkdown;
import io.cloudmigrate.codegen.internal.RunbookWriter;
import io.cloudmigrate.codegen.internal.TargetPlanner;
import io.cloudmigrate.codegen.internal.Targets;
import io.cloudmigrate.codegen.internal.TerraformWriter;
import io.cloudmigrate.recommend.Assessment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * Renders an assessment into the artifacts a migration team uses: Terraform and CloudFormation per
 * wave, runbooks per wave and application (Markdown and PDF) with their index, and the readiness report (HTML and PDF).
 *
 * <p>Output is deterministic: the same assessment and templates give byte-identical files, PDFs
 * included, wherever and whenever they are generated. The files are written through an
 * {@link OutputDirectory}: the output directory is replaced as a whole, files of an earlier generation
 * that this one does not write are removed, and a failure leaves the earlier output as it was.
 */
public final class ArtifactGenerator
{
    /**
     * Writes the artifacts the options ask for into {@code outputDirectory}, creating it if needed and
     * replacing an earlier generation there; a non-empty directory that no generation wrote is refused.
     *
     * @return the files written, relative to {@code outputDirectory}, sorted, and those of the earlier generation removed
     * @throws io.cloudmigrate.discovery.CloudMigrateException with a {@link CodegenErrorCode} when the
     *         templates, the assessment or the output directory are at fault
     */
    public GeneratedArtifacts generate(Assessment assessment, Path outputDirectory, GenerationOptions options)
    {
        requireNonNull(outputDirectory, "outputDirectory is null");
        try (OutputDirectory output = OutputDirectory.open(outputDirectory, false)) {
            generate(assessment, output, options);
            return output.commit();
        }
    }

    /**
     * Writes the artifacts the options ask for into the staging folder of {@code output}, beside
     * whatever else the caller writes there; {@link OutputDirectory#commit()} moves them into place.
     *
     * @return the files written, relative to the output directory, sorted
     */
    public List<String> generate(Assessment assessment, OutputDirectory output, GenerationOptions options)
    {
        return generate(assessment, output, options, GenerationProgress.NONE);
    }

    /**
     * As {@link #generate(Assessment, OutputDirectory, GenerationOptions)}, telling {@code progress} how far it got.
     *
     * @return the files written, relative to the output directory, sorted
     */
    public List<String> generate(Assessment assessment, OutputDirectory output, GenerationOptions options, GenerationProgress progress)
    {
        requireNonNull(assessment, "assessment is null");
        requireNonNull(progress, "progress is null");
        requireNonNull(output, "output is null");
        requireNonNull(options, "options is null");
        Path outputDirectory = output.staging();
        FreemarkerRenderer renderer = new FreemarkerRenderer(options.templateOverrideDirectory());
        EstateIndex index = new EstateIndex(assessment);
        List<Targets.Wave> waves = new TargetPlanner(index).plan();
        ArtifactFiles files = new ArtifactFiles(outputDirectory);
        PdfRenderer pdf = new PdfRenderer(assessment.name(), assessment.asOf());
        RunbookWriter runbooks = new RunbookWriter(renderer, pdf, options.pageSize());
        try (RunbookMarkdown markdown = new RunbookMarkdown(files, outputDirectory, options.includes(ArtifactKind.RUNBOOK))) {
            RunbookWriter.Runbooks rendered = options.includes(ArtifactKind.RUNBOOK) || options.includes(ArtifactKind.RUNBOOK_PDF)
                    ? runbooks.render(index, waves, markdown, (done, total) -> progress.update("writing runbooks", done, total))
                    : RunbookWriter.Runbooks.none();
            ReportWriter report = new ReportWriter(renderer, pdf, options.pageSize());
            boolean reportWanted = options.includes(ArtifactKind.REPORT) || options.includes(ArtifactKind.REPORT_PDF);
            if (reportWanted) {
                progress.update("writing the readiness report", 0, 1);
            }
            Optional<ReportWriter.Document> document = reportWanted ? Optional.of(report.render(index)) : Optional.empty();
            // The report first: it is the longest document, and the runbooks take the other threads meanwhile.
            List<PdfJobs.Job> pdfs = new ArrayList<>();
            if (options.includes(ArtifactKind.REPORT_PDF)) {
                pdfs.addAll(report.pdfJobs(document.orElseThrow()));
            }
            for (ArtifactKind kind : options.kinds()) {
                switch (kind) {
                    case TERRAFORM -> {
                        progress.update("writing Terraform", 0, waves.size());
                        new TerraformWriter(renderer).write(index, waves, files);
                    }
                    case CLOUDFORMATION -> {
                        progress.update("writing CloudFormation", 0, waves.size());
                        new CloudFormationWriter(renderer).write(index, waves, files);
                    }
                    case RUNBOOK -> runbooks.writeIndex(index, rendered, options.includes(ArtifactKind.RUNBOOK_PDF), files);
                    case RUNBOOK_PDF -> pdfs.addAll(runbooks.pdfJobs(index, rendered, markdown));
                    case REPORT -> report.writeHtml(document.orElseThrow(), files);
                    case REPORT_PDF -> {
                        // queued above
                    }
                }
            }
            renderPdfs(pdfs, files, progress);
        }
        return files.written();
    }

    private static void renderPdfs(List<PdfJobs.Job> pdfs, ArtifactFiles files, GenerationProgress progress)
    {
        int[] written = {0};
        long[] charactersDone = {0};
        long characters = pdfs.stream().mapToLong(PdfJobs.Job::characters).sum();
        progress.update("rendering PDFs", 0, pdfs.size(), 0, characters);
        PdfJobs.run(pdfs, PdfJobs.threads(), PdfJobs.characterBudget(), result -> {
            files.write(result.path(), result.content());
            charactersDone[0] += result.characters();
            progress.update("rendering PDFs", ++written[0], pdfs.size(), charactersDone[0], characters);
        });
    }

    /**
     * How many checkov checks the written Terraform and CloudFormation skip ({@code #checkov:skip}
     * comments and Metadata skips, each with its reason, from codegen's committed list of checks that
     * cannot apply to a migration target).
     */
    public static long checkovSkips(GeneratedArtifacts artifacts)
    {
        long count = 0;
        for (String file : artifacts.files()) {
            String marker;
            if (file.startsWith("terraform/") && file.endsWith(".tf")) {
                marker = CheckovSkips.MARKER;
            }
            else if (file.startsWith("cloudformation/") && file.endsWith(".yaml")) {
                marker = CheckovSkips.CLOUDFORMATION_MARKER;
            }
            else {
                continue;
            }
            try {
                count += Files.readAllLines(artifacts.resolve(file)).stream().filter(line -> line.strip().startsWith(marker)).count();
            }
            catch (IOException e) {
                throw new UncheckedIOException("cannot read " + artifacts.resolve(file), e);
            }
        }
        return count;
    }
}
