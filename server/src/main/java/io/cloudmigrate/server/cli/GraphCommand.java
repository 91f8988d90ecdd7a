package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphExporter;
import io.cloudmigrate.graph.GraphView;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.server.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * {@code cloudmigrate graph}: the dependency graph of an assessment in a format other tools draw.
 */
@Command(
        name = "graph",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Export the dependency graph as DOT, GraphML or Cytoscape JSON.",
        description = {
                "Exports the dependency graph of an assessment: Graphviz DOT, GraphML or Cytoscape.js JSON. Edges keep their kind (observed, allowed, configured), port and evidence.",
                "A DB cluster or replication group is drawn as one node with its members. --edges, --wave, --focus with --hops and --collapse draw the part that matters."})
public final class GraphCommand
        implements Callable<Integer>
{
    /** The export formats. */
    public enum Format
    {
        DOT,
        GRAPHML,
        CYTOSCAPE;

        GraphExporter exporter()
        {
            return switch (this) {
                case DOT -> GraphExporter.dot();
                case GRAPHML -> GraphExporter.graphMl();
                case CYTOSCAPE -> GraphExporter.cytoscapeJson();
            };
        }
    }

    @Spec
    CommandSpec spec;

    @Option(names = "--assessment", required = true, paramLabel = "FILE", description = "assessment.json written by 'assess'.")
    Path assessmentFile;

    @Option(names = "--format", defaultValue = "dot", paramLabel = "FORMAT", description = "dot, graphml or cytoscape (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the graph (default: standard output).")
    Path output;

    @Option(names = "--edges", split = ",", paramLabel = "KIND", description = "Edge kinds to draw: observed, configured, allowed (default: all).")
    List<EdgeKind> edges;

    @Option(names = "--collapse", defaultValue = "none", paramLabel = "LEVEL", converter = CollapseConverter.class,
            description = {"none, vpc, subnet, app, type or vpc-or-type: one node per VPC, subnet, app tag or resource type; vpc-or-type draws a node per VPC "
                    + "and, for what lies in no VPC (S3 buckets, most Lambda functions), a node per resource type (default: ${DEFAULT-VALUE})."})
    GraphView.Collapse collapse;

    @Option(names = "--wave", paramLabel = "N", description = "Only the edges with an end in wave N.")
    Integer wave;

    @Option(names = "--focus", paramLabel = "RESOURCE", description = "Only what lies within --hops edges of this resource (ARN or name).")
    String focus;

    @Option(names = "--hops", defaultValue = "2", paramLabel = "N", description = "How far from --focus, in edges either way (default: ${DEFAULT-VALUE}).")
    int hops;

    /** Reads a collapse level as the report names it ({@code vpc-or-type}), in any case. */
    static final class CollapseConverter
            implements picocli.CommandLine.ITypeConverter<GraphView.Collapse>
    {
        @Override
        public GraphView.Collapse convert(String value)
        {
            try {
                return GraphView.Collapse.valueOf(value.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
            }
            catch (IllegalArgumentException e) {
                throw new picocli.CommandLine.TypeConversionException("'" + value + "' is not a collapse level: use none, vpc, subnet, app, type or vpc-or-type");
            }
        }
    }

    @Override
    public Integer call()
    {
        if (output != null) {
            OutputPaths.checkFile(spec, "--out", output, "graph." + format.name().toLowerCase(Locale.ROOT));
        }
        if (hops < 1) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--hops must be at least 1, not " + hops);
        }
        Assessment assessment = Stages.readAssessment(assessmentFile);
        GraphView view = new GraphView(edges == null || edges.isEmpty() ? Set.of(EdgeKind.values()) : Set.copyOf(edges), collapse,
                wave == null ? OptionalInt.empty() : OptionalInt.of(wave), Optional.ofNullable(focus), hops);
        String text = format.exporter().export(view.view(assessment.graph(), assessment.inventory()), assessment.inventory());
        if (output == null) {
            spec.commandLine().getOut().print(text);
            spec.commandLine().getOut().flush();
        }
        else {
            JsonDocuments.writeString(output, text);
        }
        return ExitCodes.OK;
    }
}
