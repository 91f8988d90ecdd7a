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
        long bytes = 0;
        for (TrafficEdge edge : traffic.edges()) {
            bytes += edge.bytes();
        }
        out.println("Records: " + traffic.records() + " read, " + (traffic.records() - traffic.malformed()) + " accepted, "
                + traffic.malformed() + " malformed");
        out.println("Edges: " + traffic.edges().size() + ", accepted bytes: " + bytes);
        out.println("Written: " + output);
        out.flush();
    }
}
