package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.templates.Templates;

import java.util.List;

import static java.util.Objects.requireNonNull;

/**
 * Writes {@code cloudformation/wave-NN-<account>-<region>.yaml} for every wave and every source account and
 * Region among its members: a stack reaches one account and Region only.
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
            for (Placement placement : wave.memberPlacements()) {
                CloudFormationModel model = CloudFormationModel.of(index, wave.in(placement), placement);
                files.write(path(wave.label(), placement), renderer.render(Templates.CLOUDFORMATION_WAVE, model));
            }
        }
    }

    /** Where the template of a wave's sources in one account and Region goes; runbooks name it too. */
    public static String path(String waveLabel, Placement placement)
    {
        return "cloudformation/" + stackName(waveLabel, placement) + ".yaml";
    }

    /**
     * The stack name the templates assume by default for the stacks they import from (a parameter, so
     * a team may choose others): the template's file name without {@code .yaml}.
     */
    public static String stackName(String waveLabel, Placement placement)
    {
        return "wave-" + waveLabel + "-" + placement.stackSuffix();
    }
}
