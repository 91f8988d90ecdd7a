package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.templates.Templates;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Writes {@code cloudformation/wave-NN.yaml} for every wave.
 */
public final class CloudFormationWriter
{
    private final FreemarkerRenderer renderer;

    public CloudFormationWriter(FreemarkerRenderer renderer)
    {
        this.renderer = requireNonNull(renderer, "renderer is null");
    }

    public void write(EstateIndex index, List<Targets.Wave> waves, ArtifactFiles files)
    {
        for (Targets.Wave wave : waves) {
            CloudFormationModel model = CloudFormationModel.of(index, wave);
            files.write("cloudformation/wave-" + wave.label() + ".yaml", renderer.render(Templates.CLOUDFORMATION_WAVE, model));
        }
    }
}
