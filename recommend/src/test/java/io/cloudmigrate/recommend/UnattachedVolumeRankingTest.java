package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.RiskModel;
import io.cloudmigrate.scoring.Strategy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.cloudmigrate.recommend.Workloads.graph;
import static io.cloudmigrate.recommend.Workloads.inventory;
import static io.cloudmigrate.recommend.Workloads.unattachedVolume;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default assessment ranks EBS volumes attached to nothing with the model trained on the prior, and the
 * model has learnt the rules' B3 and C1 for them: before the prior held volumes, it read one as an S3
 * bucket, and a volume without owner tags or creation date came out Retain first (0.56), overriding B3.
 */
class UnattachedVolumeRankingTest
{
    private final Resource spare = unattachedVolume("vol-spare", Workloads.OWNED);
    private final Resource held = unattachedVolume("vol-evidence", Map.of("owner", "legal", "app", "case-42", "legal-hold", "2026-case-42"));
    // DescribeVolumes always reports a creation time, but an imported inventory may not have one
    private final Resource orphan = new Resource("arn:aws:ec2:us-east-1:111122223333:volume/vol-orphan", ResourceType.EBS_VOLUME, "111122223333", "us-east-1",
            "vol-orphan", Map.of(), NetworkPlacement.NONE, new ResourceDetails.UnattachedVolume("vol-orphan", "gp3", 100, 3000, 125, true, "us-east-1a", "available",
            null, null));
    private final Inventory inventory = inventory(List.of(spare, held, orphan), List.of());
    private final GraphAnalysis graph = graph(List.of(spare, held, orphan), List.of());

    /** As {@code cloudmigrate assess} without {@code --model}: the prior's model and no decisions. */
    private Assessment assess()
    {
        return new Assessor(RiskModel.create(), CostModel.create(), RankingModel.prior().recommender(DecisionLog.EMPTY)).assess(inventory, graph, 0, AssessOptions.DEFAULT);
    }

    @Test
    void modelRanksRetireFirstForAVolumeAttachedToNothing()
    {
        Assessment assessment = assess();
        for (Resource volume : List.of(spare, orphan)) {
            assertRankedRetire(assessment.recommendation(volume.id()).orElseThrow());
        }
    }

    private static void assertRankedRetire(Recommendation recommendation)
    {
        assertThat(recommendation.strategy()).as(recommendation.resourceId()).isEqualTo(Strategy.RETIRE);
        assertThat(recommendation.ruleId()).isEqualTo("B3");
        assertThat(recommendation.baseline().differs()).isFalse();
        // the model's own ranking, nothing excluded by the hard constraints: Retire is first on its probability
        assertThat(recommendation.ranking().getFirst().strategy()).isEqualTo(Strategy.RETIRE);
        assertThat(recommendation.ranking()).allSatisfy(entry -> assertThat(entry.excludedBecause()).isNull());
        assertThat(recommendation.confidence()).isGreaterThan(0.5);
        assertThat(recommendation.explanation()).anySatisfy(line -> assertThat(line).contains("EBS volume attached to nothing"));
    }

    @Test
    void modelRanksRetainFirstForAVolumeUnderALegalHold()
    {
        Recommendation recommendation = assess().recommendation(held.id()).orElseThrow();

        assertThat(recommendation.strategy()).isEqualTo(Strategy.RETAIN);
        assertThat(recommendation.ruleId()).isEqualTo("C1");
        assertThat(recommendation.baseline().differs()).isFalse();
        assertThat(recommendation.ranking().getFirst().strategy()).isEqualTo(Strategy.RETAIN);
        assertThat(recommendation.ranking()).filteredOn(entry -> entry.strategy() == Strategy.RETIRE)
                .singleElement().satisfies(entry -> assertThat(entry.excludedBecause()).contains("tagged legal-hold=2026-case-42"));
        assertThat(recommendation.confidence()).isGreaterThan(0.5);
    }
}
