package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.graph.TrafficEdge;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.Strategy;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import static io.cloudmigrate.recommend.Workloads.cache;
import static io.cloudmigrate.recommend.Workloads.classicLoadBalancer;
import static io.cloudmigrate.recommend.Workloads.cpu;
import static io.cloudmigrate.recommend.Workloads.ec2;
import static io.cloudmigrate.recommend.Workloads.graph;
import static io.cloudmigrate.recommend.Workloads.inventory;
import static io.cloudmigrate.recommend.Workloads.memory;
import static io.cloudmigrate.recommend.Workloads.observed;
import static io.cloudmigrate.recommend.Workloads.rds;
import static io.cloudmigrate.recommend.Workloads.usage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AssessorTest
{
    private final Resource balancer = classicLoadBalancer("web", "HTTP");
    private final Resource web = ec2("web").build();
    private final Resource legacy = ec2("legacy").operatingSystem("Microsoft Windows Server 2012 R2 Standard", "6.3.9600")
            .software("Microsoft SQL Server 2014 (64-bit)").build();
    private final Resource orders = rds("orders", "postgres", "16.4");
    private final Resource sessions = cache("sessions", "redis", "7.1.0");
    private final Resource idle = ec2("idle").build();
    // In the inventory but not in the graph (network plumbing, say): not assessed.
    private final Resource outside = ec2("outside").build();

    private final Inventory inventory = inventory(List.of(balancer, web, legacy, orders, sessions, idle, outside),
            List.of(usage(web, cpu(35, 70)), usage(legacy, cpu(25, 50)), usage(orders, cpu(20, 40)), usage(idle, cpu(1, 2), memory(2))));
    private final GraphAnalysis graph = graph(List.of(balancer, web, legacy, orders, sessions, idle), List.of(
            observed(balancer, web, 5_000_000),
            observed(web, orders, 20_000_000),
            observed(web, sessions, 1_000_000),
            observed(web, legacy, 2_000_000)));

    @Test
    void assessesEveryGraphNodeAtTheInventoryDate()
    {
        Assessment assessment = Assessor.create().assess(inventory, graph, 1234, AssessOptions.DEFAULT);

        assertThat(assessment.name()).isEqualTo("Shop estate");
        assertThat(assessment.asOf()).isEqualTo("2026-11-22");
        assertThat(assessment.trafficRecords()).isEqualTo(1234);
        assertThat(assessment.risks()).extracting(RiskScore::resourceId).containsExactlyElementsOf(graph.nodes());
        assertThat(assessment.costs()).extracting(CostEstimate::resourceId).containsExactlyElementsOf(graph.nodes());
        assertThat(assessment.recommendations()).extracting(Recommendation::resourceId).containsExactlyElementsOf(graph.nodes());
        assertThat(assessment.recommendation(balancer.id())).hasValueSatisfying(value -> assertThat(value.ruleId()).isEqualTo("F3"));
        assertThat(assessment.recommendation(legacy.id())).hasValueSatisfying(value -> assertThat(value.ruleId()).isEqualTo("F1"));
        assertThat(assessment.recommendation(orders.id())).hasValueSatisfying(value -> assertThat(value.ruleId()).isEqualTo("H1"));
        assertThat(assessment.recommendation(idle.id())).hasValueSatisfying(value -> assertThat(value.strategy()).isEqualTo(Strategy.RETIRE));
        assertThat(assessment.recommendation(outside.id())).isEmpty();
    }

    @Test
    void serialisesTheSameBytesOnEveryRun()
    {
        String first = JsonDocuments.toJson(Assessor.create().assess(inventory, graph, 1234, AssessOptions.DEFAULT));
        String second = JsonDocuments.toJson(Assessor.create().assess(inventory, graph, 1234, AssessOptions.DEFAULT));

        assertThat(first).isEqualTo(second);
    }

    @Test
    void roundTripsThroughJson()
            throws Exception
    {
        Assessment assessment = Assessor.create().assess(inventory, graph, 1234, AssessOptions.DEFAULT);

        Assessment read = JsonDocuments.mapper().readValue(JsonDocuments.toJson(assessment), Assessment.class);

        assertThat(read).isEqualTo(assessment);
    }

    @Test
    void takesTheDateAndGoalsFromTheOptionsWhenGiven()
    {
        AssessOptions options = AssessOptions.DEFAULT.withAsOf(LocalDate.of(2023, 1, 1)).withGoals(new BusinessGoals(3, 3, 3, 5));

        Assessment assessment = Assessor.create().assess(inventory, graph, 0, options);

        assertThat(assessment.asOf()).isEqualTo("2023-01-01");
        // In 2023 Windows Server 2012 R2 was still supported until October, inside the 12-month horizon; licence cost first picks G3.
        assertThat(assessment.recommendation(legacy.id())).hasValueSatisfying(value -> assertThat(value.ruleId()).isEqualTo("G3"));
    }

    @Test
    void readsTheDatePartOfTheCaptureTimeAsWritten()
    {
        assertThat(Assessor.assessmentDate(withCapturedAt("2026-03-01T23:30:00-05:00"))).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(Assessor.assessmentDate(withCapturedAt("2026-03-01"))).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThatThrownBy(() -> Assessor.assessmentDate(withCapturedAt("last Tuesday")))
                .isInstanceOfSatisfying(CloudMigrateException.class, exception -> assertThat(exception.errorCode()).isEqualTo(RecommendErrorCode.INVALID_ASSESSMENT_DATE))
                .hasMessageContaining("capturedAt \"last Tuesday\" is not an ISO-8601 timestamp or date");
    }

    @Test
    void scalesTrafficByTheWindowTheFlowLogsCover()
    {
        Traffic traffic = new Traffic(Traffic.SCHEMA_VERSION, 2, 0, List.of(), List.of(
                new TrafficEdge("10.0.0.1", "10.0.0.2", 443, 6, 1, 0, 10, 100, 1_000, 4_600, null, null),
                new TrafficEdge("10.0.0.3", "10.0.0.2", 443, 6, 1, 0, 10, 100, 2_000, 87_400, null, null)));

        assertThat(AssessOptions.DEFAULT.withTrafficWindowOf(traffic).trafficWindow()).isEqualTo(Duration.ofSeconds(86_400));
        assertThat(AssessOptions.DEFAULT.withTrafficWindowOf(Traffic.EMPTY).trafficWindow()).isEqualTo(AssessOptions.TRAFFIC_WINDOW_DEFAULT);
    }

    private Inventory withCapturedAt(String capturedAt)
    {
        return new Inventory(Inventory.SCHEMA_VERSION, "scan-1", "Shop estate", capturedAt, inventory.scope(), List.of(), List.of(), List.of(), List.of(), List.of());
    }
}
