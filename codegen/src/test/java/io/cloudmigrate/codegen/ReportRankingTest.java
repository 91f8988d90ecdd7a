package io.cloudmigrate.codegen;

import io.cloudmigrate.recommend.AssessOptions;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Assessor;
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.DecisionLog;
import io.cloudmigrate.recommend.RankingModel;
import io.cloudmigrate.recommend.StrategyDecision;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.RiskModel;
import io.cloudmigrate.scoring.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The readiness report says what the ranking optimised for, which model ranked it, and which recommendations reviewers replaced and why. */
class ReportRankingTest
{
    private static final BusinessGoals GOALS = new BusinessGoals(4, 2, 3, 5);

    @TempDir
    Path output;

    private static Assessment assess(Assessment fixture, DecisionLog decisions, RankingModel model)
    {
        return new Assessor(RiskModel.create(), CostModel.create(), model.recommender(decisions))
                .assess(fixture.inventory(), fixture.graph(), fixture.trafficRecords(), AssessOptions.DEFAULT.withGoals(GOALS).withAsOf(LocalDate.parse(fixture.asOf())));
    }

    @Test
    void showsTheGoalsTheModelWithItsHashAndEachOverrideWithWhoAndWhy()
            throws IOException
    {
        Assessment fixture = AssessmentFixture.assessment();
        Assessment prior = assess(fixture, DecisionLog.EMPTY, RankingModel.prior());
        String resource = prior.recommendations().getFirst().resourceId();
        StrategyDecision decision = RankingModel.decide(prior, GOALS, resource, Strategy.REHOST, null, "vendor support ends <2027> & no budget", "dana",
                Instant.parse("2026-11-23T10:00:00Z"));
        DecisionLog decisions = DecisionLog.EMPTY.append(decision);
        RankingModel organisation = RankingModel.train(decisions);

        Assessment ranked = assess(fixture, decisions, organisation);
        var modelFirst = ranked.recommendation(resource).orElseThrow().ranking().getFirst();
        new ArtifactGenerator().generate(ranked, output, GenerationOptions.defaults());
        String html = Files.readString(output.resolve("report/readiness-report.html"));

        assertThat(html).contains("<tr><td>Business goals</td><td>speed of migration 4, operational overhead 2, modernisation 3, licence cost 5");
        assertThat(html).contains("<tr><td>Ranking model</td><td>an organisation&#39;s model").contains("1 decision(s)").contains("provenance SHA-256 " + organisation.provenanceHash());
        assertThat(html).contains("<h3>Reviewers' decisions</h3>")
                .contains(String.format(java.util.Locale.ROOT, "<td>Rehost</td><td>%s (p=%.2f)</td>", modelFirst.strategy().displayName(), modelFirst.probability()))
                .contains("<td>dana</td><td>2026-11-23T10:00:00Z</td><td>vendor support ends &lt;2027&gt; &amp; no budget</td>");
    }

    @Test
    void saysWhenTheRulesAloneRecommended()
            throws IOException
    {
        new ArtifactGenerator().generate(AssessmentFixture.assessment(), output, GenerationOptions.defaults());
        String html = Files.readString(output.resolve("report/readiness-report.html"));

        assertThat(html).contains("<tr><td>Ranking model</td><td>not recorded in this assessment</td>").doesNotContain("Reviewers' decisions");
    }
}
