package io.cloudmigrate.codegen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands the demo's runbooks give for their validation steps are shell a night shift can paste. */
class DemoRunbookCommandsTest
{
    private static final Pattern COMMAND = Pattern.compile(" Run `([^`]+)`; expect ");

    @TempDir
    static Path sample;
    @TempDir
    static Path output;

    @BeforeAll
    static void generate()
    {
        DemoArtifacts.generate(sample, output);
    }

    @Test
    void everyCommandOfAValidationStepIsValidShell()
            throws IOException, InterruptedException
    {
        List<String> commands = commands();
        assertThat(commands).hasSizeGreaterThan(20);
        for (String command : commands) {
            Process process = new ProcessBuilder("sh", "-n", "-c", command).redirectErrorStream(true).start();
            String errors = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(command + "\n" + errors).isZero();
        }
    }

    @Test
    void checksAReplicasPathToItsPrimaryOnceWithBothItsEvidence()
            throws IOException
    {
        String runbook = Files.readString(output.resolve("runbooks/wave-02-storefront.md"));
        assertThat(runbook).containsOnlyOnce("Check that storefront-db-replica-1 reaches storefront-db")
                .contains("Check that storefront-db-replica-1 reaches storefront-db on tcp/5432 (observed tcp/5432, 24 flows, 2.2 MB; configured: read replica of storefront-db).");
    }

    @Test
    void checksNoPathTwiceInTheStepsOfOneResource()
            throws IOException
    {
        for (String runbook : runbooks()) {
            for (String section : runbook.split("\n### ")) {
                List<String> paths = section.lines()
                        .filter(line -> line.matches("\\d+\\. Check that .*"))
                        .map(line -> line.substring(line.indexOf(". ") + 2, line.indexOf(" (")))
                        .toList();
                assertThat(paths).doesNotHaveDuplicates();
            }
        }
    }

    private static List<String> commands()
            throws IOException
    {
        List<String> commands = new ArrayList<>();
        for (String runbook : runbooks()) {
            Matcher matcher = COMMAND.matcher(runbook);
            while (matcher.find()) {
                commands.add(matcher.group(1));
            }
        }
        return commands;
    }

    private static List<String> runbooks()
            throws IOException
    {
        List<String> runbooks = new ArrayList<>();
        try (Stream<Path> files = Files.list(output.resolve("runbooks"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                runbooks.add(Files.readString(file));
            }
        }
        return runbooks;
    }
}
