package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.GraphView;
import io.cloudmigrate.graph.MigrationWave;

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
 * diagrams draw them; the full detail is left to the graph export.
 */
final class CollapsedWaveDiagram
{
    private static final List<GraphView.Collapse> ORDER = List.of(GraphView.Collapse.APP, GraphView.Collapse.SUBNET, GraphView.Collapse.VPC,
            GraphView.Collapse.VPC_OR_TYPE, GraphView.Collapse.TYPE);
    private static final Set<EdgeKind> KINDS = EnumSet.of(EdgeKind.OBSERVED, EdgeKind.CONFIGURED);
    private static final String THIS_WAVE = "#dbeafe";
    private static final String OTHER_WAVE = "#f3f4f6";
    private static final String VPC_UNIT = "vpc ";
    private static final String TYPE_UNIT = "type ";

    /** The picture, and what its boxes stand for. */
    record Drawn(String svg, GraphView.Collapse collapse, int boxes) {}

    private final EstateIndex index;
    private final GraphAnalysis workloads;
    private final Map<String, String> vpcNames = new TreeMap<>();

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
        for (Resource resource : index.assessment().inventory().resources()) {
            if (resource.details() instanceof ResourceDetails.Vpc vpc && !resource.name().isBlank()) {
                vpcNames.putIfAbsent(vpc.vpcId(), resource.name());
            }
        }
    }

    /** The wave collapsed as finely as {@code maximumBoxes} allows, or empty when even one box per resource type is too many. */
    Optional<Drawn> draw(int wave, String title, int maximumBoxes)
    {
        for (GraphView.Collapse collapse : ORDER) {
            GraphAnalysis view = new GraphView(KINDS, collapse, OptionalInt.of(wave), Optional.empty(), GraphView.HOPS_DEFAULT)
                    .apply(workloads, index.assessment().inventory());
            if (view.nodes().size() <= maximumBoxes) {
                return Optional.of(new Drawn(picture(view, wave, title + ", collapsed by " + name(collapse)), collapse, view.nodes().size()));
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

    private String picture(GraphAnalysis view, int wave, String title)
    {
        Map<String, Set<Integer>> wavesOfUnit = new TreeMap<>();
        view.waves().forEach(other -> other.resourceIds().forEach(unit -> wavesOfUnit.computeIfAbsent(unit, ignored -> new TreeSet<>()).add(other.number())));
        List<DependencyDiagram.Node> nodes = new ArrayList<>();
        for (String unit : view.nodes()) {
            Set<Integer> waves = wavesOfUnit.getOrDefault(unit, Set.of());
            String label = label(unit);
            nodes.add(waves.contains(wave)
                    ? new DependencyDiagram.Node(unit, label, THIS_WAVE)
                    : new DependencyDiagram.Node(unit, label + " (wave " + String.join(", ", waves.stream().map(Labels::wave).toList()) + ")", OTHER_WAVE));
        }
        // ports and protocols are merged already; one line per pair of boxes and kind is what a page can show
        Map<String, DependencyDiagram.Edge> edges = new LinkedHashMap<>();
        for (DependencyEdge edge : view.edges()) {
            edges.putIfAbsent(edge.source() + "\n" + edge.target() + "\n" + edge.kind(),
                    new DependencyDiagram.Edge(edge.source(), edge.target(), ReportPictures.stroke(edge.kind()), ReportPictures.dash(edge.kind())));
        }
        return DependencyDiagram.draw(title, nodes, List.copyOf(edges.values()));
    }

    /**
     * A unit is named as GraphView names it ("app orders", "subnet subnet-0a1"), but a VPC by its Name
     * tag when it has one and a type without GraphView's prefix, so that a box's text fits it; a
     * resource it left alone, by its name.
     */
    private String label(String unit)
    {
        if (index.hasResource(unit)) {
            return index.resource(unit).name();
        }
        if (unit.startsWith(VPC_UNIT)) {
            String vpcId = unit.substring(VPC_UNIT.length());
            return "VPC " + vpcNames.getOrDefault(vpcId, vpcId);
        }
        return unit.startsWith(TYPE_UNIT) ? unit.substring(TYPE_UNIT.length()) : unit;
    }
}
