package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.templates.Templates;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Writes {@code terraform/wave-NN/{versions,variables,main,outputs}.tf} for every wave, and
 * {@code terraform/README.md} explaining the waves and their inputs.
 */
public final class TerraformWriter
{
    /** What the README template reads. */
    public record Readme(String estateName, String assessmentName, String asOf, List<TerraformModel> waves)
    {
        public Readme
        {
            waves = List.copyOf(waves);
        }
    }

    private final FreemarkerRenderer renderer;

    public TerraformWriter(FreemarkerRenderer renderer)
    {
        this.renderer = requireNonNull(renderer, "renderer is null");
    }

    public void write(EstateIndex index, List<Targets.Wave> waves, ArtifactFiles files)
    {
        List<TerraformModel> models = waves.stream().map(wave -> TerraformModel.of(index, wave)).toList();
        for (TerraformModel model : models) {
            String directory = "terraform/wave-" + model.wave().label() + "/";
            files.write(directory + "versions.tf", renderer.render(Templates.TERRAFORM_VERSIONS, model));
            files.write(directory + "variables.tf", renderer.render(Templates.TERRAFORM_VARIABLES, model));
            files.write(directory + "main.tf", renderer.render(Templates.TERRAFORM_MAIN, model));
            files.write(directory + "outputs.tf", renderer.render(Templates.TERRAFORM_OUTPUTS, model));
        }
        Assessment assessment = index.assessment();
        files.write("terraform/README.md", renderer.render(Templates.TERRAFORM_README,
                new Readme(assessment.inventory().name(), assessment.name(), assessment.asOf(), models)));
    }
}
