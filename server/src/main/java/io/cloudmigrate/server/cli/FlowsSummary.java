package io.cloudmigrate.server.cli;

import io.cloudmigrate.graph.FlowLogInputSummary;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.graph.TrafficEdge;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/**
 * The summary {@code flows} prints on standard output: what each source gave, the edges, and where
 * they went. Numbers are printed plainly, so that scripts can read them.
 */
final class FlowsSummary
{
    private FlowsSummary() {}

    /** The summary of {@code --output json}: the traffic written, and what each source gave. */
    record FlowsDocument(SummaryDocuments.TrafficSummary traffic, long acceptedBytes, List<FlowLogInputSummary> sources) {}

    static FlowsDocument document(List<FlowLogInputSummary> sources, Traffic traffic, Path output)
    {
        return new FlowsDocument(SummaryDocuments.traffic(output, traffic), acceptedBytes(traffic), sources);
    }

    /**
     * @param sources one summary a source the user named (a file, a directory, a flow log read from AWS),
     *         in the order named
     */
    static void print(PrintWriter out, List<FlowLogInputSummary> sources, Traffic traffic, Path output)
    {
        out.println("Flow-log sources:");
        for (FlowLogInputSummary source : sources) {
            out.println("  " + source.name() + ": " + source.records() + " records read, " + source.accepted() + " accepted, "
                    + source.malformed() + " malformed");
        }
        out.println("Records: " + traffic.records() + " read, " + (traffic.records() - traffic.malformed()) + " accepted, "
                + traffic.malformed() + " malformed");
        out.println("Edges: " + traffic.edges().size() + ", accepted bytes: " + acceptedBytes(traffic));
        out.println("Written: " + output);
        out.flush();
    }

    private static long acceptedBytes(Traffic traffic)
    {
        long bytes = 0;
        for (TrafficEdge edge : traffic.edges()) {
            bytes += edge.bytes();
        }
        return bytes;
    }
}
