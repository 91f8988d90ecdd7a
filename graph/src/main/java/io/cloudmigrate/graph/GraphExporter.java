package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.internal.CytoscapeGraphExporter;
import io.cloudmigrate.graph.internal.DotGraphExporter;
import io.cloudmigrate.graph.internal.GraphMlGraphExporter;

/**
 * Writes a {@link GraphAnalysis} in a format other tools draw. Nodes are identified by resource id
 * and labelled with the resource name from the inventory, a collapsed box by what it is with the number
 * of resources it holds; edges carry their kind, port and evidence. Output is byte-identical for equal inputs.
 */
public interface GraphExporter
{
    /** Graphviz DOT: observed edges solid, configured edges bold blue, allowed edges dashed grey. */
    static GraphExporter dot()
    {
        return new DotGraphExporter();
    }

    /** GraphML with the kind, port, protocol, flows, bytes and evidence of each edge as data keys. */
    static GraphExporter graphMl()
    {
        return new GraphMlGraphExporter();
    }

    /** Cytoscape.js elements JSON ({@code {"elements": {"nodes": […], "edges": […]}}}). */
    static GraphExporter cytoscapeJson()
    {
        return new CytoscapeGraphExporter();
    }

    /** The file name extension for this format, without the dot. */
    String fileExtension();

    /**
     * Renders the analysis, every node one resource.
     *
     * @param inventory where resource names and types come from; resources it does not hold are
     *         labelled with their id
     */
    default String export(GraphAnalysis analysis, Inventory inventory)
    {
        return export(ViewedGraph.of(analysis), inventory);
    }

    /**
     * Renders a view: a collapsed box is labelled with what it is and how many resources it holds.
     *
     * @param inventory where resource names and types come from; resources it does not hold are
     *         labelled with their id, or their box's label
     */
    String export(ViewedGraph view, Inventory inventory);
}
