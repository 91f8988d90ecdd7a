package io.cloudmigrate.codegen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * checkov over the generated Terraform and CloudFormation of the demo and of the cloudmapper demo
 * account: no failed check, and exactly the
 * skips the generator wrote from its committed list (each with its reason), so that no check is
 * silenced any other way. checkov is found as {@code CLOUDMIGRATE_CHECKOV} (CI installs it in a
 * virtual environment of its own) or on PATH.
 */
class CheckovTest
{
    private static final Pattern SUMMARY = Pattern.compile("Passed checks: (\\d+), Failed checks: (\\d+), Skipped checks: (\\d+)");

    @TempDir
    static Path sample;

    @TempDir
    static Path generated;

    @BeforeAll
    static void generate()
    {
        DemoArtifacts.generate(sample, generated.resolve("demo"));
        DemoArtifacts.generateCloudMapper(generated.resolve("cloudmapper"));
    }

    @ParameterizedTest
    @CsvSource({"demo, terraform", "demo, cloudformation", "cloudmapper, terraform", "cloudmapper, cloudformation"})
    void passesEveryCheckItDoesNotSkipWithAReason(String estate, String framework)
            throws IOException, InterruptedException
    {
        Path checkov = ExternalTools.require("checkov");
        Path output = generated.resolve(estate);
        // --skip-download: no guidelines from the network, which CI does not have
        ExternalTools.Result result = ExternalTools.run(output, List.of(checkov.toString(), "--directory", framework, "--framework", framework,
                "--compact", "--quiet", "--skip-download"));
        Matcher summary = SUMMARY.matcher(result.output());

        assertThat(summary.find()).as("checkov's summary in: %s", result.output()).isTrue();
        assertThat(Integer.parseInt(summary.group(2))).as("failed checks: %s", result.output()).isZero();
        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(Integer.parseInt(summary.group(1))).as("passed checks").isGreaterThan(40);
        assertThat(Long.parseLong(summary.group(3))).as("skipped checks, one per skip the generator wrote")
                .isEqualTo(ArtifactGenerator.checkovSkips(artifacts(output, framework)));
    }

    private static GeneratedArtifacts artifacts(Path output, String framework)
            throws IOException
    {
        try (Stream<Path> files = Files.walk(output.resolve(framework))) {
            return new GeneratedArtifacts(output, files.filter(Files::isRegularFile).map(file -> output.relativize(file).toString()).sorted().toList());
        }
    }
}
