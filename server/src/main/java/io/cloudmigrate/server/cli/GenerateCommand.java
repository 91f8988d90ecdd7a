package io.cloudmigrate.server.cli;

import io.cloudmigrate.codegen.ArtifactGenerator;
import io.cloudmigrate.codegen.GeneratedArtifacts;
import io.cloudmigrate.codegen.GenerationOptions;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.server.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
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
                "Writes the migration artifacts of an assessment: terraform/wave-NN/*.tf, cloudformation/wave-NN-<account>-<region>.yaml, runbooks/wave-NN.md and report/readiness-report.{html,pdf}. Output is byte-identical for the same assessment."})
public final class GenerateCommand
        implements Callable<Integer>
{
    @Spec
    CommandSpec spec;

    @Option(names = "--assessment", required = true, paramLabel = "FILE", description = "assessment.json written by 'assess'.")
    Path assessmentFile;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write the artifacts into.")
    Path output;

    @Option(names = "--templates", paramLabel = "DIR", description = "Directory whose FreeMarker templates override the bundled ones of the same relative path.")
    Path templates;

    @Override
    public Integer call()
    {
        Console console = new Console(spec.commandLine().getErr(), 2);
        console.step("Reading " + assessmentFile);
        Assessment assessment = Stages.readAssessment(assessmentFile);
        console.done(assessment.recommendations().size() + " recommendations, " + assessment.graph().waves().size() + " waves");
        console.step("Generating artifacts into " + output);
        GenerationOptions options = templates == null ? GenerationOptions.defaults() : GenerationOptions.defaults().withTemplateOverrideDirectory(templates);
        GeneratedArtifacts artifacts = new ArtifactGenerator().generate(assessment, output, options);
        console.done(artifacts.files().size() + " files");
        artifacts.files().forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }
}
