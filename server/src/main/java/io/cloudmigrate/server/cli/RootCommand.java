package io.cloudmigrate.server.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code cloudmigrate}: the parent of every command. Its subcommands are added by {@link CommandLineFactory},
 * which builds only the one a run names.
 */
@Command(
        name = "cloudmigrate",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        usageHelpAutoWidth = true,
        description = {
                "Reads an AWS estate, maps what depends on what, scores the risk of moving each resource, recommends one of the 7 Rs, prices the move, and writes Terraform, CloudFormation, runbooks and a readiness report.",
                "%nTypical flow: scan (or import, or demo) -> flows -> assess -> generate (and graph to draw it)."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:Success.",
                "1:Internal error (a bug; rerun with --verbose and report it).",
                "2:User error: bad flag, missing or malformed input.",
                "3:Finished with warnings and --strict was given.",
                "4:External failure: AWS, network or file system."})
public final class RootCommand
        implements Runnable
{
    @Spec
    CommandSpec spec;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces of errors and more detail on progress.")
    boolean verbose;

    @Override
    public void run()
    {
        throw new ParameterException(spec.commandLine(), "a command is required (scan, import, flows, assess, generate, graph, demo, diff, iam-policy, serve, user, override, model, prices)");
    }
}
