package io.cloudmigrate.codegen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The runbook index of the hand-made storefront estate lists its two waves in order, with owners and sign-off. */
class RunbookIndexTest
{
    @TempDir
    static Path output;

    @BeforeAll
    static void generate()
    {
        new ArtifactGenerator().generate(AssessmentFixture.assessment(), output, GenerationOptions.defaults());
    }

    @Test
    void listsTheWavesWithTheirDependenciesAndTheOwnersTheirTagsName()
            throws IOException
    {
        assertThat(index())
                .contains("| Wave | Resources | Depends on waves | Owners | Runbooks |\n|---|---|---|---|---|\n"
                        // the API and legacy-batch name no owner; orders-db and the bucket name their teams
                        + "| 01 | 4 | none | orders, storefront (2 members untagged) | 1 |\n"
                        // web-1 reads orders-db, which wave 1 moves
                        + "| 02 | 3 | 01 | storefront (1 members untagged) | 1 |\n");
    }

    @Test
    void givesEachWaveItsSignOffTable()
            throws IOException
    {
        assertThat(index())
                .contains("### Wave 01\n\n| Role | Name | Decision | Date | Signature |\n|---|---|---|---|---|\n| Wave owner (orders, storefront) | | | | |\n")
                .contains("### Wave 02\n\n| Role | Name | Decision | Date | Signature |\n|---|---|---|---|---|\n| Wave owner (storefront) | | | | |\n");
    }

    private static String index()
            throws IOException
    {
        return Files.readString(output.resolve("runbooks/README.md"));
    }
}
