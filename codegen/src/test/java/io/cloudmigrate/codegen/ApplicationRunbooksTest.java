package io.cloudmigrate.codegen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The cluster estate's ledger database cluster carries the tag {@code app=ledger}: it gets a runbook of
 * its own beside the wave's, and the index lists both.
 */
class ApplicationRunbooksTest
{
    @TempDir
    static Path output;

    @BeforeAll
    static void generate()
    {
        new ArtifactGenerator().generate(ClusterEstateFixture.assessment(), output, GenerationOptions.defaults());
    }

    @Test
    void writesARunbookPerApplicationBesideTheWavesRunbook()
            throws IOException
    {
        String application = Files.readString(output.resolve("runbooks/wave-01-ledger.md"));
        assertThat(application)
                .startsWith("# Wave 01 runbook, application ledger: Cluster estate\n")
                .contains("### 1. ledger\n")
                .contains("## Connectivity checks\n")
                .contains("## Sign-off\n");
        assertThat(output.resolve("runbooks/wave-01-ledger.pdf")).isNotEmptyFile();
    }

    @Test
    void listsTheApplicationRunbooksInTheWavesRunbookAndTheIndex()
            throws IOException
    {
        assertThat(Files.readString(output.resolve("runbooks/wave-01.md")))
                .contains("## Application runbooks\n")
                .containsPattern("\\| ledger \\| \\d+ \\| [^|]+ \\| `wave-01-ledger.md` \\|");
        assertThat(Files.readString(output.resolve("runbooks/README.md")))
                .contains("| 01 | (wave runbook) |")
                .containsPattern("\\| 01 \\| ledger \\| \\d+ \\| `wave-01-ledger.md` \\|")
                .contains("Every runbook is also a PDF of the same name.");
    }
}
