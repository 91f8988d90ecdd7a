package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.scoring.Strategy;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StrategyModelTest
{
    @Test
    void probabilitiesFromTheWeightsAreTribuosOwnPrediction()
    {
        StrategyModel model = PriorModel.model();
        List<TrainingExample> examples = PriorModel.examples();
        for (int index = 0; index < examples.size(); index += 7) {
            double[] features = examples.get(index).features();
            assertThat(model.probabilities(features)).as("example %d (%s)", index, examples.get(index).source())
                    .containsExactly(model.tribuoProbabilities(features), within(1e-12));
        }
    }

    @Test
    void aModelReadBackPredictsWhatItsOriginalPredicted()
    {
        StrategyModel model = PriorModel.model();
        StrategyModel read = StrategyModel.deserialize(model.serialize(), model.provenanceHash(), model.trainerDescription(), model.exampleCount());
        double[] features = PriorModel.examples().getFirst().features();
        assertThat(read.probabilities(features)).containsExactly(model.probabilities(features));
    }

    @Test
    void contributionsAreTheStrategysWeightAgainstTheMeanTimesTheValue()
    {
        StrategyModel model = PriorModel.model();
        double[] features = PriorModel.examples().getFirst().features();
        double[] doubled = features.clone();
        for (int index = 0; index < doubled.length; index++) {
            doubled[index] *= 2;
        }
        double[] contributions = model.contributions(features, Strategy.REPLATFORM);
        double[] doubledContributions = model.contributions(doubled, Strategy.REPLATFORM);
        for (int index = 0; index < features.length; index++) {
            assertThat(doubledContributions[index]).isCloseTo(2 * contributions[index], within(1e-12));
            if (features[index] == 0) {
                assertThat(contributions[index]).isZero();
            }
        }
        assertThat(java.util.Arrays.stream(contributions).map(Math::abs).max().orElse(0)).isGreaterThan(0.05);
    }
}
