package io.cloudmigrate.codegen;

import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.CommittedCost;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.StrategyCost;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The readiness report shows the committed run-rate beside the on-demand one when the price list has Reserved offers or Savings Plans rates. */
class ReportCommittedCostTest
{
    @TempDir
    Path output;

    @Test
    void showsTheRunRateWithTheBestReservedOffersBesideOnDemand()
            throws IOException
    {
        Assessment fixture = AssessmentFixture.assessment();
        Recommendation priced = fixture.recommendations().stream()
                .filter(recommendation -> fixture.chosenCost(recommendation.resourceId()).filter(cost -> cost.targetMonthlyUsd() > 50).isPresent())
                .findFirst()
                .orElseThrow();
        StrategyCost chosen = fixture.chosenCost(priced.resourceId()).orElseThrow();
        List<CostEstimate> costs = fixture.costs().stream()
                .map(cost -> cost.resourceId().equals(priced.resourceId()) ? committed(cost, chosen) : cost)
                .toList();
        Assessment withOffer = new Assessment(fixture.schemaVersion(), fixture.name(), fixture.asOf(), fixture.inventory(), fixture.trafficRecords(), fixture.graph(),
                fixture.risks(), costs, fixture.recommendations(), fixture.ranking());
        double after = withOffer.costSummary(withOffer.inventory().resources().stream().map(resource -> resource.id()).toList()).monthlyAfterUsd();

        new ArtifactGenerator().generate(withOffer, output, GenerationOptions.defaults());
        String html = Files.readString(output.resolve("report/readiness-report.html"));

        // the one target with an offer saves 40 USD a month on it
        assertThat(html).contains(String.format(Locale.ROOT, "With the best committed offer (Reserved Instance or Compute Savings Plan) of each target that has one, the run-rate after the move is $%,.2f a month instead of $%,.2f on demand.",
                after - 40, after));
    }

    @Test
    void saysNothingOfCommittedPricesWhenNoTargetHasAnOffer()
            throws IOException
    {
        new ArtifactGenerator().generate(AssessmentFixture.assessment(), output, GenerationOptions.defaults());

        assertThat(Files.readString(output.resolve("report/readiness-report.html"))).doesNotContain("committed offer");
    }

    private static CostEstimate committed(CostEstimate cost, StrategyCost chosen)
    {
        List<StrategyCost> strategies = cost.byStrategy().stream()
                .map(strategy -> strategy.strategy() != chosen.strategy() ? strategy
                        : new StrategyCost(strategy.strategy(), strategy.target(), strategy.targetMonthlyUsd(), strategy.oneOffUsd(), strategy.unpriced(),
                                new CommittedCost("3-year standard Reserved Instance, All Upfront", strategy.targetMonthlyUsd() - 40)))
                .toList();
        return new CostEstimate(cost.resourceId(), cost.currentMonthlyUsd(), cost.trafficMonthlyUsd(), strategies, cost.basis(), cost.unpriced(), cost.sources());
    }
}
