package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * One wave's dependencies as a layered SVG diagram: what a resource depends on stands in a column to
 * its left, so the picture reads from the foundations on the left to the callers on the right. The
 * layering is a longest-path layering over the edges that remain once a depth-first search (in name
 * order) has set aside the edges closing a cycle; those are still drawn.
 */
final class DependencyDiagram
{
    private static final double WIDTH = 720;
    private static final double NODE_WIDTH = 130;
    private static final double PADDING = 4;
    private static final double FONT_SIZE = 8;
    private static final double LINE = 10;
    private static final double GAP = 10;
    private static final double ROW = 32;
    private static final int LABEL_LINES = 3;
    // the room a picture has on an A4 landscape page under its heading; a taller one is drawn smaller, never cut
    private static final double MAXIMUM_HEIGHT = 600;

    private DependencyDiagram() {}

    /**
     * @param label the node's name, wrapped to its box (up to three lines; the whole of it is the box's title)
     * @param colour fill of the node: the strategy's colour, or grey for a resource of another wave
     * @param notes lines under the label, such as how many resources a collapsed box holds
     */
    record Node(String id, String label, String colour, List<String> notes)
    {
        Node
        {
            requireNonNull(id, "id is null");
            requireNonNull(label, "label is null");
            requireNonNull(colour, "colour is null");
            notes = List.copyOf(requireNonNull(notes, "notes is null"));
        }

        Node(String id, String label, String colour)
        {
            this(id, label, colour, List.of());
        }

        List<String> lines()
        {
            List<String> lines = new ArrayList<>(TextWidths.wrap(label, FONT_SIZE, NODE_WIDTH - 2 * PADDING, LABEL_LINES));
            notes.forEach(note -> lines.addAll(TextWidths.wrap(note, FONT_SIZE, NODE_WIDTH - 2 * PADDING, 2)));
            return lines;
        }
    }

    /**
     * @param dash {@code none} for a solid line, else an SVG dash pattern for the edge's kind
     */
    record Edge(String from, String to, String stroke, String dash) {}

    static String draw(String title, List<Node> nodes, List<Edge> edges)
    {
        requireNonNull(title, "title is null");
        Map<String, Node> byId = new TreeMap<>();
        nodes.forEach(node -> byId.put(node.id(), node));
        Map<String, Integer> layers = layers(byId.keySet(), edges.stream().filter(edge -> byId.containsKey(edge.from()) && byId.containsKey(edge.to())).toList());
        int columns = layers.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        Map<Integer, List<String>> columnsToIds = new TreeMap<>();
        layers.forEach((id, layer) -> columnsToIds.computeIfAbsent(layer, key -> new ArrayList<>()).add(id));
        double gap = columns == 1 ? 0 : (WIDTH - 20 - NODE_WIDTH) / (columns - 1);
        Map<String, List<String>> lines = new TreeMap<>();
        byId.forEach((id, node) -> lines.put(id, node.lines()));
        // each column stacks its boxes, each as tall as its lines
        Map<String, double[]> positions = new TreeMap<>();
        double bottom = 0;
        for (Map.Entry<Integer, List<String>> column : columnsToIds.entrySet()) {
            double y = 10;
            for (String id : column.getValue()) {
                double height = height(lines.get(id).size());
                positions.put(id, new double[] {10 + gap * column.getKey(), y, height});
                y += height + GAP;
            }
            bottom = Math.max(bottom, y);
        }
        // room below the last row for the arches
        double height = Math.max(bottom, 10) + 30;
        double scale = Math.min(1, MAXIMUM_HEIGHT / height);
        SvgWriter svg = new SvgWriter(WIDTH, height, WIDTH * scale, height * scale, title);
        for (Edge edge : edges) {
            double[] from = positions.get(edge.from());
            double[] to = positions.get(edge.to());
            if (from != null && to != null && from != to) {
                double x1 = from[0];
                double y1 = from[1] + from[2] / 2;
                double x2 = to[0] + NODE_WIDTH;
                double y2 = to[1] + to[2] / 2;
                // a line across more than one column or within a column would run behind other boxes: arch it below them
                double arch = x1 - x2 > gap ? ROW * 0.6 + Math.abs(y1 - y2) * 0.1 : 0;
                svg.start("path").attribute("fill", "none")
                        .attribute("d", "M " + SvgWriter.number(x1) + " " + SvgWriter.number(y1)
                                + " C " + SvgWriter.number(x1 - 30) + " " + SvgWriter.number(y1 + arch)
                                + " " + SvgWriter.number(x2 + 30) + " " + SvgWriter.number(y2 + arch)
                                + " " + SvgWriter.number(x2) + " " + SvgWriter.number(y2))
                        .attribute("stroke", edge.stroke()).attribute("stroke-width", 1);
                if (!edge.dash().equals("none")) {
                    svg.attribute("stroke-dasharray", edge.dash());
                }
                svg.end();
            }
        }
        positions.forEach((id, position) -> {
            Node node = byId.get(id);
            svg.rectangle(position[0], position[1], NODE_WIDTH, position[2], node.colour(),
                    node.notes().isEmpty() ? node.label() : node.label() + ", " + String.join(", ", node.notes()));
            List<String> text = lines.get(id);
            for (int line = 0; line < text.size(); line++) {
                svg.label(position[0] + NODE_WIDTH / 2, position[1] + 14.5 + LINE * line, "middle", FONT_SIZE, text.get(line));
            }
        });
        return svg.finish();
    }

    // one line is the 22 pixels a box has always had; each further line adds one line's height
    private static double height(int lines)
    {
        return 22 + LINE * (lines - 1);
    }

    /** Longest-path layers: a node stands one column right of everything it depends on. */
    private static Map<String, Integer> layers(Set<String> ids, List<Edge> edges)
    {
        Map<String, List<String>> dependencies = new TreeMap<>();
        ids.forEach(id -> dependencies.put(id, new ArrayList<>()));
        edges.forEach(edge -> dependencies.get(edge.from()).add(edge.to()));
        dependencies.values().forEach(list -> list.sort(String::compareTo));
        Map<String, Integer> layers = new TreeMap<>();
        Set<String> onPath = new HashSet<>();
        for (String id : ids) {
            layer(id, dependencies, layers, onPath);
        }
        return layers;
    }

    private static int layer(String id, Map<String, List<String>> dependencies, Map<String, Integer> layers, Set<String> onPath)
    {
        Integer known = layers.get(id);
        if (known != null) {
            return known;
        }
        onPath.add(id);
        int layer = 0;
        for (String dependency : dependencies.get(id)) {
            // an edge back to a node on the current path closes a cycle: it does not order the layers
            if (!onPath.contains(dependency) && !dependency.equals(id)) {
                layer = Math.max(layer, layer(dependency, dependencies, layers, onPath) + 1);
            }
        }
        onPath.remove(id);
        layers.put(id, layer);
        return layer;
    }

}
