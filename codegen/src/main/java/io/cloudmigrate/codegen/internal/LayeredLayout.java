package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static java.util.Objects.requireNonNull;

/**
 * Where the boxes of a left-to-right layered drawing stand and where its edges run. An edge longer
 * than one column passes each column in between through a slot of its own (a dummy vertex), so no
 * line runs behind a box. The columns are ordered by {@link LayerOrdering}; then each column's boxes
 * are placed, in that order, as near as they can be to the mean height of their neighbours in the
 * column last placed, subject to a minimum gap below each box given its height: a least-squares fit
 * under order constraints, solved exactly by pooling adjacent violators (Barlow et al., 1972). The
 * sweeps alternate direction. Gaps are constraints of the fit, not its aim, so no two boxes of a
 * column can overlap, and columns are apart by construction.
 */
final class LayeredLayout
{
    static final double MARGIN = 10;
    private static final double BOX_GAP = 10;
    // a line passing a box keeps this far from it, and from the next line
    private static final double LANE_GAP = 6;
    private static final int ROUNDS = 8;

    record Point(double x, double y) {}

    record Box(double x, double y, double width, double height) {}

    /**
     * @param boxes per node, its box
     * @param routes per edge, the points its line passes left to right: from the side of the box in the
     *        column further left, through the slots of the columns in between, to the side of the other box
     */
    record Layout(double width, double height, List<Box> boxes, List<List<Point>> routes)
    {
        Layout
        {
            boxes = List.copyOf(requireNonNull(boxes, "boxes is null"));
            routes = List.copyOf(requireNonNull(routes, "routes is null"));
        }
    }

    private final int nodes;
    private final double[] heights;
    private final List<int[]> chains = new ArrayList<>();
    private final int[] column;
    private double[] top;

