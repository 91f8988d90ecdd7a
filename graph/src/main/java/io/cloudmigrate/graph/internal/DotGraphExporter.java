package io.cloudmigrate.graph.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.GraphExporter;
import io.cloudmigrate.graph.ViewedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.DefaultAttribute;
import org.jgrapht.nio.dot.DOTExporter;

import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Graphviz DOT through JGraphT's {@link DOTExporter}. Node ids are the quoted resource ids, so a
 * diff of two exports shows what changed rather than renumbering.
 */
public final class DotGraphExporter
        implements GraphExporter
{
    @Override
    public String fileExtension()
    {
        return "dot";
    }

    @Override
    public String export(ViewedGraph view, Inventory inventory)
    {
        ExportModel model = new ExportModel(view, inventory);
        DOTExporter<String, DependencyEdge> exporter = new DOTExporter<>(id -> "\"" + escapeBackslashes(id).replace("\"", "\\\"") + "\"");
        exporter.setGraphIdProvider(() -> "dependencies");
        exporter.setGraphAttributeProvider(() -> ordered("rankdir", "LR"));
        exporter.setVertexAttributeProvider(id -> {
            String group = model.group(id);
            if (AddressAttribution.outsideEstate(id)) {
                // an end outside the estate moves in no wave: drawn apart, as an ellipse
                return ordered("label", text(id), "shape", "ellipse", "style", "dashed", "tooltip", "outside the estate");
            }
            // The exporter escapes the double quotes of attribute values but not backslashes; \n is DOT's line break.
            ViewedGraph.Box box = model.box(id);
            String label = box == null
                    ? text(model.name(id)) + "\\nwave " + model.wave(id) + (group == null ? "" : ", " + group)
                    : text(box.label()) + "\\n" + box.count() + "\\n" + waves(model.waves(id));
            return ordered("label", label, "shape", "box", "tooltip", text(id));
        });
        exporter.setEdgeAttributeProvider(edge -> switch (edge.kind()) {
            case OBSERVED -> ordered("label", Protocols.describe(edge.protocol(), edge.port()), "style", "solid", "color", "black", "tooltip", text(edge.evidence()));
            case CONFIGURED -> ordered("style", "bold", "color", "blue", "tooltip", text(edge.evidence()));
            case ALLOWED -> ordered("style", "dashed", "color", "gray", "tooltip", text(edge.evidence()));
        });
        StringWriter writer = new StringWriter();
        exporter.exportGraph(model.graph(), writer);
        return writer.toString().replace("\r\n", "\n");
    }

    private static Map<String, Attribute> ordered(String... namesAndValues)
    {
        Map<String, Attribute> attributes = new LinkedHashMap<>();
        for (int index = 0; index < namesAndValues.length; index += 2) {
            attributes.put(namesAndValues[index], DefaultAttribute.createAttribute(namesAndValues[index + 1]));
        }
        return attributes;
    }

    private static String escapeBackslashes(String text)
    {
        return text.replace("\\", "\\\\");
    }

    // A line break in a name (a Name tag may hold one) is drawn as DOT's, not written raw into the file.
    private static String text(String value)
    {
        return escapeBackslashes(value).replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n");
    }

    private static String waves(java.util.SortedSet<Integer> numbers)
    {
        return numbers.isEmpty() ? "no wave" : (numbers.size() == 1 ? "wave " : "waves ") + String.join(", ", numbers.stream().map(String::valueOf).toList());
    }
}
