package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.Utilization;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.scoring.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.cloudmigrate.recommend.Workloads.AS_OF;
import static io.cloudmigrate.recommend.Workloads.cpu;
import static io.cloudmigrate.recommend.Workloads.ec2;
import static io.cloudmigrate.recommend.Workloads.graph;
import static io.cloudmigrate.recommend.Workloads.inventory;
import static io.cloudmigrate.recommend.Workloads.lambda;
import static io.cloudmigrate.recommend.Workloads.memory;
import static io.cloudmigrate.recommend.Workloads.metric;
import static io.cloudmigrate.recommend.Workloads.usage;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proof: the rules say Replatform for nine similar self-managed PostgreSQL databases; a
 * reviewer overrides three to Rehost with one reason; the organisation's model then ranks the other six
 * Rehost first with a probability above 0.5, while unrelated resources keep their recommendation.
 */
class OrganisationDecisionsTest
{
    private static final String REASON = "the application needs a PostgreSQL extension RDS lacks";

    @Test
    void aThirdOfSimilarDatabasesOverriddenMovesTheRestAndNothingElse(@TempDir Path directory)
    {
        List<Resource> resources = new ArrayList<>();
        List<Utilization> utilization = new ArrayList<>();
        for (int index = 1; index <= 9; index++) {
            Resource database = ec2("pg" + index).software("postgresql16-server 16.4").tag("Environment", "production").build();
            resources.add(database);
            utilization.add(usage(database, cpu(30 + index, 55 + index), memory(60), metric(MetricName.NETWORK_IN, 3e9, 4e9)));
        }
        Resource oldRuntime = lambda("report", "python3.9");
        Resource idle = ec2("idle").build();
        resources.add(oldRuntime);
        resources.add(idle);
        utilization.add(usage(oldRuntime, metric(MetricName.INVOCATIONS, 500, 900)));
        utilization.add(usage(idle, cpu(2, 3), memory(2), metric(MetricName.NETWORK_IN, 100_000, 200_000)));
        Inventory inventory = inventory(resources, utilization);
        GraphAnalysis graph = graph(resources, List.of());
        Assessment assessment = new Assessment(Assessment.SCHEMA_VERSION, "estate", AS_OF.toString(), inventory, 0, graph, List.of(), List.of(),
                RankingModel.prior().recommender(DecisionLog.EMPTY).recommend(inventory, graph, AS_OF, BusinessGoals.DEFAULT));
        Map<String, Recommendation> before = byName(assessment.recommendations());
        assertThat(before.get("pg4").baseline().strategy()).isEqualTo(Strategy.REPLATFORM);
        assertThat(before.get("pg4").strategy()).isEqualTo(Strategy.REPLATFORM);

        DecisionLog decisions = DecisionLog.EMPTY;
        for (String name : List.of("pg1", "pg2", "pg3")) {
            decisions = decisions.append(RankingModel.decide(assessment, BusinessGoals.DEFAULT, name, Strategy.REHOST, "EC2 with self-managed PostgreSQL", REASON, "Dana",
                    Instant.parse("2026-11-23T10:00:00Z")));
        }
        RankingModel.train(decisions).write(directory.resolve("model.zip"));
        RankingModel organisation = RankingModel.read(directory.resolve("model.zip"));
        Map<String, Recommendation> after = byName(organisation.recommender(decisions).recommend(inventory, graph, AS_OF, BusinessGoals.DEFAULT));

        for (String name : List.of("pg4", "pg5", "pg6", "pg7", "pg8", "pg9")) {
            assertThat(after.get(name).strategy()).as(name).isEqualTo(Strategy.REHOST);
            assertThat(after.get(name).confidence()).as(name).isGreaterThan(0.5);
            assertThat(after.get(name).baseline().differs()).isTrue();
        }
        assertThat(after.get("pg1").override()).isEqualTo(new StrategyOverride(Strategy.REHOST, "EC2 with self-managed PostgreSQL", REASON, "Dana", "2026-11-23T10:00:00Z"));
        assertThat(after.get("pg1").ruleId()).isEqualTo("override");
        assertThat(after.get("report").strategy()).isEqualTo(before.get("report").strategy()).isEqualTo(Strategy.REPLATFORM);
        assertThat(after.get("idle").strategy()).isEqualTo(before.get("idle").strategy()).isEqualTo(Strategy.RETIRE);
    }

