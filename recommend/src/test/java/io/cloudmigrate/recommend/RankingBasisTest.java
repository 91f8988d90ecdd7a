package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.RiskModel;
import io.cloudmigrate.scoring.Strategy;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static io.cloudmigrate.recommend.Workloads.cpu;
import static io.cloudmigrate.recommend.Workloads.ec2;
import static io.cloudmigrate.recommend.Workloads.graph;
import static io.cloudmigrate.recommend.Workloads.inventory;
import static io.cloudmigrate.recommend.Workloads.memory;
import static io.cloudmigrate.recommend.Workloads.rds;
import static io.cloudmigrate.recommend.Workloads.usage;
import static org.assertj.core.api.Assertions.assertThat;

/** An assessment says what its ranking optimised for, which model ranked it, and which recommendations a reviewer replaced. */
class RankingBasisTest
{
    private static final BusinessGoals SPEED_FIRST = new BusinessGoals(5, 1, 2, 1);

    private final Resource web = ec2("web").build();
    private final Resource orders = rds("orders", "postgres", "16.4");
    private final Inventory inventory = inventory(List.of(web, orders), List.of(usage(web, cpu(40, 60), memory(50)), usage(orders, cpu(30, 50))));
    private final GraphAnalysis graph = graph(List.of(web, orders), List.of());

    private Assessment assess(Recommender recommender)
    {
        return new Assessor(RiskModel.create(), CostModel.create(), recommender).assess(inventory, graph, 0, AssessOptions.DEFAULT.withGoals(SPEED_FIRST));
    }

    @Test
    void recordsTheGoalsAndThePriorModelWithItsHash()
    {
        RankingModel prior = RankingModel.prior();

        Assessment assessment = assess(prior.recommender(DecisionLog.EMPTY));

        assertThat(assessment.ranking().goals()).isEqualTo(SPEED_FIRST);
        assertThat(assessment.ranking().model().kind()).isEqualTo(ModelProvenance.PRIOR);
        assertThat(assessment.ranking().model().sha256()).isEqualTo(prior.provenanceHash());
        assertThat(assessment.ranking().model().decisions()).isZero();
        assertThat(assessment.ranking().overrides()).isZero();
        assertThat(assessment.recommendations()).allSatisfy(recommendation ->
                assertThat(recommendation.evidence()).contains("model=prior:" + prior.provenanceHash().substring(0, 12)));
    }

    @Test
    void recordsAnOrganisationModelAndTheOverridesItsDecisionsMade()
    {
        Assessment before = assess(RankingModel.prior().recommender(DecisionLog.EMPTY));
        StrategyDecision decision = RankingModel.decide(before, SPEED_FIRST, orders.id(), Strategy.REHOST, "EC2 with PostgreSQL 16", "needs an extension RDS lacks",
                "dana", Instant.parse("2026-11-23T10:00:00Z"));
        DecisionLog decisions = DecisionLog.EMPTY.append(decision);
        RankingModel organisation = RankingModel.train(decisions);

        Assessment after = assess(organisation.recommender(decisions));

        assertThat(after.ranking().model().kind()).isEqualTo(ModelProvenance.ORGANISATION);
        assertThat(after.ranking().model().decisions()).isEqualTo(1);
        assertThat(after.ranking().model().sha256()).isEqualTo(organisation.provenanceHash()).isNotEqualTo(RankingModel.prior().provenanceHash());
        assertThat(after.ranking().overrides()).isEqualTo(1);
        Recommendation overridden = after.recommendation(orders.id()).orElseThrow();
        assertThat(overridden.override().by()).isEqualTo("dana");
        assertThat(overridden.override().reason()).isEqualTo("needs an extension RDS lacks");
        assertThat(overridden.evidence()).contains("model=organisation:" + organisation.provenanceHash().substring(0, 12));
    }

    @Test
    void theRulesAloneRecordNoModel()
    {
        Assessment assessment = assess(Recommender.ruleBased());

        assertThat(assessment.ranking().goals()).isEqualTo(SPEED_FIRST);
        assertThat(assessment.ranking().model()).isNull();
    }
}
