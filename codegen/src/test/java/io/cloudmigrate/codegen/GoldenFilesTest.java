package io.cloudmigrate.codegen;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compares generated artifacts with the golden copies in {@code src/test/resources/golden}, byte for
 * byte. When a change to the output is intended, regenerate them and review the diff:
 * <pre>
 * ./mvnw -q -B -pl codegen verify -Dtest=GoldenFilesTest -Dcloudmigrate.updateGolden=true
 * </pre>
 */
class GoldenFilesTest
{
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TempDir
    Path output;

    @ParameterizedTest
    @ValueSource(strings = {"terraform/wave-01/main.tf", "terraform/wave-02/main.tf", "runbooks/wave-01.md", "runbooks/wave-02.md", "cloudformation/wave-01-111122223333-eu-west-1.yaml"})
    void matchesTheGoldenCopy(String file)
            throws IOException
    {
        new ArtifactGenerator().generate(AssessmentFixture.assessment(), output, GenerationOptions.defaults());
        Path golden = GOLDEN.resolve(file);
        if (Boolean.getBoolean("cloudmigrate.updateGolden")) {
            Files.createDirectories(golden.getParent());
            Files.copy(output.resolve(file), golden, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(golden).as("golden copy of " + file + "; see this class's comment to create it").exists();
        assertThat(Files.readString(output.resolve(file))).isEqualTo(Files.readString(golden));
    }
}
