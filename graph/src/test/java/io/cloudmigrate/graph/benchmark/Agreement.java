package io.cloudmigrate.graph.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Whether {@code traffic.json} and DuckDB's rows say the same. On the request file, where there is
 * nothing to fold, edge for edge; on the noisy file, where CloudMigrate folds responses into requests
 * and scanners into one summary per target and port, in the totals of packets and bytes.
 */
record Agreement(boolean agreed, String description)
{
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String[] FIGURES = {"acceptedFlows", "rejectedFlows", "packets", "bytes"};

    static Agreement of(FlowLogGenerator.Kind kind, Path traffic, Path duckDb)
            throws IOException
    {
        JsonNode document = MAPPER.readTree(traffic.toFile());
        List<JsonNode> rows = new ArrayList<>();
        for (String line : Files.readAllLines(duckDb)) {
            rows.add(MAPPER.readTree(line));
        }
        long[] ours = new long[FIGURES.length];
        long[] theirs = new long[FIGURES.length];
        Map<String, String> ourEdges = new TreeMap<>();
        Map<String, String> theirEdges = new TreeMap<>();
        for (JsonNode edge : document.path("edges")) {
            add(edge, ours, ourEdges);
        }
        for (JsonNode rejected : document.path("rejected")) {
            ours[1] += rejected.path("rejectedFlows").asLong();
        }
        for (JsonNode row : rows) {
            add(row, theirs, theirEdges);
        }
        // A folded response adds its packets and bytes to its request's edge but is no flow of its own.
        boolean sameVolumes = ours[2] == theirs[2] && ours[3] == theirs[3];
        boolean agreed = switch (kind) {
            case REQUESTS -> java.util.Arrays.equals(ours, theirs) && ourEdges.equals(theirEdges);
            case NOISY -> sameVolumes;
        };
        String description = String.format(Locale.ROOT, "%s: cloudmigrate %,d edges and %,d rejected summaries, duckdb %,d rows;"
                        + " accepted flows, rejected flows, packets, bytes: cloudmigrate %s, duckdb %s; %s",
                agreed ? "agree" : "DISAGREE", document.path("edges").size(), document.path("rejected").size(), rows.size(),
                java.util.Arrays.toString(ours), java.util.Arrays.toString(theirs),
                kind == FlowLogGenerator.Kind.REQUESTS ? "edges compared one by one" : "packet and byte totals compared (responses and scanners folded)");
        return new Agreement(agreed, description);
    }

    private static void add(JsonNode edge, long[] totals, Map<String, String> edges)
    {
        StringBuilder figures = new StringBuilder();
        for (int index = 0; index < FIGURES.length; index++) {
            long value = edge.path(FIGURES[index]).asLong();
            totals[index] += value;
            figures.append(value).append(' ');
        }
        figures.append(edge.path("firstSeen").asLong()).append(' ').append(edge.path("lastSeen").asLong());
        edges.put(edge.path("source").asText() + " " + edge.path("target").asText() + " " + edge.path("port").asInt() + " " + edge.path("protocol").asInt(),
                figures.toString());
    }
}
