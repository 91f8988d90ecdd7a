package io.cloudmigrate.server.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class CommandErrorsTest
{
    @TempDir
    Path directory;

    @Test
    void missingInventoryNamesTheFileAndExitsWithUserError()
    {
        Path missing = directory.resolve("nope.json");

        CommandRun run = CommandRun.of("assess", "--inventory", missing.toString(), "--out", directory.resolve("a.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains(missing.toString()).contains("no such file").doesNotContain("\tat ");
    }

    @Test
    void malformedJsonNamesThePathAndLine()
            throws IOException
    {
        Path broken = directory.resolve("inventory.json");
        Files.writeString(broken, "{\n  \"schemaVersion\": 1,\n  \"name\": \"x\",\n  oops\n}\n");

        CommandRun run = CommandRun.of("assess", "--inventory", broken.toString(), "--out", directory.resolve("a.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains(broken + ":4:").contains("malformed JSON").doesNotContain("\tat ");
    }

    @Test
    void anAssessmentOfTheOldSchemaAsksToRerunAssess()
            throws IOException
    {
        // Version 1 held every allowed pair (graph.allowedNotObserved); it is refused before being read whole.
        Path old = directory.resolve("assessment.json");
        Files.writeString(old, "{\n  \"schemaVersion\": 1,\n  \"name\": \"x\",\n  \"graph\": {\"allowedNotObserved\": []}\n}\n");

        for (String command : new String[] {"generate", "graph"}) {
            CommandRun run = command.equals("generate")
                    ? CommandRun.of("generate", "--assessment", old.toString(), "--out", directory.resolve("out").toString())
                    : CommandRun.of("graph", "--assessment", old.toString(), "--format", "dot");

            assertThat(run.exitCode()).as(command).isEqualTo(ExitCodes.USER_ERROR);
            assertThat(run.err()).as(command).contains(old + ": assessment schema version 1").contains("Re-run `cloudmigrate assess`").doesNotContain("\tat ");
        }
    }

    @Test
    void verbosePrintsTheStackTrace()
    {
        CommandRun run = CommandRun.of("--verbose", "assess", "--inventory", directory.resolve("nope.json").toString(), "--out", directory.resolve("a.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("\tat ");
    }

    @Test
    void unknownFlagIsAUserErrorWithAHint()
    {
        CommandRun run = CommandRun.of("demo", "--out", directory.toString(), "--outt", "x");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("Unknown option").contains("'--outt'").contains("Possible solutions: --out").contains("--help");
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    void newerSchemaVersionIsRefusedWithAnUpgradeHint()
            throws IOException
    {
        Path future = directory.resolve("inventory.json");
        Files.writeString(future, "{\"schemaVersion\": 99}\n");

        CommandRun run = CommandRun.of("assess", "--inventory", future.toString(), "--out", directory.resolve("a.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("schema version 99").contains("upgrade");
    }

    @Test
    void everyCommandHasHelp()
    {
        for (String command : new String[] {"import", "flows", "assess", "generate", "demo"}) {
            CommandRun run = CommandRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: cloudmigrate " + command);
        }
    }

    @Test
    void badGoalsAreRejectedWithTheReason()
    {
        CommandRun run = CommandRun.of("assess", "--inventory", "i.json", "--out", "a.json", "--goals", "3,9,3,3");

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).contains("outside 1 to 5");
    }
}
