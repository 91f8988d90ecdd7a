package io.cloudmigrate.server.cli;

import io.cloudmigrate.codegen.ArtifactGenerator;
import io.cloudmigrate.codegen.GeneratedArtifacts;
import io.cloudmigrate.codegen.GenerationOptions;
import io.cloudmigrate.codegen.OutputDirectory;
import io.cloudmigrate.codegen.PageSize;
import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.DiscoveryErrorCode;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.DecisionLog;
import io.cloudmigrate.recommend.RankingModel;
import io.cloudmigrate.scoring.CostModel;
import io.cloudmigrate.scoring.PriceListPrices;
import io.cloudmigrate.scoring.PriceMode;
import io.cloudmigrate.server.pipeline.Pricing;
import io.cloudmigrate.server.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

/**
 * {@code cloudmigrate demo}: every stage on the bundled sample estate.
 */
@Command(
        name = "demo",
        mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        header = "Run the whole pipeline on the bundled sample estate.",
        description = {
                "Runs the whole pipeline on the bundled sample estate (2 accounts, 2 regions, a three-tier web application, an API Gateway -> Lambda API, batch jobs, a self-managed MySQL, a legacy Windows Server 2012 host, idle instances, a dependency cycle, CloudWatch utilisation and VPC flow logs) and writes inventory.json, traffic.json, assessment.json, terraform/, cloudformation/, runbooks/ and report/ into DIR with MANIFEST.sha256 listing every file, then prints a summary. DIR is replaced as 'generate' replaces its output."})
public final class DemoCommand
        implements Callable<Integer>
{
    private static final String FLOW_LOGS = "flow-logs";

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Directory to write everything into (created if missing).")
    Path output;

    @Option(names = "--force", description = "Write into a non-empty DIR that holds no earlier output (files of the same name are replaced, others kept).")
    boolean force;

    @Option(names = "--page-size", defaultValue = "a4", paramLabel = "SIZE",
            description = "a4 or letter: the paper of the report and runbook PDFs, landscape, as for generate (default: ${DEFAULT-VALUE}).")
    PageSize pageSize;

    @Mixin
    SummaryOutput summary;

    // Unlike assess, the demo prices from the bundled snapshot unless told otherwise, so that its output is the same everywhere.
    @Option(names = "--prices", paramLabel = "SOURCE", defaultValue = "snapshot", converter = PriceOptions.PriceModeConverter.class,
            description = {"Where prices come from: snapshot (the bundled June 2025 snapshot; the default, so that the demo's output is the same on every machine), "
                    + "live, cache or auto, as for assess."})
    PriceMode priceMode = PriceMode.SNAPSHOT;

    @Option(names = "--price-cache", paramLabel = "DIR", description = "Directory of cached Price List API answers (default: ~/.cloudmigrate/prices).")
    Path priceCache;

    @Override
    public Integer call()
    {
        OutputPaths.checkDirectory(spec, "--out", output);
        Console console = new Console(spec.commandLine().getErr(), 5);
        Path sample = temporaryDirectory();
        try (OutputDirectory directory = OutputDirectory.open(output, force)) {
            Path staging = directory.staging();
            console.step("Importing the bundled sample estate");
            SampleEstate.extractTo(sample);
            Inventory inventory = AwsCliImporter.importDirectory(sample, Optional.empty());
            JsonDocuments.write(staging.resolve("inventory.json"), inventory);
            console.done(inventory.resources().size() + " resources in " + inventory.scope().accounts().size() + " accounts, "
                    + inventory.scope().regions().size() + " regions");

            console.step("Aggregating VPC flow logs");
            Traffic traffic = FlowLogReader.create().read(List.of(sample.resolve(FLOW_LOGS)), inventory);
            JsonDocuments.write(staging.resolve("traffic.json"), traffic);
            console.done(traffic.records() + " records, " + traffic.edges().size() + " edges");

            console.step("Assessing dependencies, risk, strategy and cost");
            Pricing pricing = new Pricing(priceMode, priceCache == null ? PriceListPrices.defaultCacheDirectory() : priceCache);
            CostModel costModel = pricing.costModel(inventory, problem -> spec.commandLine().getErr().println("warning: " + problem));
            Assessment assessment = Stages.assess(inventory, traffic, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
                    RankingModel.prior().recommender(DecisionLog.EMPTY), costModel);
            JsonDocuments.write(staging.resolve("assessment.json"), assessment);
            console.done(assessment.graph().waves().size() + " waves, " + assessment.graph().moveGroups().size() + " move groups");

            console.step("Generating Terraform, CloudFormation, runbooks and the readiness report");
            List<String> files = new ArtifactGenerator().generate(assessment, directory, GenerationOptions.defaults().withPageSize(pageSize));
            console.done(files.size() + " files");

            console.step("Moving the output into place");
            GeneratedArtifacts written = directory.commit();
            console.done("written to " + output.toAbsolutePath().normalize());
            GenerateCommand.reportRemoved(console, written);
            SummaryDocuments.DemoSummary document = new SummaryDocuments.DemoSummary(output.toString(),
                    SummaryDocuments.inventory(output.resolve("inventory.json"), inventory, null),
                    SummaryDocuments.traffic(output.resolve("traffic.json"), traffic),
                    SummaryDocuments.assessment(output.resolve("assessment.json"), assessment),
                    SummaryDocuments.artifacts(output, written));
            summary.print(spec.commandLine().getOut(), document, out -> {
                Summaries.printInventory(out, inventory);
                Summaries.printAssessment(out, assessment);
            });
            return ExitCodes.OK;
        }
        finally {
            deleteRecursively(sample);
        }
    }

    private static Path temporaryDirectory()
    {
        try {
            return Files.createTempDirectory("cloudmigrate-sample-");
        }
        catch (IOException e) {
            throw new CloudMigrateException(DiscoveryErrorCode.OUTPUT_FAILED, "cannot create a temporary directory for the sample estate (" + e.getMessage() + ")", e);
        }
    }

    private static void deleteRecursively(Path directory)
    {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
