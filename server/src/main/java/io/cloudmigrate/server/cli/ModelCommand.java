package io.cloudmigrate.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code cloudmigrate model}: train an organisation's strategy model, or evaluate one.
 */
@Command(
        name = "model",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Train or evaluate the model that ranks the 7 Rs.",
        subcommands = {ModelTrainCommand.class, ModelEvaluateCommand.class})
public final class ModelCommand
        implements Runnable
{
    @Spec
    CommandSpec spec;

    @Override
    public void run()
    {
        throw new ParameterException(spec.commandLine(), "a subcommand is required: train or evaluate");
    }
}
