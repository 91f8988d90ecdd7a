package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.GraphExporter;
import io.cloudmigrate.graph.ViewedGraph;

import java.util.ArrayList;
import java.util.List;

/**
 * Cytoscape.js elements as JSON, written with the house JSON writer so that it is stable. The web
 * UI draws it directly: {@code cy.add(document.elements)}.
 */
public final class CytoscapeGraphExporter
        implements GraphExporter
{
    @Override
    public String fileExtension()
    {
        return "json";
    }

    @Override
    public String export(ViewedGraph view, Inventory inventory)
    {
        ExportModel model = new ExportModel(view, inventory);
        List<Node> nodes = new ArrayList<>();
        for (String id : model.graph().vertexSet()) {
            nodes.add(new Node(new NodeData(id, model.name(id), model.type(id), model.wave(id), model.group(id), model.count(id))));
        }
        List<Edge> edges = new ArrayList<>();
        for (DependencyEdge edge : model.graph().edgeSet()) {
            edges.add(new Edge(new EdgeData(model.edgeId(edge), edge.source(), edge.target(), edge.kind().name(),
                    edge.port(), edge.protocol(), edge.flows(), edge.bytes(), edge.evidence())));
        }
        return JsonDocuments.toJson(new Document(new Elements(nodes, edges)));
    }

    public record Document(Elements elements) {}

    public record Elements(List<Node> nodes, List<Edge> edges) {}

    public record Node(NodeData data) {}

    /**
     * @param group the move group, or {@code null}
     * @param count how many resources a collapsed box (a VPC, subnet, application or type) holds, or {@code null} for a node that is one resource
     */
    public record NodeData(String id, String label, String type, int wave, String group, Integer count) {}

    public record Edge(EdgeData data) {}

    public record EdgeData(String id, String source, String target, String kind, int port, String protocol, long flows, long bytes, String evidence) {}
}
