package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.CostSummary;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.function.Function;

import static java.util.Objects.requireNonNull;

/**
 * The numbers behind the report's pictures, taken from the assessment, and the pictures drawn from
 * them. Each picture is SVG markup built escaped (see {@link SvgWriter}), handed to the template as
 * text the XHTML format prints as it is.
 */
final class ReportPictures
{
    // a diagram taller than a page would be cut by the PDF renderer: 18 rows fit an A4 landscape page
    private static final int MAX_NODES = 18;

    private final EstateIndex index;
    private final Assessment assessment;

    ReportPictures(EstateIndex index)
    {
        this.index = requireNonNull(index, "index is null");
        this.assessment = index.assessment();
    }

    ReportModel.Pictures draw(List<Resource> resources, Function<MigrationWave, SortedSet<Integer>> dependsOn)
    {
        return new ReportModel.Pictures(
                rendered(ReportCharts.costBars("Monthly run-rate today and after the move, by strategy", byStrategy(resources))),
                rendered(ReportCharts.costBars("Monthly run-rate today and after the move, by wave", byWave())),
                rendered(ReportCharts.waveTimeline("Migration waves in order, with the waves each depends on", timeline(dependsOn))),
                rendered(ReportCharts.riskBars("Resources by risk level", riskBars(resources))),
                waveDiagrams(resources));
    }

    /**
     * Per wave, its workloads and what they depend on: edges between two resources of the inventory
     * that start in the wave; a resource of another wave is drawn grey with its wave in the label.
     */
    private List<ReportModel.WaveDiagram> waveDiagrams(List<Resource> resources)
    {
        Map<String, Resource> workloads = new TreeMap<>();
        resources.stream().filter(resource -> !NetworkPlumbing.isPlumbing(resource.type())).forEach(resource -> workloads.put(resource.id(), resource));
        List<ReportModel.WaveDiagram> diagrams = new ArrayList<>();
        CollapsedWaveDiagram collapsed = new CollapsedWaveDiagram(index, workloads.keySet());
        for (MigrationWave wave : assessment.graph().waves()) {
            Map<String, DependencyDiagram.Node> nodes = new TreeMap<>();
            List<DependencyDiagram.Edge> edges = new ArrayList<>();
            wave.resourceIds().stream().filter(workloads::containsKey).forEach(id -> nodes.put(id, node(id, false)));
            for (DependencyEdge edge : wave.resourceIds().stream().filter(workloads::containsKey).flatMap(id -> index.edgesFrom(id).stream()).toList()) {
                if (workloads.containsKey(edge.target()) && !edge.source().equals(edge.target())) {
                    nodes.computeIfAbsent(edge.target(), id -> node(id, true));
                    edges.add(new DependencyDiagram.Edge(edge.source(), edge.target(), stroke(edge.kind()), dash(edge.kind())));
                }
            }
            String label = Labels.wave(wave.number());
            if (nodes.size() > MAX_NODES) {
                diagrams.add(collapsed(collapsed, wave.number(), label, nodes.size()));
            }
            else if (!nodes.isEmpty()) {
                diagrams.add(new ReportModel.WaveDiagram(label, true,
                        rendered(DependencyDiagram.draw("Dependencies of wave " + label, List.copyOf(nodes.values()), edges)), ""));
            }
        }
        return diagrams;
    }

    /**
     * A wave with more resources than a page shows legibly: collapsed, with the graph command that draws
     * the same boxes with their ports and volumes, and the one that draws every resource; or, when not
     * even one box per resource type fits, named with those commands.
     */
    private static ReportModel.WaveDiagram collapsed(CollapsedWaveDiagram collapsed, int wave, String label, int resources)
    {
        String export = "cloudmigrate graph --assessment assessment.json --format dot --wave " + wave;
        return collapsed.draw(wave, "Dependencies of wave " + label, MAX_NODES)
                .map(drawn -> new ReportModel.WaveDiagram(label, true, rendered(drawn.svg()), resources + " resources (with those of other waves they depend on), "
                        + "more than the " + MAX_NODES + " a page shows legibly: drawn as " + boxes(drawn.boxes()) + ", " + CollapsedWaveDiagram.perBox(drawn.collapse())
                        + " (blue: in this wave; grey: only in the waves named). The graph export draws these boxes with their ports and volumes: " + export
                        + " --edges observed,configured --collapse " + CollapsedWaveDiagram.option(drawn.collapse()) + "; and every resource: " + export + "."))
                .orElseGet(() -> new ReportModel.WaveDiagram(label, false, rendered(""), resources + " resources (with those of other waves they depend on) in more than "
                        + MAX_NODES + " VPCs, applications, subnets or resource types: more than a page shows legibly. The graph export draws them: " + export
                        + " --collapse type."));
    }

    private static String boxes(int count)
    {
        return count == 1 ? "1 box" : count + " boxes";
    }

