package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.JsonDocuments;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TrafficDocumentTest
{
    @TempDir
    Path directory;

    @Test
    void writesTheBytesTheMapperWritesAndReadsBack()
            throws IOException
    {
        Traffic traffic = new Traffic(Traffic.SCHEMA_VERSION, 7, 1, List.of("flows.log:3: \"quoted\" \\ field"),
                List.of(new TrafficEdge("10.0.0.2", "10.0.0.9", 5432, 6, 3, 1, 40, 9_000_000_000L, 1_700_000_000L, 1_700_000_060L, "i-1", null),
                        new TrafficEdge("10.0.0.1", "52.1.2.3", 443, 6, 2, 0, 10, 4000, 1_700_000_000L, 1_700_000_001L, null, "internet")),
                List.of(new RejectedTraffic("10.0.0.9", 22, 6, 12, 5, 1_700_000_000L, 1_700_000_300L, "i-1"),
                        new RejectedTraffic("10.0.0.9", 3389, 6, 1, 1, 0, 0, null)));
        Path streamed = directory.resolve("streamed.json");

        TrafficDocument.write(streamed, traffic);

        assertThat(Files.readString(streamed)).isEqualTo(JsonDocuments.toJson(traffic));
        assertThat(JsonDocuments.read(streamed, Traffic.class)).isEqualTo(traffic);
    }

    @Test
    void writesAnEmptyDocumentAsTheMapperDoes()
            throws IOException
    {
        Path streamed = directory.resolve("empty.json");

        TrafficDocument.write(streamed, Traffic.EMPTY);

        assertThat(Files.readString(streamed)).isEqualTo(JsonDocuments.toJson(Traffic.EMPTY));
    }
}