    @Test
    void overridesPutIntoAnAssessmentAreThoseItsRecommenderShows()
    {
        List<Resource> resources = new ArrayList<>();
        List<Utilization> utilization = new ArrayList<>();
        for (int index = 1; index <= 3; index++) {
            Resource database = ec2("pg" + index).software("postgresql16-server 16.4").build();
            resources.add(database);
            utilization.add(usage(database, cpu(30 + index, 55 + index), memory(60), metric(MetricName.NETWORK_IN, 3e9, 4e9)));
        }
        Inventory inventory = inventory(resources, utilization);
        GraphAnalysis graph = graph(resources, List.of());
        RankingModel prior = RankingModel.prior();
        Assessment plain = new Assessment(Assessment.SCHEMA_VERSION, "estate", AS_OF.toString(), inventory, 0, graph, List.of(), List.of(),
                prior.recommender(DecisionLog.EMPTY).recommend(inventory, graph, AS_OF, BusinessGoals.DEFAULT),
                new RankingBasis(BusinessGoals.DEFAULT, prior.modelProvenance(), 0));
        DecisionLog decisions = DecisionLog.EMPTY
                .append(RankingModel.decide(plain, BusinessGoals.DEFAULT, "pg1", Strategy.REHOST, "EC2 with self-managed PostgreSQL", REASON, "Dana",
                        Instant.parse("2026-11-23T10:00:00Z")))
                .append(RankingModel.decide(plain, BusinessGoals.DEFAULT, "pg2", Strategy.RETAIN, null, REASON, "Dana", Instant.parse("2026-11-24T10:00:00Z")));

        Assessment decided = plain.withOverrides(decisions.overrides());

        assertThat(decided.recommendations()).isEqualTo(prior.recommender(decisions).recommend(inventory, graph, AS_OF, BusinessGoals.DEFAULT));
        assertThat(decided.ranking().overrides()).isEqualTo(2);
        assertThat(byName(decided.recommendations()).get("pg2").strategy()).isEqualTo(Strategy.RETAIN);
        assertThat(byName(decided.recommendations()).get("pg3")).isEqualTo(byName(plain.recommendations()).get("pg3"));
    }

    @Test
    void theSameDecisionsTrainTheSameModel()
    {
        assertThat(RankingModel.prior().provenanceHash()).matches("[0-9a-f]{64}");
        assertThat(RankingModel.train(DecisionLog.EMPTY).provenanceHash()).isEqualTo(RankingModel.train(DecisionLog.EMPTY).provenanceHash())
                .isEqualTo(RankingModel.prior().provenanceHash());
    }

    @Test
    void thePriorIsCalibratedAcrossFolds()
    {
        ModelEvaluation evaluation = RankingModel.prior().evaluate(RankingModel.FOLDS_DEFAULT);

        assertThat(evaluation.model().expectedCalibrationError()).isLessThan(0.1);
        assertThat(evaluation.model().accuracy()).isGreaterThan(0.8);
        assertThat(evaluation.rules().accuracy()).isEqualTo(1.0);
        System.out.printf("prior %d-fold: accuracy %.3f, macro F1 %.3f, Brier %.3f, ECE %.3f%n", evaluation.folds(), evaluation.model().accuracy(),
                evaluation.model().macroF1(), evaluation.model().brier(), evaluation.model().expectedCalibrationError());
    }

    private static Map<String, Recommendation> byName(List<Recommendation> recommendations)
    {
        return recommendations.stream().collect(Collectors.toMap(recommendation -> recommendation.resourceId().substring(recommendation.resourceId().lastIndexOf(':') + 1)
                .replaceFirst("^.*/", "").replaceFirst("^i-", "").replaceFirst("^function:", ""), Function.identity()));
    }
}
