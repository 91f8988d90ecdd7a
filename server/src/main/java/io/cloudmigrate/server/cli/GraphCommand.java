package io.cloudmigrate.server.cli;

import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.graph.GraphExporter;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.server.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.Locale;
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
                "Exports the dependency graph of an assessment: Graphviz DOT, GraphML or Cytoscape.js JSON. Edges keep their kind (observed, allowed, configured), port and evidence."})
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

    @Override
    public Integer call()
    {
        if (output != null) {
            OutputPaths.checkFile(spec, "--out", output, "graph." + format.name().toLowerCase(Locale.ROOT));
        }
        Assessment assessment = Stages.readAssessment(assessmentFile);
        String text = format.exporter().export(assessment.graph(), assessment.inventory());
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
