package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The order of the nodes within each column of a layered drawing, chosen to cross few edges: sweeps
 * that sort each column by the barycentre of its neighbours in the column before it, left to right
 * and then right to left, each followed by a pass that swaps neighbours in a column while that crosses
 * fewer edges (Gansner, Koutsofios, North and Vo, "A technique for drawing directed graphs", 1993).
 * The best order seen is kept. Every tie falls to the earlier position, so the same graph gets the
 * same order. Each sweep costs O(E²) for counting crossings, which is nothing at the size of a page.
 */
final class LayerOrdering
{
    private static final int SWEEPS = 24;
    // sweeps without a better order before the search stops
    private static final int PATIENCE = 4;

    private final List<List<Integer>> leftNeighbours = new ArrayList<>();
    private final List<List<Integer>> rightNeighbours = new ArrayList<>();
    private final List<List<Integer>> columns;
    private final int[] position;

    /**
     * @param column the column of each vertex (nodes and the dummy vertices of long edges)
     * @param segments each an edge between vertices of neighbouring columns, as {left, right}
     */
    private LayerOrdering(int[] column, int columnCount, List<int[]> segments)
    {
        IntStream.range(0, column.length).forEach(vertex -> {
            leftNeighbours.add(new ArrayList<>());
            rightNeighbours.add(new ArrayList<>());
        });
        for (int[] segment : segments) {
            rightNeighbours.get(segment[0]).add(segment[1]);
            leftNeighbours.get(segment[1]).add(segment[0]);
        }
        columns = new ArrayList<>();
        IntStream.range(0, columnCount).forEach(index -> columns.add(new ArrayList<>()));
        IntStream.range(0, column.length).forEach(vertex -> columns.get(column[vertex]).add(vertex));
        position = new int[column.length];
    }

    /** The vertices of each column, top to bottom. */
    static List<List<Integer>> order(int[] column, int columnCount, List<int[]> segments)
    {
        return new LayerOrdering(column, columnCount, segments).search();
    }

    private List<List<Integer>> search()
    {
        // a first order: the leftmost column in vertex order, each next one by its left neighbours
        for (int index = 0; index < columns.size(); index++) {
            if (index > 0) {
                sortByBarycentre(index, true);
            }
            renumber(index);
        }
        List<List<Integer>> best = copy();
        int fewest = crossings();
        int withoutBetter = 0;
        for (int sweep = 0; sweep < SWEEPS && fewest > 0 && withoutBetter < PATIENCE; sweep++) {
            boolean rightward = sweep % 2 == 0;
            for (int step = 1; step < columns.size(); step++) {
                int index = rightward ? step : columns.size() - 1 - step;
                sortByBarycentre(index, rightward);
                renumber(index);
            }
            transpose();
            int crossings = crossings();
            if (crossings < fewest) {
                fewest = crossings;
                best = copy();
                withoutBetter = 0;
            }
            else {
                withoutBetter++;
            }
        }
        return best;
    }

    // a vertex without neighbours on that side keeps its place
    private void sortByBarycentre(int index, boolean byLeft)
    {
        List<Integer> column = columns.get(index);
        double[] key = new double[position.length];
        for (int vertex : column) {
            List<Integer> neighbours = byLeft ? leftNeighbours.get(vertex) : rightNeighbours.get(vertex);
            key[vertex] = neighbours.isEmpty()
                    ? fraction(position[vertex], column.size())
                    : neighbours.stream().mapToDouble(neighbour -> fraction(position[neighbour], columns.get(index + (byLeft ? -1 : 1)).size())).average().orElseThrow();
        }
        column.sort(Comparator.comparingDouble((Integer vertex) -> key[vertex]).thenComparingInt(vertex -> position[vertex]));
    }

    private static double fraction(int place, int size)
    {
        return (place + 1.0) / (size + 1.0);
    }

    private void transpose()
    {
        boolean improved = true;
        for (int pass = 0; improved && pass < 2 * position.length; pass++) {
            improved = false;
            for (List<Integer> column : columns) {
                for (int place = 0; place + 1 < column.size(); place++) {
                    int upper = column.get(place);
                    int lower = column.get(place + 1);
                    if (pairCrossings(lower, upper) < pairCrossings(upper, lower)) {
                        column.set(place, lower);
                        column.set(place + 1, upper);
                        position[lower] = place;
                        position[upper] = place + 1;
                        improved = true;
                    }
                }
            }
        }
    }

    // crossings between the edges of two vertices of a column when upper stands above lower
    private int pairCrossings(int upper, int lower)
    {
        return pairCrossings(leftNeighbours.get(upper), leftNeighbours.get(lower)) + pairCrossings(rightNeighbours.get(upper), rightNeighbours.get(lower));
    }

    private int pairCrossings(List<Integer> upperEnds, List<Integer> lowerEnds)
    {
        int crossings = 0;
        for (int upperEnd : upperEnds) {
            for (int lowerEnd : lowerEnds) {
                if (position[upperEnd] > position[lowerEnd]) {
                    crossings++;
                }
            }
        }
        return crossings;
    }

    /** Pairs of edges between neighbouring columns whose ends stand in opposite orders. */
    private int crossings()
    {
        int crossings = 0;
        for (int index = 0; index + 1 < columns.size(); index++) {
            List<int[]> segments = new ArrayList<>();
            for (int vertex : columns.get(index)) {
                rightNeighbours.get(vertex).forEach(right -> segments.add(new int[] {position[vertex], position[right]}));
            }
            for (int first = 0; first < segments.size(); first++) {
                for (int second = first + 1; second < segments.size(); second++) {
                    long order = (long) Integer.compare(segments.get(first)[0], segments.get(second)[0]) * Integer.compare(segments.get(first)[1], segments.get(second)[1]);
                    if (order < 0) {
                        crossings++;
                    }
                }
            }
        }
        return crossings;
    }

    private void renumber(int index)
    {
        List<Integer> column = columns.get(index);
        for (int place = 0; place < column.size(); place++) {
            position[column.get(place)] = place;
        }
    }

    private List<List<Integer>> copy()
    {
        return columns.stream().map(List::copyOf).toList();
    }
}
