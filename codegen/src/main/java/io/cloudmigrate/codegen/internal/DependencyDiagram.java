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
    private static final double NODE_HEIGHT = 22;
    private static final double ROW = 32;

    private DependencyDiagram() {}

    /**
     * @param colour fill of the node: the strategy's colour, or grey for a resource of another wave
     */
    record Node(String id, String label, String colour) {}

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
        int rows = columnsToIds.values().stream().mapToInt(List::size).max().orElse(1);
        double gap = columns == 1 ? 0 : (WIDTH - 20 - NODE_WIDTH) / (columns - 1);
        Map<String, double[]> positions = new TreeMap<>();
        columnsToIds.forEach((column, ids) -> {
            for (int row = 0; row < ids.size(); row++) {
                positions.put(ids.get(row), new double[] {10 + gap * column, 10 + ROW * row});
            }
        });
        // room below the last row for the arches
        SvgWriter svg = new SvgWriter(WIDTH, 40 + ROW * rows, title);
        for (Edge edge : edges) {
            double[] from = positions.get(edge.from());
            double[] to = positions.get(edge.to());
            if (from != null && to != null && from != to) {
                double x1 = from[0];
                double y1 = from[1] + NODE_HEIGHT / 2;
                double x2 = to[0] + NODE_WIDTH;
                double y2 = to[1] + NODE_HEIGHT / 2;
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
            svg.rectangle(position[0], position[1], NODE_WIDTH, NODE_HEIGHT, node.colour(), node.label());
            svg.label(position[0] + NODE_WIDTH / 2, position[1] + 14.5, "middle", 8, shortened(node.label()));
        });
        return svg.finish();
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

    private static String shortened(String label)
    {
        return label.codePointCount(0, label.length()) <= 22 ? label : label.substring(0, label.offsetByCodePoints(0, 21)) + "\u2026";
    }
}
