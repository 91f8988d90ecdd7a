package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.MetricSummary;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.Utilization;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.scoring.Strategy;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static io.cloudmigrate.recommend.Workloads.AS_OF;
import static io.cloudmigrate.recommend.Workloads.cpu;
import static io.cloudmigrate.recommend.Workloads.ec2;
import static io.cloudmigrate.recommend.Workloads.graph;
import static io.cloudmigrate.recommend.Workloads.inventory;
import static io.cloudmigrate.recommend.Workloads.memory;
import static io.cloudmigrate.recommend.Workloads.metric;
import static io.cloudmigrate.recommend.Workloads.rds;
import static io.cloudmigrate.recommend.Workloads.usage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class StrategyRankingTest
{
    private static Map<String, Recommendation> rank(RankingModel model, List<Resource> resources, List<Utilization> utilization)
    {
        Inventory inventory = inventory(resources, utilization);
        GraphAnalysis graph = graph(resources, List.of());
        return model.recommender(DecisionLog.EMPTY).recommend(inventory, graph, AS_OF, BusinessGoals.DEFAULT).stream()
                .collect(Collectors.toMap(recommendation -> recommendation.resourceId().substring(recommendation.resourceId().lastIndexOf('/') + 1)
                        .replaceFirst("^.*:db:", "").replaceFirst("^i-", ""), Function.identity()));
    }

    @Test
    void everyRecommendationRanksTheSevenStrategiesWithTheFirstAsItsConfidence()
    {
        Resource legacy = ec2("legacy").operatingSystem("Microsoft Windows Server 2012 R2 Standard", "6.3.9600").build();
        Resource busy = ec2("busy").build();
        Resource orders = rds("orders", "postgres", "16.4");
        Map<String, Recommendation> ranked = rank(RankingModel.prior(), List.of(legacy, busy, orders),
                List.of(usage(legacy, cpu(40, 60), memory(50)), usage(busy, cpu(45, 70), memory(60)), usage(orders, cpu(30, 50), metric(MetricName.DATABASE_CONNECTIONS, 40, 60))));

        assertThat(ranked).hasSize(3);
        for (Recommendation recommendation : ranked.values()) {
            assertThat(recommendation.ranking()).extracting(StrategyProbability::strategy).containsExactlyInAnyOrder(Strategy.values());
            assertThat(recommendation.ranking().stream().mapToDouble(StrategyProbability::probability).sum()).isCloseTo(1, within(1e-9));
            assertThat(recommendation.strategy()).isEqualTo(recommendation.ranking().getFirst().strategy());
            assertThat(recommendation.confidence()).isEqualTo(recommendation.ranking().getFirst().probability());
            assertThat(recommendation.baseline()).isNotNull();
            assertThat(recommendation.explanation()).isNotEmpty();
        }
        assertThat(ranked.values().stream().map(Recommendation::confidence).distinct()).hasSize(3);
    }

    @Test
    void aForcedChangeRulesOutEveryStrategyThatStaysOnTheUnsupportedVersion()
    {
        Resource legacy = ec2("legacy").operatingSystem("Microsoft Windows Server 2012 R2 Standard", "6.3.9600").build();
        Recommendation recommendation = rank(RankingModel.prior(), List.of(legacy), List.of(usage(legacy, cpu(40, 60), memory(50)))).get("legacy");

        assertThat(recommendation.ranking()).filteredOn(entry -> List.of(Strategy.RETAIN, Strategy.REHOST, Strategy.RELOCATE).contains(entry.strategy()))
                .allSatisfy(entry -> {
                    assertThat(entry.probability()).isZero();
                    assertThat(entry.excludedBecause()).startsWith("must change (F1)").contains("2023-10-10");
                });
        assertThat(recommendation.strategy()).isEqualTo(Strategy.REPLATFORM);
    }

    @Test
    void retireNeedsEverySignalIdleOverTheWholeWindowUnlikeTheRules()
    {
        Resource connected = rds("connected", "postgres", "16.4");
        Resource young = ec2("young").build();
        Resource chatty = ec2("chatty").build();
        Resource zombie = ec2("zombie").build();
        List<Utilization> utilization = List.of(
                usage(connected, cpu(3, 4), metric(MetricName.DATABASE_CONNECTIONS, 40, 45)),
                new Utilization(young.id(), 21, List.of(new MetricSummary(MetricName.CPU_UTILIZATION, 2, 3, 3, 21), new MetricSummary(MetricName.MEMORY_UTILIZATION, 2, 2, 2, 21))),
                usage(chatty, cpu(3, 4), metric(MetricName.NETWORK_IN, 2_500_000_000.0, 3_500_000_000.0), metric(MetricName.NETWORK_OUT, 2_500_000_000.0, 3_500_000_000.0)),
                usage(zombie, cpu(2, 3), memory(2), metric(MetricName.NETWORK_IN, 100_000, 200_000)));
        Map<String, Recommendation> ranked = rank(RankingModel.prior(), List.of(connected, young, chatty, zombie), utilization);

        assertThat(ranked.get("connected").probability(Strategy.RETIRE)).hasValue(0);
        assertThat(excluded(ranked.get("connected"), Strategy.RETIRE)).contains("40 connections a day");
        assertThat(ranked.get("young").probability(Strategy.RETIRE)).hasValue(0);
        assertThat(excluded(ranked.get("young"), Strategy.RETIRE)).contains("only 21 days");
        assertThat(ranked.get("chatty").probability(Strategy.RETIRE)).hasValue(0);
        assertThat(excluded(ranked.get("chatty"), Strategy.RETIRE)).contains("memory is not measured and it moves 5000 MB a day");
        assertThat(ranked.values()).filteredOn(recommendation -> !recommendation.resourceId().endsWith("zombie"))
                .allSatisfy(recommendation -> assertThat(recommendation.strategy()).isNotEqualTo(Strategy.RETIRE));
        assertThat(ranked.get("zombie").strategy()).as("%s %s", ranked.get("zombie").ranking(), ranked.get("zombie").explanation()).isEqualTo(Strategy.RETIRE);
        assertThat(ranked.get("zombie").explanation()).anySatisfy(line -> assertThat(line).contains("CPU"));
    }

    @Test
    void theSameInputsRankToTheSameDocument()
    {
        Resource busy = ec2("busy").build();
        Resource orders = rds("orders", "postgres", "12.15");
        List<Utilization> utilization = List.of(usage(busy, cpu(45, 70), memory(60)), usage(orders, cpu(30, 50), metric(MetricName.DATABASE_CONNECTIONS, 40, 60)));
        String first = io.cloudmigrate.discovery.JsonDocuments.toJson(rank(RankingModel.prior(), List.of(busy, orders), utilization).values().stream()
                .sorted(java.util.Comparator.comparing(Recommendation::resourceId)).toList());
        String second = io.cloudmigrate.discovery.JsonDocuments.toJson(rank(RankingModel.prior(), List.of(busy, orders), utilization).values().stream()
                .sorted(java.util.Comparator.comparing(Recommendation::resourceId)).toList());

        assertThat(first).isEqualTo(second).doesNotContain("0000000001");
    }

    private static String excluded(Recommendation recommendation, Strategy strategy)
    {
        return recommendation.ranking().stream().filter(entry -> entry.strategy() == strategy).findFirst().orElseThrow().excludedBecause();
    }
}
