package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.StrategyCost;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.cloudmigrate.recommend.Workloads.ec2;
import static io.cloudmigrate.recommend.Workloads.graph;
import static io.cloudmigrate.recommend.Workloads.inventory;
import static org.assertj.core.api.Assertions.assertThat;

class AssessmentTest
{
    @Test
    void rollsUpCostsWithTheRecommendedStrategyAndCountsUnpricedOnes()
    {
        Resource web = ec2("web").build();
        Resource database = ec2("database").build();
        Resource legacy = ec2("legacy").build();
        List<Resource> resources = List.of(web, database, legacy);
        Assessment assessment = new Assessment(Assessment.SCHEMA_VERSION, "Shop", "2026-11-22", inventory(resources, List.of()), 0, graph(resources, List.of()), List.of(),
                List.of(
                        new CostEstimate(web.id(), 100, 2, List.of(new StrategyCost(Strategy.REHOST, "m6i.large", 90, 500)), "test prices"),
                        new CostEstimate(database.id(), 300, 0, List.of(new StrategyCost(Strategy.REPLATFORM, "RDS", 250, 2_000), new StrategyCost(Strategy.REHOST, "EC2", 300, 800)), "test prices"),
                        new CostEstimate(legacy.id(), 50, 1, List.of(new StrategyCost(Strategy.REHOST, "EC2", 45, 400)), "test prices")),
                List.of(
                        recommendation(web, Strategy.REHOST),
                        recommendation(database, Strategy.REPLATFORM),
                        recommendation(legacy, Strategy.REFACTOR)));

        CostSummary summary = assessment.costSummary(resources.stream().map(Resource::id).toList());

        assertThat(assessment.chosenCost(database.id())).map(StrategyCost::target).contains("RDS");
        assertThat(assessment.chosenCost(legacy.id())).isEmpty();
        assertThat(summary).isEqualTo(new CostSummary(450, 390, 2_500, 3, 1));
    }

    private static Recommendation recommendation(Resource resource, Strategy strategy)
    {
        return new Recommendation(resource.id(), strategy, null, "test", "test", 0.5, List.of());
    }
}
