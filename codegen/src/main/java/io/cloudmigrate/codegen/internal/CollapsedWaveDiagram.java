package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.GraphView;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.ViewedGraph;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * A wave too large to draw resource by resource, drawn with its resources collapsed by application,
 * subnet, VPC, VPC with what lies in no VPC by resource type, or resource type: the first of these,
 * in that order of detail, that fits the page. A wave of S3 buckets and Lambda functions outside any
 * VPC and without an application tag fits only by type: 13 workload types at most. The collapsing is
 * {@code cloudmigrate graph --collapse}'s own ({@link GraphView}), over the workloads only (network
 * plumbing would be boxes of its own) and the observed and configured edges, as the report's other
 * diagrams draw them; the full detail is left to the graph export. Each box says what it is (a VPC or
 * subnet by its Name tag, else its whole id, with its CIDR block) and how many resources it holds.
 */
final class CollapsedWaveDiagram
{
    private static final List<GraphView.Collapse> ORDER = List.of(GraphView.Collapse.APP, GraphView.Collapse.SUBNET, GraphView.Collapse.VPC,
            GraphView.Collapse.VPC_OR_TYPE, GraphView.Collapse.TYPE);
    private static final Set<EdgeKind> KINDS = EnumSet.of(EdgeKind.OBSERVED, EdgeKind.CONFIGURED);
    private static final String THIS_WAVE = "#dbeafe";
    private static final String OTHER_WAVE = "#f3f4f6";

    /** The picture, and what its boxes stand for. */
    record Drawn(String svg, GraphView.Collapse collapse, int boxes) {}

    private final EstateIndex index;
    private final GraphAnalysis workloads;

    CollapsedWaveDiagram(EstateIndex index, Set<String> workloadIds)
    {
        this.index = requireNonNull(index, "index is null");
        GraphAnalysis graph = index.assessment().graph();
        this.workloads = new GraphAnalysis(
                graph.nodes().stream().filter(workloadIds::contains).toList(),
                graph.edges().stream().filter(edge -> workloadIds.contains(edge.source()) && workloadIds.contains(edge.target())).toList(),
                graph.moveGroups(),
                graph.waves().stream().map(wave -> new MigrationWave(wave.number(), wave.resourceIds().stream().filter(workloadIds::contains).toList())).toList(),
                List.of(),
                List.of());
    }

    /** The wave collapsed as finely as {@code maximumBoxes} allows, or empty when even one box per resource type is too many. */
    Optional<Drawn> draw(int wave, String title, int maximumBoxes)
    {
        for (GraphView.Collapse collapse : ORDER) {
            ViewedGraph view = new GraphView(KINDS, collapse, OptionalInt.of(wave), Optional.empty(), GraphView.HOPS_DEFAULT)
                    .view(workloads, index.assessment().inventory());
            if (view.analysis().nodes().size() <= maximumBoxes) {
                return Optional.of(new Drawn(picture(view, wave, title + ", collapsed by " + name(collapse)), collapse, view.analysis().nodes().size()));
            }
        }
        return Optional.empty();
    }

    /** What the boxes are, as in "collapsed by …". */
    static String name(GraphView.Collapse collapse)
    {
        return switch (collapse) {
            case NONE -> "resource";
            case VPC -> "VPC";
            case SUBNET -> "subnet";
            case APP -> "application";
            case TYPE -> "resource type";
            case VPC_OR_TYPE -> "VPC and resource type";
        };
    }

    /** What one box stands for, as in "drawn as 9 boxes, …". */
    static String perBox(GraphView.Collapse collapse)
    {
        return switch (collapse) {
            case NONE, VPC, SUBNET, APP, TYPE -> "one per " + name(collapse);
            case VPC_OR_TYPE -> "one per VPC, and for what lies in no VPC one per resource type";
        };
    }

    /** The level as {@code cloudmigrate graph --collapse} reads it. */
    static String option(GraphView.Collapse collapse)
    {
        return collapse.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private String picture(ViewedGraph viewed, int wave, String title)
    {
        GraphAnalysis view = viewed.analysis();
        Map<String, Set<Integer>> wavesOfUnit = new TreeMap<>();
        view.waves().forEach(other -> other.resourceIds().forEach(unit -> wavesOfUnit.computeIfAbsent(unit, ignored -> new TreeSet<>()).add(other.number())));
        List<DependencyDiagram.Node> nodes = new ArrayList<>();
        for (String unit : view.nodes()) {
            Set<Integer> waves = wavesOfUnit.getOrDefault(unit, Set.of());
            ViewedGraph.Box box = viewed.boxes().get(unit);
            String label = box != null ? box.label() : index.hasResource(unit) ? index.resource(unit).name() : unit;
            List<String> notes = box == null ? List.of() : counts(box, wave);
            nodes.add(waves.contains(wave)
                    ? new DependencyDiagram.Node(unit, label, THIS_WAVE, notes)
                    : new DependencyDiagram.Node(unit, label + " (wave " + String.join(", ", waves.stream().map(Labels::wave).toList()) + ")", OTHER_WAVE, notes));
        }
        // ports and protocols are merged already; one line per pair of boxes and kind is what a page can show
        Map<String, DependencyDiagram.Edge> edges = new LinkedHashMap<>();
        for (DependencyEdge edge : view.edges()) {
            edges.putIfAbsent(edge.source() + "\n" + edge.target() + "\n" + edge.kind(),
                    new DependencyDiagram.Edge(edge.source(), edge.target(), ReportPictures.stroke(edge.kind()), ReportPictures.dash(edge.kind())));
        }
        return DependencyDiagram.draw(title, nodes, List.copyOf(edges.values()));
    }

    // a box of this wave may also hold resources of other waves that this wave's depend on or serve
    private static List<String> counts(ViewedGraph.Box box, int wave)
    {
        int here = box.resourcesIn(wave);
        return here == 0 || here == box.resources() ? List.of(box.count()) : List.of(box.count(), here + " in this wave");
    }
}
