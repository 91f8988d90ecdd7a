package io.cloudmigrate.graph.benchmark;

import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.graph.TrafficEdge;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The CloudMigrate side of the flow-log benchmark, run as its own process:
 * {@code CloudMigrateSide FLOW_LOG EDGES_CSV}. Aggregates with the default reader (all cores,
 * responses folded) and writes one CSV line per edge in the column order of {@link DuckDbSide}.
 */
public final class CloudMigrateSide
{
    private CloudMigrateSide() {}

    public static void main(String[] arguments)
            throws IOException
    {
        Traffic traffic = FlowLogReader.create().read(List.of(Path.of(arguments[0])));
        try (BufferedWriter writer = Files.newBufferedWriter(Path.of(arguments[1]), StandardCharsets.UTF_8)) {
            for (TrafficEdge edge : traffic.edges()) {
                writer.write(edge.source() + "," + edge.target() + "," + edge.port() + "," + edge.protocol() + "," + edge.acceptedFlows() + ","
                        + edge.rejectedFlows() + "," + edge.packets() + "," + edge.bytes() + "," + edge.firstSeen() + "," + edge.lastSeen() + "\n");
            }
        }
        System.out.println("records=" + traffic.records() + " malformed=" + traffic.malformed() + " edges=" + traffic.edges().size());
        System.out.println(ProcessFigures.line());
    }
}
