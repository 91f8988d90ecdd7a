package io.cloudmigrate.server.cli;

import io.cloudmigrate.codegen.ArtifactGenerator;
import io.cloudmigrate.codegen.GeneratedArtifacts;
import io.cloudmigrate.codegen.GenerationOptions;
import io.cloudmigrate.codegen.OutputDirectory;
import io.cloudmigrate.codegen.PageSize;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.server.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code cloudmigrate generate}: {@code assessment.json} to Terraform, CloudFormation, runbooks and the report.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Write Terraform, CloudFormation, runbooks and the readiness report.",
        description = {
                "Writes the migration artifacts of an assessment: terraform/wave-NN/*.tf, cloudformation/wave-NN-<account>-<region>.yaml, runbooks/wave-NN.{md,pdf} and runbooks/wave-NN-<application>.{md,pdf} (one per application tag) with runbooks/README.md listing them, report/readiness-report.{html,pdf} (past 5,000 workloads the PDF's Appendix A is in volumes of its own, report/readiness-report-volume-NN.pdf, listed at the start of readiness-report.pdf), and MANIFEST.sha256 listing every file (check it with 'sha256sum -c MANIFEST.sha256'). Output is byte-identical for the same assessment.",
                "Everything is written into a fresh folder beside DIR and moved into place at the end, so a failed run leaves the earlier output as it was. Regenerating into DIR replaces the earlier generation: its files in terraform/, cloudformation/, runbooks/ and report/ that this one does not write (say a wave that no longer exists) are removed and listed; files you added, and the documents 'demo' wrote beside them, are kept. A non-empty DIR that CloudMigrate did not write is refused unless --force is given."})
public final class GenerateCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--assessment", required = true, paramLabel = "FILE", description = "assessment.json written by 'assess'.")
    Path assessmentFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the artifacts into (created if missing).")
    Path output;

    @Option(names = "--templates", paramLabel = "DIR", description = "Directory whose FreeMarker templates override the bundled ones of the same relative path.")
    Path templates;

    @Option(names = "--page-size", defaultValue = "a4", paramLabel = "SIZE",
            description = "a4 or letter: the paper of the report and runbook PDFs, landscape (default: ${DEFAULT-VALUE}; never taken from the locale, so output stays the same on every machine).")
    PageSize pageSize;

    @Option(names = "--only", split = ",", paramLabel = "PART",
            description = "Write only these parts: terraform, cloudformation, runbooks (Markdown and PDF), report (HTML and PDF); comma-separated (default: all). The other folders of an earlier generation in DIR stay as they were and stay listed in MANIFEST.sha256.")
    List<GeneratedPart> only = List.of(GeneratedPart.values());

    @Option(names = "--force", description = "Write into a non-empty DIR that holds no earlier generation (files of the same name are replaced, others kept).")
    boolean force;

    @Mixin
    SummaryOutput summary;

    @Override
    public Integer call()
    {
        OutputPaths.checkDirectory(spec, "--out", output);
        Console console = new Console(spec.commandLine().getErr(), 2);
        GeneratedArtifacts artifacts;
        try (OutputDirectory directory = OutputDirectory.open(output, force)) {
            console.step("Reading " + assessmentFile);
            Assessment assessment = Stages.readAssessment(assessmentFile);
            console.done(assessment.recommendations().size() + " recommendations, " + assessment.graph().waves().size() + " waves");
            console.step("Generating artifacts into " + output);
            GenerationOptions options = (templates == null ? GenerationOptions.defaults() : GenerationOptions.defaults().withTemplateOverrideDirectory(templates))
                    .withPageSize(pageSize)
                    .withKinds(GeneratedPart.kinds(only));
            StepProgressPrinter progress = new StepProgressPrinter(spec.commandLine().getErr(), ScanProgressPrinter.onTerminal(), "generate", System::nanoTime);
            try {
                new ArtifactGenerator().generate(assessment, directory, options, progress);
            }
            finally {
                progress.finish();
            }
            artifacts = directory.commit();
            console.done(artifacts.files().size() + " files");
        }
        reportRemoved(console, artifacts);
        if (GeneratedPart.includesInfrastructureCode(only)) {
            console.note("checkov: " + ArtifactGenerator.checkovSkips(artifacts) + " checks skipped in the Terraform and CloudFormation where they cannot apply to a migration target, each with its reason beside it");
        }
        summary.print(spec.commandLine().getOut(), SummaryDocuments.artifacts(output, artifacts), out -> artifacts.files().forEach(out::println));
        return ExitCodes.OK;
    }

    /** Names each file of the earlier generation that this one removed, so that nobody looks for it. */
    static void reportRemoved(Console console, GeneratedArtifacts artifacts)
    {
        artifacts.removed().forEach(file -> console.note("removed " + file + ": the earlier generation wrote it, this one does not"));
    }
}
