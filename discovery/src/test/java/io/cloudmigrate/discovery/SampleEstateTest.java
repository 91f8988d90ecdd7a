package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class SampleEstateTest
{
    @Test
    void extractsAnEstateTheImporterReadsWithoutMalformedFiles(@TempDir Path directory)
    {
        assumeTrue(SampleEstate.isBundled(), "the sample estate is not generated yet");

        Path estate = SampleEstate.extractTo(directory.resolve("sample"));
        Inventory inventory = AwsCliImporter.importDirectory(estate);

        assertThat(inventory.resources()).isNotEmpty();
        assertThat(warnings(inventory, "MalformedFile")).isEmpty();
        assertThat(warnings(inventory, "UnexpectedShape")).isEmpty();
    }

    @Test
    void refusesToExtractWhenTheBuildLacksTheSample(@TempDir Path directory)
    {
        assumeFalse(SampleEstate.isBundled(), "the sample estate is bundled");

        assertThatThrownBy(() -> SampleEstate.extractTo(directory))
                .isInstanceOfSatisfying(CloudMigrateException.class,
                        exception -> assertThat(exception.errorCode()).isEqualTo(DiscoveryErrorCode.INTERNAL_ERROR))
                .hasMessageContaining("index.txt");
    }
}