    private DependencyDiagram.Node node(String id, boolean otherWave)
    {
        if (otherWave) {
            String wave = index.wave(id).stream().mapToObj(Labels::wave).findFirst().orElse("-");
            return new DependencyDiagram.Node(id, index.displayName(id) + " (wave " + wave + ")", "#f3f4f6");
        }
        Strategy strategy = index.recommendation(id).map(Recommendation::strategy).orElse(null);
        return new DependencyDiagram.Node(id, index.displayName(id), strategy == null ? "#e5e7eb" : colour(strategy));
    }

    private static String colour(Strategy strategy)
    {
        return switch (strategy) {
            case RETIRE -> "#fecaca";
            case RETAIN -> "#e9d5ff";
            case RELOCATE -> "#bfdbfe";
            case REHOST -> "#bbf7d0";
            case REPLATFORM -> "#fde68a";
            case REPURCHASE -> "#fbcfe8";
            case REFACTOR -> "#a5f3fc";
        };
    }

    static String stroke(EdgeKind kind)
    {
        return switch (kind) {
            case OBSERVED -> "#1f2937";
            case CONFIGURED -> "#2563eb";
            case ALLOWED -> "#9ca3af";
        };
    }

    static String dash(EdgeKind kind)
    {
        return switch (kind) {
            case OBSERVED -> "none";
            case CONFIGURED -> "5 3";
            case ALLOWED -> "1 3";
        };
    }

    /**
     * When the one-off cost is earned back by the monthly saving, or why it is not. Resources without a
     * price count at today's run-rate, which the text says.
     */
    static String payback(CostSummary costs)
    {
        double saving = costs.monthlyBeforeUsd() - costs.monthlyAfterUsd();
        String text;
        if (saving > 0.005) {
            double months = costs.oneOffUsd() / saving;
            text = String.format(Locale.ROOT, "Pays back in %.1f months: %s one-off cost / %s saved a month.", months, Money.usd(costs.oneOffUsd()), Money.usd(saving));
        }
        else {
            text = "Does not pay back: the monthly run-rate after the move (" + Money.usd(costs.monthlyAfterUsd())
                    + ") is not lower than today's (" + Money.usd(costs.monthlyBeforeUsd()) + "), so the one-off cost of "
                    + Money.usd(costs.oneOffUsd()) + " is not earned back.";
        }
        if (costs.unpriced() > 0) {
            text += " " + costs.unpriced() + " resource(s) have no price for their strategy and count at today's run-rate.";
        }
        return text;
    }

    private List<ReportCharts.CostBar> byStrategy(List<Resource> resources)
    {
        List<ReportCharts.CostBar> bars = new ArrayList<>();
        for (Strategy strategy : Strategy.values()) {
            addBar(bars, strategy.displayName(), resources.stream().filter(resource -> strategy(resource) == strategy).map(Resource::id).toList());
        }
        addBar(bars, "No recommendation", resources.stream().filter(resource -> strategy(resource) == null).map(Resource::id).toList());
        return bars;
    }

    private void addBar(List<ReportCharts.CostBar> bars, String label, List<String> ids)
    {
        if (!ids.isEmpty()) {
            CostSummary costs = assessment.costSummary(ids);
            bars.add(new ReportCharts.CostBar(label, costs.monthlyBeforeUsd(), costs.monthlyAfterUsd()));
        }
    }

    private List<ReportCharts.CostBar> byWave()
    {
        List<ReportCharts.CostBar> bars = new ArrayList<>();
        for (MigrationWave wave : assessment.graph().waves()) {
            addBar(bars, "Wave " + Labels.wave(wave.number()), wave.resourceIds());
        }
        return bars;
    }

    private List<ReportCharts.WaveBar> timeline(Function<MigrationWave, SortedSet<Integer>> dependsOn)
    {
        return assessment.graph().waves().stream()
                .map(wave -> new ReportCharts.WaveBar(wave.number(), Labels.wave(wave.number()), wave.resourceIds().size(), dependsOn.apply(wave)))
                .toList();
    }

    private List<ReportCharts.RiskBar> riskBars(List<Resource> resources)
    {
        List<ReportCharts.RiskBar> bars = new ArrayList<>();
        for (RiskLevel level : RiskLevel.values()) {
            int count = (int) resources.stream().filter(resource -> index.risk(resource.id()).map(RiskScore::level).orElse(null) == level).count();
            bars.add(new ReportCharts.RiskBar(Labels.risk(level), count, colour(level)));
        }
        int unscored = (int) resources.stream().filter(resource -> index.risk(resource.id()).isEmpty()).count();
        if (unscored > 0) {
            bars.add(new ReportCharts.RiskBar("Not scored", unscored, "#9ca3af"));
        }
        return bars;
    }

    private static String colour(RiskLevel level)
    {
        return switch (level) {
            case LOW -> "#16a34a";
            case MEDIUM -> "#ca8a04";
            case HIGH -> "#ea580c";
            case CRITICAL -> "#dc2626";
        };
    }

    private Strategy strategy(Resource resource)
    {
        Optional<Recommendation> recommendation = index.recommendation(resource.id());
        return recommendation.map(Recommendation::strategy).orElse(null);
    }

    private static EscapedText rendered(String svg)
    {
        return EscapingOutputFormat.XHTML.rendered(svg);
    }
}
