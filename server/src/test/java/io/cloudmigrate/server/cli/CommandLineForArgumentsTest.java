package io.cloudmigrate.server.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command line built for one run holds only the command the run names, and says everything exactly as the
 * whole tree does: help, errors, suggestions and exit codes.
 */
class CommandLineForArgumentsTest
{
    @Test
    void buildsOnlyTheCommandTheArgumentsName()
    {
        assertThat(CommandLineFactory.forArguments("flows", "--out", "traffic.json", "flows.log").getSubcommands()).containsOnlyKeys("flows");
        assertThat(CommandLineFactory.forArguments("--verbose", "model", "train").getSubcommands()).containsOnlyKeys("model");
        assertThat(CommandLineFactory.forArguments("model", "train").getSubcommands().get("model").getSubcommands()).containsKeys("train", "evaluate");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "help", "flws", "unknown", "--verbose", "-V"})
    void buildsEveryCommandWhenTheArgumentsNameNone(String first)
    {
        assertThat(CommandLineFactory.forArguments(first).getSubcommands().keySet()).containsExactlyElementsOf(CommandLineFactory.COMMAND_NAMES);
    }

    @Test
    void namesEveryCommandAsItsAnnotationDoes()
    {
        // picocli keys a subcommand by the name on its class, so a name mapped to the wrong class would show here.
        assertThat(CommandLineFactory.create().getSubcommands().keySet()).containsExactlyElementsOf(CommandLineFactory.COMMAND_NAMES);
        for (String name : CommandLineFactory.COMMAND_NAMES) {
            CommandLine alone = CommandLineFactory.forArguments(name, "--help");
            assertThat(alone.getSubcommands().get(name)).as(name).isNotNull();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"flows --help", "flows -h", "--verbose flows --help", "flows --help --verbose", "--help", "help flows", "model --help",
            "model train --help", "model trian", "flows --out", "flows --bogus", "flows --out traffic.json --output yaml x.log", "FLOWS --help"})
    void saysWhatTheWholeTreeSays(String arguments)
    {
        String[] split = arguments.split(" ");

        CommandRun launched = CommandRun.asLaunched(split);

        assertThat(launched).isEqualTo(CommandRun.of(split));
    }

    @Test
    void printsTheHelpOfFlowsWithTheInheritedVerboseOption()
    {
        CommandRun run = CommandRun.asLaunched("flows", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Aggregate VPC flow logs into traffic.json.\nUsage: cloudmigrate flows [-hV] [--from-aws] [--strict] [--verbose]");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void listsEveryCommandInTheHelpOfCloudmigrate()
    {
        CommandRun run = CommandRun.asLaunched("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: cloudmigrate").contains("\nCommands:\n");
        for (String name : CommandLineFactory.COMMAND_NAMES) {
            assertThat(run.out()).containsPattern("\n  " + name + " ");
        }
    }

    @Test
    void refusesAnUnknownCommandAndSuggestsOne()
    {
        CommandRun run = CommandRun.asLaunched("unknown");

        assertThat(run).isEqualTo(new CommandRun(2, "", """
                cloudmigrate: Unmatched argument at index 0: 'unknown'
                Did you mean: cloudmigrate flows?
                Run 'cloudmigrate --help' for usage.
                """));
    }

    @Test
    void suggestsTheCommandAMisspeltOneMeant()
    {
        CommandRun run = CommandRun.asLaunched("flws", "--out", "traffic.json", "flows.log");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("cloudmigrate: Unmatched arguments from index 0: 'flws', '--out', 'traffic.json', 'flows.log'\nDid you mean: cloudmigrate flows?\n")
                .endsWith("Run 'cloudmigrate --help' for usage.\n");
    }

    @Test
    void namesTheFlowsCommandInAnErrorOfItsOptions()
    {
        CommandRun run = CommandRun.asLaunched("flows", "--out");

        assertThat(run).isEqualTo(new CommandRun(2, "", """
                cloudmigrate: Missing required parameter for option '--out' (FILE)
                Run 'cloudmigrate flows --help' for usage.
                """));
    }
}
