package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A per-resource file (here a CloudWatch metric file) that is cut short is named in a warning with its
 * line, and every other file of the estate is still read: the check that streams over the file when its
 * folder is loaded finds it, before any reader asks for its content.
 */
class TruncatedMetricFileTest
{
    private static final String METRICS = "eu-west-1/cloudwatch-get-metric-data/arn%3Aaws%3Aec2%3Aeu-west-1%3A111111111111%3Ainstance%2Fi-061cb271a54f600d9";
    private static final String INSTANCE = "arn:aws:ec2:eu-west-1:111111111111:instance/i-061cb271a54f600d9";

    @Test
    void namesTheTruncatedFileAndReadsTheRest(@TempDir Path directory)
            throws IOException
    {
        assumeTrue(SampleEstate.isBundled(), "the sample estate is not generated yet");
        Path estate = SampleEstate.extractTo(directory.resolve("sample"));
        Inventory whole = AwsCliImporter.importDirectory(estate);
        Path file = estate.resolve("production-111111111111").resolve(METRICS);
        String content = Files.readString(file);
        Files.writeString(file, content.substring(0, content.length() / 2));

        Inventory inventory = AwsCliImporter.importDirectory(estate);

        assertThat(warnings(inventory, "MalformedFile")).singleElement().satisfies(warning -> {
            assertThat(warning.input()).isEqualTo("production-111111111111/" + METRICS);
            assertThat(warning.message()).startsWith("production-111111111111/" + METRICS + " is not valid JSON at line ")
                    .contains("the file was skipped and the rest of the estate was read");
        });
        assertThat(whole.utilization()).anyMatch(utilization -> utilization.resourceId().equals(INSTANCE));
        assertThat(inventory.utilization()).containsExactlyElementsOf(whole.utilization().stream()
                .filter(utilization -> !utilization.resourceId().equals(INSTANCE)).toList());
        assertThat(inventory.resources()).isEqualTo(whole.resources());
    }
}
