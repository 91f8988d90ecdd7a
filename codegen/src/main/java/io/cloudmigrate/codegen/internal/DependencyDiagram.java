package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * One wave's dependencies as a layered SVG diagram: what a resource depends on stands in a column to
 * its left, so the picture reads from the foundations on the left to the callers on the right (see
 * {@link Layering}; an edge closing a cycle is still drawn). The columns are ordered to cross few
 * edges and the boxes placed apart by construction, each as tall as its wrapped label (see
 * {@link LayeredLayout}). Columns share the page's width, boxes narrowing to a minimum; a picture
 * still too wide or too tall for the page is drawn smaller, never cut.
 */
final class DependencyDiagram
{
    private static final double WIDTH = 720;
    private static final double NODE_WIDTH = 130;
    private static final double PADDING = 4;
    private static final double FONT_SIZE = 8;
    private static final double LINE = 10;
    private static final double MINIMUM_NODE_WIDTH = 96;
    private static final double MINIMUM_COLUMN_GAP = 36;
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

        List<String> lines(double width, int labelLines)
        {
            List<String> lines = new ArrayList<>(TextWidths.wrap(label, FONT_SIZE, width - 2 * PADDING, labelLines));
            notes.forEach(note -> lines.addAll(TextWidths.wrap(note, FONT_SIZE, width - 2 * PADDING, 2)));
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
        List<String> ids = List.copyOf(byId.keySet());
        Map<String, Integer> index = new TreeMap<>();
        ids.forEach(id -> index.put(id, index.size()));
        // in a fixed order, so that the same graph given in another order is the same picture
        List<Edge> drawn = edges.stream()
                .filter(edge -> byId.containsKey(edge.from()) && byId.containsKey(edge.to()) && !edge.from().equals(edge.to()))
                .sorted(Comparator.comparing(Edge::from).thenComparing(Edge::to).thenComparing(Edge::stroke).thenComparing(Edge::dash))
                .toList();
        List<Layering.Dependency> dependencies = drawn.stream().map(edge -> new Layering.Dependency(index.get(edge.from()), index.get(edge.to()))).toList();
        Layering.Layers layers = Layering.layers(ids.size(), dependencies);
        int columns = Math.max(1, layers.count());
        double boxWidth = Math.max(MINIMUM_NODE_WIDTH, Math.min(NODE_WIDTH, (WIDTH - 2 * LayeredLayout.MARGIN - (columns - 1) * MINIMUM_COLUMN_GAP) / columns));
        double columnGap = columns == 1 ? 0 : Math.max(MINIMUM_COLUMN_GAP, (WIDTH - 2 * LayeredLayout.MARGIN - columns * boxWidth) / (columns - 1));
        // a narrower box has a line more, so that a label keeps about as much of itself
        int labelLines = boxWidth < NODE_WIDTH ? LABEL_LINES + 1 : LABEL_LINES;
        List<List<String>> lines = ids.stream().map(id -> byId.get(id).lines(boxWidth, labelLines)).toList();
        LayeredLayout.Layout layout = LayeredLayout.lay(layers, dependencies, lines.stream().mapToDouble(text -> height(text.size())).toArray(), boxWidth, columnGap);
        double width = Math.max(WIDTH, layout.width());
        // too wide or too tall for the page: drawn smaller, never cut
        double scale = Math.min(1, Math.min(WIDTH / width, MAXIMUM_HEIGHT / layout.height()));
        SvgWriter svg = new SvgWriter(width, layout.height(), width * scale, layout.height() * scale, title);
        for (int edge = 0; edge < drawn.size(); edge++) {
            svg.start("path").attribute("fill", "none").attribute("d", path(layout.routes().get(edge)))
                    .attribute("stroke", drawn.get(edge).stroke()).attribute("stroke-width", 1);
            if (!drawn.get(edge).dash().equals("none")) {
                svg.attribute("stroke-dasharray", drawn.get(edge).dash());
            }
            svg.end();
        }
        for (int node = 0; node < ids.size(); node++) {
            Node drawnNode = byId.get(ids.get(node));
            LayeredLayout.Box box = layout.boxes().get(node);
            svg.rectangle(box.x(), box.y(), box.width(), box.height(), drawnNode.colour(),
                    drawnNode.notes().isEmpty() ? drawnNode.label() : drawnNode.label() + ", " + String.join(", ", drawnNode.notes()));
            List<String> text = lines.get(node);
            for (int line = 0; line < text.size(); line++) {
                svg.label(box.x() + box.width() / 2, box.y() + 14.5 + LINE * line, "middle", FONT_SIZE, text.get(line));
            }
        }
        return svg.finish();
    }

    /**
     * A curve across each gap between columns, leaving and entering horizontally, and a straight line
     * through each column the edge passes; each curve stays between the heights of its ends.
     */
    private static String path(List<LayeredLayout.Point> points)
    {
        StringBuilder path = new StringBuilder("M ").append(point(points.getFirst()));
        for (int index = 1; index < points.size(); index++) {
            LayeredLayout.Point from = points.get(index - 1);
            LayeredLayout.Point to = points.get(index);
            if (index % 2 == 1) {
                double middle = (from.x() + to.x()) / 2;
                path.append(" C ").append(point(new LayeredLayout.Point(middle, from.y()))).append(' ')
                        .append(point(new LayeredLayout.Point(middle, to.y()))).append(' ').append(point(to));
            }
            else {
                path.append(" L ").append(point(to));
            }
        }
        return path.toString();
    }

    private static String point(LayeredLayout.Point point)
    {
        return SvgWriter.number(point.x()) + " " + SvgWriter.number(point.y());
    }

    // one line is the 22 pixels a box has always had; each further line adds one line's height
    private static double height(int lines)
    {
        return 22 + LINE * (lines - 1);
    }
}
