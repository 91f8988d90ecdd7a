package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.SampleEstate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * A path that cannot be written is refused before any work, naming the path as the user gave it, and
 * errors start on a line of their own.
 */
class OutputPathsTest
{
    @TempDir
    Path directory;

    @Test
    void assessIntoADirectoryIsRefusedBeforeReadingTheInventory()
    {
        CommandRun run = CommandRun.of("assess", "--inventory", directory.resolve("missing.json").toString(), "--out", directory.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).startsWith("cloudmigrate: --out " + directory + ": this is a directory; name the file to write, e.g. "
                + directory.resolve("assessment.json"));
        assertThat(run.err()).doesNotContain("missing.json").doesNotContain(".tmp");
    }

    @Test
    void graphIntoADirectoryIsRefusedBeforeReadingTheAssessment()
    {
        CommandRun run = CommandRun.of("graph", "--assessment", directory.resolve("missing.json").toString(), "--out", directory.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).startsWith("cloudmigrate: --out " + directory + ": this is a directory; name the file to write, e.g. "
                + directory.resolve("graph.dot"));
    }

    @Test
    void aMissingParentDirectoryIsRefusedBeforeImporting()
    {
        Path sample = SampleEstate.extractTo(directory.resolve("sample"));
        Path output = directory.resolve("no-such-folder/inventory.json");

        CommandRun run = CommandRun.of("import", "--aws-cli", sample.toString(), "--out", output.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).startsWith("cloudmigrate: --out " + output + ": the directory " + directory.resolve("no-such-folder") + " does not exist");
        assertThat(run.err()).doesNotContain("[1/2]");
        assertThat(output.getParent()).doesNotExist();
    }

    @Test
    void aParentThatIsAFileIsRefused()
            throws IOException
    {
        Path file = Files.writeString(directory.resolve("notes.txt"), "x");
        Path output = file.resolve("assessment.json");

        CommandRun run = CommandRun.of("assess", "--inventory", directory.resolve("missing.json").toString(), "--out", output.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).startsWith("cloudmigrate: --out " + output + ": " + file + " is a file, not a directory");
    }

    @Test
    void anUnwritableLocationIsRefusedBeforeAnyWork()
            throws IOException
    {
        Path locked = Files.createDirectory(directory.resolve("locked"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("r-xr-xr-x"));
        // root writes through permissions; /sys refuses new files even to root
        Path unwritable = canCreateFileIn(locked) ? Path.of("/sys") : locked;
        assumeThat(canCreateFileIn(unwritable)).as("a directory this user cannot write in").isFalse();
        Path output = unwritable.resolve("assessment.json");

        CommandRun run = CommandRun.of("assess", "--inventory", directory.resolve("missing.json").toString(), "--out", output.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).startsWith("cloudmigrate: --out " + output + ": cannot write in " + unwritable).doesNotContain("missing.json");
    }

    @Test
    void importFromAFileSaysItIsAFileAndWhatIsExpected()
            throws IOException
    {
        Path file = Files.writeString(directory.resolve("ec2-describe-instances.json"), "{}");

        CommandRun run = CommandRun.of("import", "--aws-cli", file.toString(), "--out", directory.resolve("inventory.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).startsWith("cloudmigrate: --aws-cli " + file + ": this is a file; give the directory")
                .contains("DIR/<region>/<service>-<operation>.json")
                .doesNotContain("no such directory");
    }

    @Test
    void anErrorStartsOnALineOfItsOwnAfterAProgressLine()
    {
        Path missing = directory.resolve("missing.json");

        CommandRun run = CommandRun.of("assess", "--inventory", missing.toString(), "--out", directory.resolve("assessment.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.USER_ERROR);
        assertThat(run.err()).startsWith("[1/4] Reading " + missing + " ... \ncloudmigrate: " + missing);
        assertThat(run.err().lines()).allMatch(line -> line.startsWith("cloudmigrate: ") || !line.contains("cloudmigrate: "));
    }

    private static boolean canCreateFileIn(Path directory)
    {
        try {
            Files.delete(Files.createTempFile(directory, "probe", ".tmp"));
            return true;
        }
        catch (IOException | UnsupportedOperationException e) {
            return false;
        }
    }
}
