package io.cloudmigrate.server.http;

import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphView;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.server.http.internal.storage.CostItem;
import io.cloudmigrate.server.http.internal.storage.Estate.EstateSource;
import io.cloudmigrate.server.http.internal.storage.Job.JobKind;
import io.cloudmigrate.server.http.internal.storage.Job.JobState;
import io.cloudmigrate.server.http.internal.storage.Wave;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The contract names the same values as the code, so that neither can change without the other.
 */
class ContractTest
{
    private static Map<String, Object> schemas;
    private static Map<String, Object> parameters;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void readContract()
            throws IOException
    {
        try (InputStream input = ContractTest.class.getResourceAsStream("/io/cloudmigrate/server/http/openapi.yaml")) {
            Map<String, Object> contract = new Yaml(new SafeConstructor(new LoaderOptions())).load(input);
            schemas = (Map<String, Object>) ((Map<String, Object>) contract.get("components")).get("schemas");
            parameters = (Map<String, Object>) ((Map<String, Object>) contract.get("components")).get("parameters");
        }
    }

    @Test
    void listsEveryResourceTypeStrategyAndRiskLevel()
    {
        assertThat(enumOf("ResourceType")).containsExactlyInAnyOrderElementsOf(names(ResourceType.values()));
        assertThat(enumOf("Strategy")).containsExactlyElementsOf(names(Strategy.values()));
        assertThat(enumOf("RiskLevel")).containsExactlyElementsOf(names(RiskLevel.values()));
    }

    @Test
    void listsEveryJobKindJobStateAndEstateSource()
    {
        assertThat(propertyEnum("Job", "kind")).containsExactlyElementsOf(names(JobKind.values()));
        assertThat(propertyEnum("Job", "state")).containsExactlyElementsOf(names(JobState.values()));
        assertThat(propertyEnum("Estate", "source")).containsExactlyElementsOf(names(EstateSource.values()));
        assertThat(propertyEnum("EstateRequest", "source")).containsExactlyElementsOf(names(EstateSource.values()));
    }

    @Test
    void listsEveryApprovalStateDecisionAndPriceStatus()
    {
        assertThat(enumOf("ApprovalState")).containsExactlyElementsOf(names(Wave.ApprovalState.values()));
        assertThat(enumOf("WaveDecision")).containsExactlyElementsOf(names(Wave.Decision.values()));
        assertThat(propertyEnum("CostItem", "status")).containsExactlyElementsOf(names(CostItem.PriceStatus.values()));
        assertThat(propertyEnum("RecommendationSummary", "priceStatus")).containsExactlyElementsOf(names(CostItem.PriceStatus.values()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void listsEveryCollapseLevelAndEdgeKindOfAGraphView()
    {
        Map<String, Object> collapse = (Map<String, Object>) ((Map<String, Object>) parameters.get("GraphCollapse")).get("schema");
        assertThat((List<String>) collapse.get("enum")).containsExactlyElementsOf(names(GraphView.Collapse.values()));
        assertThat(enumOf("EdgeKind")).containsExactlyElementsOf(names(EdgeKind.values()));
        Map<String, Object> edges = (Map<String, Object>) ((Map<String, Object>) parameters.get("GraphEdges")).get("schema");
        assertThat(edges.get("maxItems")).isEqualTo(EdgeKind.values().length);
    }

    @SuppressWarnings("unchecked")
    private static List<String> enumOf(String schema)
    {
        return (List<String>) ((Map<String, Object>) schemas.get(schema)).get("enum");
    }

    @SuppressWarnings("unchecked")
    private static List<String> propertyEnum(String schema, String property)
    {
        Map<String, Object> properties = (Map<String, Object>) ((Map<String, Object>) schemas.get(schema)).get("properties");
        return (List<String>) ((Map<String, Object>) properties.get(property)).get("enum");
    }

    private static List<String> names(Enum<?>[] values)
    {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}
