package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.List;

/**
 * A graph seven columns deep: three or four nodes a column, labels from two letters to an identifier
 * of 90 characters without a break and a CJK name, boxes with notes under the label, a cycle between
 * two columns, and edges that skip two to five columns.
 */
final class DeepGraph
{
    static final List<DependencyDiagram.Node> NODES;
    static final List<DependencyDiagram.Edge> EDGES;

    static {
        List<DependencyDiagram.Node> nodes = new ArrayList<>();
        List<DependencyDiagram.Edge> edges = new ArrayList<>();
        String[] labels = {"db", "orders database primary cluster in eu-west-1 production", "arn:aws:elasticache:eu-west-1:111122223333:replicationgroup:sessions-cache-primary-0001",
                "\u6771\u4eac\u306e\u6ce8\u6587\u30b5\u30fc\u30d3\u30b9 api", "queue"};
        for (int column = 0; column < 7; column++) {
            int size = column % 2 == 0 ? 4 : 3;
            for (int row = 0; row < size; row++) {
                String label = labels[(column + row) % labels.length] + " " + column + "." + row;
                List<String> notes = (column + row) % 3 == 0 ? List.of((column * 7 + row) + " resources", "2 in this wave") : List.of();
                nodes.add(new DependencyDiagram.Node(id(column, row), label, "#bbf7d0", notes));
                if (column > 0) {
                    int before = column % 2 == 1 ? 4 : 3;
                    edges.add(edge(id(column, row), id(column - 1, row % before), "none"));
                    if (row == 0) {
                        edges.add(edge(id(column, row), id(column - 1, before - 1), "5 3"));
                    }
                }
            }
        }
        // edges that skip columns
        edges.add(edge(id(6, 1), id(0, 2), "1 3"));
        edges.add(edge(id(5, 2), id(1, 0), "none"));
        edges.add(edge(id(4, 3), id(2, 1), "5 3"));
        edges.add(edge(id(3, 2), id(0, 0), "none"));
        // a cycle: 3.1 depends on 2.1, and 2.1 on 3.1
        edges.add(edge(id(2, 1), id(3, 1), "5 3"));
        NODES = List.copyOf(nodes);
        EDGES = List.copyOf(edges);
    }

    private DeepGraph() {}

    private static String id(int column, int row)
    {
        // ids sort against the columns, so that no order of the input does the layout's work
        return "node-" + (9 - column) + "-" + row;
    }

    private static DependencyDiagram.Edge edge(String from, String to, String dash)
    {
        return new DependencyDiagram.Edge(from, to, "#1f2937", dash);
    }
}
