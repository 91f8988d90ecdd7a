package io.cloudmigrate.codegen.internal;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.ShrinkingMode;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dependency diagrams measured as drawn: boxes never overlap, everything stays inside the picture and
 * the page, no line runs behind a box, the same graph is the same bytes, and edges cross little.
 */
class DependencyDiagramTest
{
    @Test
    void keepsTheBoxesOfADeepGraphApartAndInsideThePicture()
            throws Exception
    {
        DrawnDiagram drawn = DrawnDiagram.parse(DependencyDiagram.draw("deep", DeepGraph.NODES, DeepGraph.EDGES));

        assertThat(drawn.boxes()).hasSize(DeepGraph.NODES.size());
        assertThat(drawn.overlappingBoxes()).isEmpty();
        assertThat(drawn.outsideThePicture()).isEmpty();
        assertThat(drawn.labelsOutsideTheirBoxes()).isEmpty();
        assertThat(drawn.edgesThroughBoxes()).isEmpty();
        assertThat(drawn.edges()).hasSize(DeepGraph.EDGES.size());
        // shown within an A4 landscape page, under its heading
        assertThat(drawn.shownWidth()).isLessThanOrEqualTo(720);
        assertThat(drawn.shownHeight()).isLessThanOrEqualTo(600);
    }

    @Test
    void drawsTheSameBytesWhateverTheOrderOfItsInput()
    {
        String first = DependencyDiagram.draw("deep", DeepGraph.NODES, DeepGraph.EDGES);
        List<DependencyDiagram.Node> nodes = new ArrayList<>(DeepGraph.NODES);
        List<DependencyDiagram.Edge> edges = new ArrayList<>(DeepGraph.EDGES);
        Collections.shuffle(nodes, new Random(7));
        Collections.shuffle(edges, new Random(11));

        assertThat(DependencyDiagram.draw("deep", DeepGraph.NODES, DeepGraph.EDGES)).isEqualTo(first);
        assertThat(DependencyDiagram.draw("deep", nodes, edges)).isEqualTo(first);
    }

    @Test
    void drawsATreeWithoutCrossings()
            throws Exception
    {
        List<DependencyDiagram.Node> nodes = new ArrayList<>();
        List<DependencyDiagram.Edge> edges = new ArrayList<>();
        // a binary tree of dependencies four deep, named so that name order alone would tangle it
        for (int node = 1; node < 16; node++) {
            nodes.add(new DependencyDiagram.Node("n" + Integer.toString(node * 7919 % 1000, 36), "node " + node, "#fff"));
            if (node > 1) {
                edges.add(new DependencyDiagram.Edge(nodes.get(node / 2 - 1).id(), nodes.get(node - 1).id(), "#000", "none"));
            }
        }

        DrawnDiagram drawn = DrawnDiagram.parse(DependencyDiagram.draw("tree", nodes, edges));

        assertThat(drawn.crossings()).isZero();
        assertThat(drawn.overlappingBoxes()).isEmpty();
    }

    @Test
    void crossesFewEdgesInTheDeepGraph()
            throws Exception
    {
        // the columns force some: 8 is what the layout reaches (the column stacks of before crossed 43), a regression guard
        assertThat(DrawnDiagram.parse(DependencyDiagram.draw("deep", DeepGraph.NODES, DeepGraph.EDGES)).crossings()).isLessThanOrEqualTo(8);
    }

    @Property(tries = 200, seed = "20261206", shrinking = ShrinkingMode.OFF)
    void neverOverlapsBoxesOfARandomGraph(@ForAll long seed)
            throws Exception
    {
        Random random = new Random(seed);
        List<DependencyDiagram.Node> nodes = new ArrayList<>();
        List<DependencyDiagram.Edge> edges = new ArrayList<>();
        int count = 2 + random.nextInt(24);
        for (int node = 0; node < count; node++) {
            String label = random.nextInt(4) == 0 ? "a-long-identifier-without-breaks-" + node + "x".repeat(random.nextInt(60)) : "node " + node + " word".repeat(random.nextInt(8));
            List<String> notes = random.nextInt(3) == 0 ? List.of(random.nextInt(500) + " resources", "3 in this wave") : List.of();
            nodes.add(new DependencyDiagram.Node(String.format("%02d", random.nextInt(100)) + "-" + node, label, "#fff", notes));
        }
        // edges from a later node to an earlier one make a graph without cycles; a few go the other way
        int edgeCount = random.nextInt(count * 2);
        boolean cycles = random.nextBoolean();
        for (int edge = 0; edge < edgeCount; edge++) {
            int from = random.nextInt(count);
            int to = random.nextInt(count);
            if (from != to && (from > to || cycles && random.nextInt(6) == 0)) {
                edges.add(new DependencyDiagram.Edge(nodes.get(from).id(), nodes.get(to).id(), "#000", random.nextBoolean() ? "none" : "5 3"));
            }
        }

        String svg = DependencyDiagram.draw("random " + seed, nodes, edges);
        DrawnDiagram drawn = DrawnDiagram.parse(svg);

        assertThat(drawn.overlappingBoxes()).isEmpty();
        assertThat(drawn.outsideThePicture()).isEmpty();
        assertThat(drawn.labelsOutsideTheirBoxes()).isEmpty();
        assertThat(drawn.edgesThroughBoxes()).isEmpty();
        assertThat(drawn.shownWidth()).isLessThanOrEqualTo(720);
        assertThat(drawn.shownHeight()).isLessThanOrEqualTo(600);
        assertThat(DependencyDiagram.draw("random " + seed, nodes, edges)).isEqualTo(svg);
        if (!cycles) {
            // without a cycle, what a node depends on stands in a column to its left
            Map<String, Double> x = new TreeMap<>();
            drawn.boxes().forEach(box -> x.put(box.title(), box.x()));
            Map<String, String> titles = new TreeMap<>();
            nodes.forEach(node -> titles.put(node.id(), node.notes().isEmpty() ? node.label() : node.label() + ", " + String.join(", ", node.notes())));
            assertThat(edges).allMatch(edge -> x.get(titles.get(edge.to())) < x.get(titles.get(edge.from())));
        }
    }
}
