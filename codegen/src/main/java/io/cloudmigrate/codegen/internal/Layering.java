package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

import static java.util.Objects.requireNonNull;

/**
 * The columns of a left-to-right layered drawing: what a node depends on stands in a column to its
 * left. A depth-first search over the dependencies, in node order, sets aside each edge that closes a
 * cycle and turns it round; the rest take longest-path layers (Sugiyama, Tagawa and Toda's first
 * phase), and then a node with more edges to its right than to its left moves right to the column
 * just before its nearest right-hand neighbour, so that a shared foundation does not draw long edges
 * across the picture for nothing. Linear in nodes and edges, plus a sort of the nodes by column.
 */
final class Layering
{
    /** An edge between two nodes given by their index: {@code dependent} depends on {@code dependency}. */
    record Dependency(int dependent, int dependency)
    {
        Dependency
        {
            if (dependent == dependency) {
                throw new IllegalArgumentException("a node cannot depend on itself: " + dependent);
            }
        }
    }

    /**
     * @param layers the column of each node, 0 being the leftmost
     * @param left per edge, the node in the column further left; the other end is in a column further right
     */
    record Layers(int[] layers, int[] left)
    {
        Layers
        {
            requireNonNull(layers, "layers is null");
            requireNonNull(left, "left is null");
        }

        int count()
        {
            return Arrays.stream(layers).max().orElse(-1) + 1;
        }
    }

    private Layering() {}

    static Layers layers(int nodes, List<Dependency> edges)
    {
        List<List<Integer>> dependencies = new ArrayList<>();
        IntStream.range(0, nodes).forEach(node -> dependencies.add(new ArrayList<>()));
        for (int edge = 0; edge < edges.size(); edge++) {
            dependencies.get(edges.get(edge).dependent()).add(edge);
        }
        // the search visits dependencies in node order, whatever order the edges came in
        dependencies.forEach(list -> list.sort(Comparator.comparingInt((Integer edge) -> edges.get(edge).dependency()).thenComparingInt(edge -> edge)));
        int[] layers = new int[nodes];
        Arrays.fill(layers, -1);
        boolean[] reversed = new boolean[edges.size()];
        boolean[] onPath = new boolean[nodes];
        for (int node = 0; node < nodes; node++) {
            layer(node, edges, dependencies, layers, reversed, onPath);
        }
        int[] left = new int[edges.size()];
        for (int edge = 0; edge < edges.size(); edge++) {
            left[edge] = reversed[edge] ? edges.get(edge).dependent() : edges.get(edge).dependency();
        }
        pullRight(nodes, edges, left, layers);
        return new Layers(layers, left);
    }

    private static int layer(int node, List<Dependency> edges, List<List<Integer>> dependencies, int[] layers, boolean[] reversed, boolean[] onPath)
    {
        if (layers[node] >= 0) {
            return layers[node];
        }
        onPath[node] = true;
        int layer = 0;
        for (int edge : dependencies.get(node)) {
            int dependency = edges.get(edge).dependency();
            // an edge back to a node on the current path closes a cycle: drawn turned round, it does not order the columns
            if (onPath[dependency]) {
                reversed[edge] = true;
            }
            else {
                layer = Math.max(layer, layer(dependency, edges, dependencies, layers, reversed, onPath) + 1);
            }
        }
        onPath[node] = false;
        layers[node] = layer;
        return layer;
    }

    // right to left, so that every node's right-hand neighbours have their final column when it moves
    private static void pullRight(int nodes, List<Dependency> edges, int[] left, int[] layers)
    {
        int[] nearestRight = new int[nodes];
        Arrays.fill(nearestRight, Integer.MAX_VALUE);
        int[] leftEdges = new int[nodes];
        List<List<Integer>> rightNeighbours = new ArrayList<>();
        IntStream.range(0, nodes).forEach(node -> rightNeighbours.add(new ArrayList<>()));
        for (int edge = 0; edge < edges.size(); edge++) {
            Dependency dependency = edges.get(edge);
            int right = left[edge] == dependency.dependency() ? dependency.dependent() : dependency.dependency();
            rightNeighbours.get(left[edge]).add(right);
            leftEdges[right]++;
        }
        List<Integer> order = IntStream.range(0, nodes).boxed()
                .sorted(Comparator.comparingInt((Integer node) -> -layers[node]).thenComparingInt(node -> node)).toList();
        for (int node : order) {
            for (int right : rightNeighbours.get(node)) {
                nearestRight[node] = Math.min(nearestRight[node], layers[right]);
            }
            // each column it moves shortens its edges to the right and lengthens those to the left
            if (nearestRight[node] != Integer.MAX_VALUE && rightNeighbours.get(node).size() > leftEdges[node]) {
                layers[node] = nearestRight[node] - 1;
            }
        }
    }
}
