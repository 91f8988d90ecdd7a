package io.cloudmigrate.server.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help that reads well at 80 columns and in a wide terminal: picocli wraps the text, so no text may
 * carry line breaks of its own, and the command list shows one whole sentence per command.
 */
class HelpTextTest
{
    @Test
    void everyCommandHasAOneSentenceSummary()
    {
        for (CommandLine command : CommandLineFactory.create().getSubcommands().values()) {
            String[] header = command.getCommandSpec().usageMessage().header();
            String[] summary = header.length > 0 ? header : command.getCommandSpec().usageMessage().description();
            assertThat(summary).as(command.getCommandName()).isNotEmpty();
            assertThat(summary[0]).as(command.getCommandName()).endsWith(".").doesNotContain(". ");
        }
    }

    @Test
    void noDescriptionBreaksALineInTheMiddleOfASentence()
    {
        CommandLine root = CommandLineFactory.create();
        List<String> paragraphs = new ArrayList<>();
        List<CommandSpec> commands = new ArrayList<>(List.of(root.getCommandSpec()));
        root.getSubcommands().values().forEach(command -> commands.add(command.getCommandSpec()));
        for (CommandSpec command : commands) {
            for (String paragraph : command.usageMessage().description()) {
                paragraphs.add(command.name() + ": " + paragraph);
            }
            for (OptionSpec option : command.options()) {
                for (String paragraph : option.description()) {
                    paragraphs.add(command.name() + " " + option.longestName() + ": " + paragraph);
                }
            }
        }
        assertThat(paragraphs).allSatisfy(paragraph -> assertThat(paragraph.strip().replaceAll("(%n)+$", "")).matches("(?s).*[.):]"));
    }

    @ParameterizedTest
    @ValueSource(ints = {80, 160})
    void theCommandListShowsWholeSentences(int columns)
    {
        String help = help(columns, "--help");

        String list = help.substring(help.indexOf("Commands:\n") + "Commands:\n".length(), help.indexOf("\nExit codes:"));
        List<String> entries = new ArrayList<>();
        for (String line : list.lines().toList()) {
            if (line.startsWith("  ") && !line.startsWith("   ")) {
                entries.add(line.strip());
            }
            else if (!line.isBlank()) {
                entries.set(entries.size() - 1, entries.getLast() + " " + line.strip());
            }
        }
        assertThat(entries).hasSize(CommandLineFactory.create().getSubcommands().size());
        assertThat(entries).allSatisfy(entry -> assertThat(entry).endsWith("."));
        assertThat(entries).anySatisfy(entry -> assertThat(entry).matches("scan +Read AWS accounts live with the AWS SDK into inventory\\.json\\."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"scan", "diff", "iam-policy", "import", "assess", "generate", "demo", "graph"})
    void helpFitsEightyColumns(String command)
    {
        String help = help(80, command, "--help");

        assertThat(help.lines()).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
    }

    private static String help(int columns, String... args)
    {
        StringWriter out = new StringWriter();
        CommandLine commandLine = CommandLineFactory.create();
        commandLine.setUsageHelpWidth(columns);
        commandLine.setOut(new PrintWriter(out, true));
        assertThat(commandLine.execute(args)).isZero();
        return out.toString();
    }
}
