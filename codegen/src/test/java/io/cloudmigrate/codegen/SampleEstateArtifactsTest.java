package io.cloudmigrate.codegen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled sample estate exercises more of the templates than any hand-built fixture: its
 * artifacts must pass the validators their consumers run.
 */
class SampleEstateArtifactsTest
{
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
    void cloudFormationPassesCfnLint()
            throws IOException, InterruptedException
    {
        Path cfnLint = ExternalTools.require("cfn-lint");
        List<String> command = new ArrayList<>(List.of(cfnLint.toString(), "--"));
        command.addAll(files("cloudformation", ".yaml"));
        assertThat(command).hasSizeGreaterThan(2);

        ExternalTools.Result result = ExternalTools.run(output, command);

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void terraformIsFormattedAndValid()
            throws IOException, InterruptedException
    {
        ExternalTools.assertTerraformFormatted(output.resolve("terraform"));

        List<String> waves = files("terraform", "").stream().filter(path -> !path.endsWith(".md")).toList();
        assertThat(waves).isNotEmpty();
        for (String wave : waves) {
            ExternalTools.assertTerraformValid(output.resolve(wave));
        }
    }

    /** Entries of a folder of the output, relative to it, sorted; files ending in {@code suffix}, or folders when it is empty. */
    private static List<String> files(String folder, String suffix)
            throws IOException
    {
        try (Stream<Path> entries = Files.list(output.resolve(folder))) {
            return entries
                    .filter(path -> suffix.isEmpty() ? Files.isDirectory(path) : path.getFileName().toString().endsWith(suffix))
                    .map(path -> output.relativize(path).toString())
                    .sorted()
                    .toList();
        }
    }
}
