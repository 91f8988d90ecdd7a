package io.cloudmigrate.codegen;

import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.graph.DependencyAnalyzer;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.recommend.AssessOptions;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Assessor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The artifacts of the bundled sample estate, made the way {@code cloudmigrate demo} makes them, for tests that read or deploy them. */
final class DemoArtifacts
{
    private DemoArtifacts() {}

    /** Unpacks the sample estate into {@code sample} and generates its artifacts into {@code output}. */
    static void generate(Path sample, Path output)
    {
        generate(sample, output, GenerationOptions.defaults());
    }

    /** As {@link #generate(Path, Path)}, with these options (say only the report's kinds). */
    static void generate(Path sample, Path output, GenerationOptions options)
    {
        SampleEstate.extractTo(sample);
        Inventory inventory = AwsCliImporter.importDirectory(sample);
        Traffic traffic = FlowLogReader.create().read(List.of(sample.resolve("flow-logs")), inventory);
        GraphAnalysis graph = DependencyAnalyzer.create().analyze(inventory, traffic);
        Assessment assessment = Assessor.create().assess(inventory, graph, traffic.records(), AssessOptions.DEFAULT.withTrafficWindowOf(traffic));
        new ArtifactGenerator().generate(assessment, output, options);
    }

    /**
     * Generates the artifacts of the cloudmapper demo account (duo-labs/cloudmapper, account-data/demo;
     * its copy and licence are in discovery's test resources), assessed without traffic, into {@code output}.
     */
    static void generateCloudMapper(Path output)
    {
        Inventory inventory = AwsCliImporter.importDirectory(Path.of("../discovery/src/test/resources/cloudmapper-demo"));
        GraphAnalysis graph = DependencyAnalyzer.create().analyze(inventory, Traffic.EMPTY);
        Assessment assessment = Assessor.create().assess(inventory, graph, 0, AssessOptions.DEFAULT);
        new ArtifactGenerator().generate(assessment, output, GenerationOptions.defaults());
    }

    /** The wave folders of the generated Terraform, in apply order. */
    static List<Path> terraformWaves(Path output)
            throws IOException
    {
        try (Stream<Path> directories = Files.list(output.resolve("terraform"))) {
            return directories.filter(Files::isDirectory).sorted().toList();
        }
    }

    /** The text of every Markdown runbook, in file-name order. */
    static List<String> runbookTexts(Path output)
            throws IOException
    {
        try (Stream<Path> files = Files.list(output.resolve("runbooks"))) {
            List<String> runbooks = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
                runbooks.add(Files.readString(file));
            }
            return List.copyOf(runbooks);
        }
    }
}