    private LayeredLayout(Layering.Layers layers, List<Layering.Dependency> edges, double[] heights)
    {
        this.nodes = heights.length;
        List<Integer> columns = new ArrayList<>(Arrays.stream(layers.layers()).boxed().toList());
        List<Double> vertexHeights = new ArrayList<>(Arrays.stream(heights).boxed().toList());
        for (int edge = 0; edge < edges.size(); edge++) {
            int left = layers.left()[edge];
            int right = left == edges.get(edge).dependency() ? edges.get(edge).dependent() : edges.get(edge).dependency();
            int[] chain = new int[layers.layers()[right] - layers.layers()[left] + 1];
            chain[0] = left;
            chain[chain.length - 1] = right;
            for (int step = 1; step < chain.length - 1; step++) {
                chain[step] = columns.size();
                columns.add(layers.layers()[left] + step);
                vertexHeights.add(0.0);
            }
            chains.add(chain);
        }
        this.column = columns.stream().mapToInt(Integer::intValue).toArray();
        this.heights = vertexHeights.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /**
     * @param heights per node, the height of its box
     * @param columnGap the room between two columns of boxes
     */
    static Layout lay(Layering.Layers layers, List<Layering.Dependency> edges, double[] heights, double boxWidth, double columnGap)
    {
        return new LayeredLayout(layers, edges, heights).lay(Math.max(1, layers.count()), boxWidth, columnGap);
    }

    private Layout lay(int columnCount, double boxWidth, double columnGap)
    {
        List<int[]> segments = new ArrayList<>();
        chains.forEach(chain -> IntStream.range(0, chain.length - 1).forEach(step -> segments.add(new int[] {chain[step], chain[step + 1]})));
        List<List<Integer>> order = LayerOrdering.order(column, columnCount, segments);
        List<List<Integer>> leftNeighbours = neighbours(segments, 1, 0);
        List<List<Integer>> rightNeighbours = neighbours(segments, 0, 1);
        top = new double[column.length];
        order.forEach(vertices -> place(vertices, vertices.stream().mapToDouble(vertex -> 0).toArray()));
        for (int round = 0; round < ROUNDS; round++) {
            boolean rightward = round % 2 == 0;
            for (int step = 1; step < columnCount; step++) {
                List<Integer> vertices = order.get(rightward ? step : columnCount - 1 - step);
                List<List<Integer>> neighbours = rightward ? leftNeighbours : rightNeighbours;
                place(vertices, vertices.stream().mapToDouble(vertex -> desiredTop(vertex, neighbours.get(vertex))).toArray());
            }
        }
        double shift = MARGIN - Arrays.stream(top).min().orElse(MARGIN);
        double bottom = 0;
        for (int vertex = 0; vertex < top.length; vertex++) {
            top[vertex] += shift;
            bottom = Math.max(bottom, top[vertex] + heights[vertex]);
        }
        List<Box> boxes = new ArrayList<>();
        for (int node = 0; node < nodes; node++) {
            boxes.add(new Box(MARGIN + column[node] * (boxWidth + columnGap), top[node], boxWidth, heights[node]));
        }
        double width = 2 * MARGIN + columnCount * boxWidth + (columnCount - 1) * columnGap;
        return new Layout(width, Math.max(bottom, MARGIN) + MARGIN, boxes, routes(boxes, boxWidth, columnGap));
    }

    private double desiredTop(int vertex, List<Integer> neighbours)
    {
        if (neighbours.isEmpty()) {
            return top[vertex];
        }
        double centre = neighbours.stream().mapToDouble(neighbour -> top[neighbour] + heights[neighbour] / 2).average().orElseThrow();
        return centre - heights[vertex] / 2;
    }

    /**
     * Tops as near the desired ones as the order and the gaps allow. With each top less the room the
     * boxes above it need, the constraints become "never decreasing", which pooling adjacent violators
     * solves exactly in linear time.
     */
    private void place(List<Integer> vertices, double[] desired)
    {
        int count = vertices.size();
        double[] offset = new double[count];
        for (int place = 1; place < count; place++) {
            int above = vertices.get(place - 1);
            offset[place] = offset[place - 1] + heights[above] + gap(above, vertices.get(place));
        }
        double[] sums = new double[count];
        int[] sizes = new int[count];
        int blocks = 0;
        for (int place = 0; place < count; place++) {
            sums[blocks] = desired[place] - offset[place];
            sizes[blocks] = 1;
            blocks++;
            while (blocks > 1 && sums[blocks - 2] / sizes[blocks - 2] > sums[blocks - 1] / sizes[blocks - 1]) {
                sums[blocks - 2] += sums[blocks - 1];
                sizes[blocks - 2] += sizes[blocks - 1];
                blocks--;
            }
        }
        int place = 0;
        for (int block = 0; block < blocks; block++) {
            for (int member = 0; member < sizes[block]; member++, place++) {
                top[vertices.get(place)] = sums[block] / sizes[block] + offset[place];
            }
        }
    }

    private double gap(int above, int below)
    {
        return above >= nodes || below >= nodes ? LANE_GAP : BOX_GAP;
    }

    /**
     * Each edge leaves and enters a box at a port of its own on the box's side, the ports in the order
     * of the edges' other ends, so that lines meeting a box neither share a point nor cross there.
     */
    private List<List<Point>> routes(List<Box> boxes, double boxWidth, double columnGap)
    {
        double[][] ports = new double[chains.size()][2];
        for (int node = 0; node < nodes; node++) {
            assignPorts(node, boxes.get(node), ports, 0);
            assignPorts(node, boxes.get(node), ports, 1);
        }
        List<List<Point>> routes = new ArrayList<>();
        for (int edge = 0; edge < chains.size(); edge++) {
            int[] chain = chains.get(edge);
            List<Point> points = new ArrayList<>();
            Box left = boxes.get(chain[0]);
            points.add(new Point(left.x() + boxWidth, ports[edge][0]));
            for (int step = 1; step < chain.length - 1; step++) {
                double x = MARGIN + column[chain[step]] * (boxWidth + columnGap);
                points.add(new Point(x, top[chain[step]]));
                points.add(new Point(x + boxWidth, top[chain[step]]));
            }
            points.add(new Point(boxes.get(chain[chain.length - 1]).x(), ports[edge][1]));
            routes.add(List.copyOf(points));
        }
        return routes;
    }

    // end 0: the edges leaving the node's right side; end 1: those entering its left side
    private void assignPorts(int node, Box box, double[][] ports, int end)
    {
        List<Integer> edges = new ArrayList<>();
        for (int edge = 0; edge < chains.size(); edge++) {
            int[] chain = chains.get(edge);
            if (chain[end == 0 ? 0 : chain.length - 1] == node) {
                edges.add(edge);
            }
        }
        edges.sort(Comparator.comparingDouble((Integer edge) -> centre(otherEnd(chains.get(edge), end))).thenComparingInt(edge -> edge));
        for (int place = 0; place < edges.size(); place++) {
            ports[edges.get(place)][end] = box.y() + box.height() * (place + 1) / (edges.size() + 1);
        }
    }

    private static int otherEnd(int[] chain, int end)
    {
        return end == 0 ? chain[1] : chain[chain.length - 2];
    }

    private double centre(int vertex)
    {
        return top[vertex] + heights[vertex] / 2;
    }

    private List<List<Integer>> neighbours(List<int[]> segments, int from, int to)
    {
        List<List<Integer>> neighbours = new ArrayList<>();
        IntStream.range(0, column.length).forEach(vertex -> neighbours.add(new ArrayList<>()));
        segments.forEach(segment -> neighbours.get(segment[from]).add(segment[to]));
        return neighbours;
    }
}
