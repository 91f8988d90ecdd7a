package io.cloudmigrate.recommend.prior;

import io.cloudmigrate.recommend.internal.ExampleTable;
import io.cloudmigrate.recommend.internal.PriorModel;
import io.cloudmigrate.recommend.internal.TrainingExample;
import io.cloudmigrate.scoring.Strategy;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The committed prior is exactly what the generator writes. To regenerate it after changing the
 * features, the sampling plan or the rules, run this test with {@code -Dcloudmigrate.prior.write=true}
 * and commit the file with a new version if its columns changed.
 */
class PriorDatasetTest
{
    private static final Path COMMITTED = Path.of("src/main/resources/io/cloudmigrate/recommend/prior/" + PriorModel.DATASET);

    @Test
    void committedPriorIsWhatTheSeededGeneratorWrites()
            throws IOException
    {
        String generated = PriorDatasetGenerator.generate();
        if (Boolean.getBoolean("cloudmigrate.prior.write")) {
            Files.createDirectories(COMMITTED.getParent());
            Files.writeString(COMMITTED, generated, StandardCharsets.UTF_8);
        }
        assertThat(PriorDatasetGenerator.generate()).isEqualTo(generated);
        assertThat(Files.readString(COMMITTED, StandardCharsets.UTF_8)).isEqualTo(generated);
    }

    @Test
    void priorHoldsEveryStrategyTheRulesCanChooseAndTheWorkedCases()
    {
        List<TrainingExample> examples = ExampleTable.read(PriorDatasetGenerator.generate(), "generated prior");
        assertThat(examples).hasSizeGreaterThan(PriorDatasetGenerator.ESTATES * PriorDatasetGenerator.RESOURCES_PER_ESTATE - 1);
        assertThat(examples.stream().map(TrainingExample::strategy).distinct())
                .contains(Strategy.RETIRE, Strategy.RETAIN, Strategy.REHOST, Strategy.REPLATFORM, Strategy.REPURCHASE, Strategy.REFACTOR);
        assertThat(examples.stream().map(TrainingExample::source).filter(source -> source.startsWith("worked:")))
                .contains("worked:F1", "worked:B1", "worked:B5", "worked:C1", "worked:G1", "worked:G3", "worked:B4", "worked:E1");
    }
}
