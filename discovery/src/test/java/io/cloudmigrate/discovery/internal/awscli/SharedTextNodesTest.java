package io.cloudmigrate.discovery.internal.awscli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import io.cloudmigrate.discovery.JsonDocuments;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SharedTextNodesTest
{
    private static final String METRICS = """
            {"MetricDataResults": [{"Id": "cpu", "Label": "CPUUtilization", "Timestamps": ["2026-10-30T00:00:00+00:00", "2026-10-31T00:00:00+00:00"], "Values": [12.5, 14.0]}],
             "Description": "%s"}
            """;

    @Test
    void sharesOneNodeForEachShortTextValueAcrossDocuments()
            throws Exception
    {
        ObjectReader reader = JsonDocuments.mapper().reader().with(new SharedTextNodes());

        JsonNode first = reader.readTree(METRICS.formatted("a"));
        JsonNode second = reader.readTree(METRICS.formatted("b"));

        assertThat(second.at("/MetricDataResults/0/Timestamps/1")).isSameAs(first.at("/MetricDataResults/0/Timestamps/1"));
        assertThat(second.at("/MetricDataResults/0/Label")).isSameAs(first.at("/MetricDataResults/0/Label"));
        assertThat(second.at("/Description")).isNotEqualTo(first.at("/Description"));
    }

    @Test
    void readsTheSameDocumentAsTheSharedMapper()
            throws Exception
    {
        String longValue = "x".repeat(SharedTextNodes.MAXIMUM_LENGTH + 1);
        ObjectReader reader = JsonDocuments.mapper().reader().with(new SharedTextNodes());

        JsonNode shared = reader.readTree(METRICS.formatted(longValue));

        assertThat(shared).isEqualTo(JsonDocuments.mapper().readTree(METRICS.formatted(longValue)));
        assertThat(shared.at("/Description")).isNotSameAs(reader.readTree(METRICS.formatted(longValue)).at("/Description"));
    }
}
