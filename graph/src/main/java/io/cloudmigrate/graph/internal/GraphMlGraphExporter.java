package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.GraphExporter;
import io.cloudmigrate.graph.ViewedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.graphml.GraphMLExporter;
import org.jgrapht.nio.graphml.GraphMLExporter.AttributeCategory;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GraphML through JGraphT's {@link GraphMLExporter}, with the node and edge fields as typed data
 * keys, for yEd, Gephi and graph databases.
 */
public final class GraphMlGraphExporter
        implements GraphExporter
{
    @Override
    public String fileExtension()
    {
        return "graphml";
    }

    @Override
    public String export(ViewedGraph view, Inventory inventory)
    {
        ExportModel model = new ExportModel(view, inventory);
        GraphMLExporter<String, DependencyEdge> exporter = new GraphMLExporter<>(id -> id);
        exporter.registerAttribute("name", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("type", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("wave", AttributeCategory.NODE, AttributeType.INT);
        exporter.registerAttribute("group", AttributeCategory.NODE, AttributeType.STRING);
        exporter.registerAttribute("kind", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("port", AttributeCategory.EDGE, AttributeType.INT);
        exporter.registerAttribute("protocol", AttributeCategory.EDGE, AttributeType.STRING);
        exporter.registerAttribute("flows", AttributeCategory.EDGE, AttributeType.LONG);
        exporter.registerAttribute("bytes", AttributeCategory.EDGE, AttributeType.LONG);
        exporter.registerAttribute("evidence", AttributeCategory.EDGE, AttributeType.STRING);
        // last, so that the keys of the fields before it keep their numbers
        exporter.registerAttribute("count", AttributeCategory.NODE, AttributeType.INT);
        exporter.setEdgeIdProvider(model::edgeId);
        exporter.setVertexAttributeProvider(id -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("name", DefaultAttribute.createAttribute(model.name(id)));
            attributes.put("type", DefaultAttribute.createAttribute(model.type(id)));
            attributes.put("wave", DefaultAttribute.createAttribute(model.wave(id)));
            if (model.group(id) != null) {
                attributes.put("group", DefaultAttribute.createAttribute(model.group(id)));
            }
            // only a collapsed box holds a count: the resources it stands for
            if (model.count(id) != null) {
                attributes.put("count", DefaultAttribute.createAttribute(model.count(id)));
            }
            return attributes;
        });
        exporter.setEdgeAttributeProvider(edge -> {
            Map<String, Attribute> attributes = new LinkedHashMap<>();
            attributes.put("kind", DefaultAttribute.createAttribute(edge.kind().name()));
            attributes.put("port", DefaultAttribute.createAttribute(edge.port()));
            if (edge.protocol() != null) {
                attributes.put("protocol", DefaultAttribute.createAttribute(edge.protocol()));
            }
            attributes.put("flows", DefaultAttribute.createAttribute(edge.flows()));
            attributes.put("bytes", DefaultAttribute.createAttribute(edge.bytes()));
            attributes.put("evidence", DefaultAttribute.createAttribute(edge.evidence()));
            return attributes;
        });
        StringWriter writer = new StringWriter();
        exporter.exportGraph(model.graph(), writer);
        return writer.toString().replace("\r\n", "\n");
    }
}
