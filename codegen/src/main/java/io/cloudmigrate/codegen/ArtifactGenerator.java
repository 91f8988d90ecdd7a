package io.cloudmigrate.codegen;

import io.cloudmigrate.codegen.internal.ArtifactFiles;
import io.cloudmigrate.codegen.internal.CloudFormationWriter;
import io.cloudmigrate.codegen.internal.EstateIndex;
import io.cloudmigrate.codegen.internal.FreemarkerRenderer;
import io.cloudmigrate.codegen.internal.PdfRenderer;
import io.cloudmigrate.codegen.internal.ReportWriter;
import io.cloudmigrate.codegen.internal.RunbookWriter;
import io.cloudmigrate.codegen.internal.TargetPlanner;
import io.cloudmigrate.codegen.internal.Targets;
import io.cloudmigrate.codegen.internal.TerraformWriter;
import io.cloudmigrate.recommend.Assessment;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * Renders an assessment into the artifacts a migration team uses: Terraform and CloudFormation per
 * wave, runbooks per wave (Markdown and PDF), and the readiness report (HTML and PDF).
 *
 * <p>Output is deterministic: the same assessment and templates give byte-identical files, PDFs
 * included, wherever and whenever they are generated. Files of earlier runs that this run does not
 * write are left alone.
 */
public final class ArtifactGenerator
{
    /**
     * Writes the artifacts the options ask for under {@code outputDirectory}, creating it if needed.
     *
     * @return the files written, relative to {@code outputDirectory}, sorted
     * @throws io.cloudmigrate.discovery.CloudMigrateException with a {@link CodegenErrorCode} when the
     *         templates, the assessment or the output directory are at fault
     */
    public GeneratedArtifacts generate(Assessment assessment, Path outputDirectory, GenerationOptions options)
    {
        requireNonNull(assessment, "assessment is null");
        requireNonNull(outputDirectory, "outputDirectory is null");
        requireNonNull(options, "options is null");
        FreemarkerRenderer renderer = new FreemarkerRenderer(options.templateOverrideDirectory());
        EstateIndex index = new EstateIndex(assessment);
        List<Targets.Wave> waves = new TargetPlanner(index).plan();
        ArtifactFiles files = new ArtifactFiles(outputDirectory);
        PdfRenderer pdf = new PdfRenderer(assessment.name(), assessment.asOf());
        RunbookWriter runbooks = new RunbookWriter(renderer, pdf);
        Map<String, String> markdown = options.includes(ArtifactKind.RUNBOOK) || options.includes(ArtifactKind.RUNBOOK_PDF)
                ? runbooks.render(index, waves)
                : Map.of();
        ReportWriter report = new ReportWriter(renderer, pdf);
        for (ArtifactKind kind : options.kinds()) {
            switch (kind) {
                case TERRAFORM -> new TerraformWriter(renderer).write(index, waves, files);
                case CLOUDFORMATION -> new CloudFormationWriter(renderer).write(index, waves, files);
                case RUNBOOK -> runbooks.writeMarkdown(markdown, files);
                case RUNBOOK_PDF -> runbooks.writePdf(index, markdown, files);
                case REPORT -> report.write(index, true, false, files);
                case REPORT_PDF -> report.write(index, false, true, files);
            }
        }
        return new GeneratedArtifacts(outputDirectory, files.written());
    }
}
