package io.cloudmigrate.codegen;

import io.cloudmigrate.codegen.internal.Money;
import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.graph.DependencyAnalyzer;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.recommend.AssessOptions;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Assessor;
import io.cloudmigrate.recommend.CostSummary;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.Strategy;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDF report of the sample estate says what the assessment says: its text, extracted with PDFBox,
 * holds every figure of the executive summary, the cost table by strategy and the wave list, each
 * computed here from the assessment. The PDF is also tagged, titled, in a language, with bookmarks.
 */
class ReportNumbersTest
{
    @TempDir
    static Path work;

    private static Assessment assessment;
    private static List<String> lines;

    @BeforeAll
    static void generate()
            throws IOException
    {
        Path sample = work.resolve("sample");
        SampleEstate.extractTo(sample);
        Inventory inventory = AwsCliImporter.importDirectory(sample);
        Traffic traffic = FlowLogReader.create().read(List.of(sample.resolve("flow-logs")), inventory);
        GraphAnalysis graph = DependencyAnalyzer.create().analyze(inventory, traffic);
        assessment = Assessor.create().assess(inventory, graph, traffic.records(), AssessOptions.DEFAULT.withTrafficWindowOf(traffic));
        new ArtifactGenerator().generate(assessment, work.resolve("out"), GenerationOptions.defaults().withKinds(Set.of(ArtifactKind.REPORT_PDF)));
        try (PDDocument document = Loader.loadPDF(work.resolve("out/report/readiness-report.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            // zero-width spaces are the break opportunities the renderer puts into long identifiers
            lines = stripper.getText(document).replace("\u200B", "").lines().map(line -> line.strip().replaceAll("\\s+", " ")).toList();
        }
    }

    @Test
    void summaryCardsAreTheAssessmentsTotals()
    {
        CostSummary total = assessment.costSummary(ids(assessment.inventory().resources()));
        assertThat(lines).contains(String.join(" ", Integer.toString(assessment.inventory().resources().size()), Integer.toString(assessment.graph().waves().size()),
                Integer.toString(assessment.graph().moveGroups().size()), Money.usd(total.monthlyBeforeUsd()), Money.usd(total.monthlyAfterUsd()), Money.usd(total.oneOffUsd())));
        double saving = total.monthlyBeforeUsd() - total.monthlyAfterUsd();
        String payback = saving > 0.005
                ? String.format(Locale.ROOT, "Pays back in %.1f months: %s one-off cost / %s saved a month.", total.oneOffUsd() / saving, Money.usd(total.oneOffUsd()), Money.usd(saving))
                : "Does not pay back";
        assertThat(String.join(" ", lines)).contains(payback);
    }

    @Test
    void costByStrategyRowsAreTheAssessmentsCosts()
    {
        List<Resource> workloads = assessment.inventory().resources().stream().filter(resource -> !plumbing(resource)).toList();
        int rows = 0;
        for (Strategy strategy : Strategy.values()) {
            List<String> ids = workloads.stream()
                    .filter(resource -> assessment.recommendation(resource.id()).map(Recommendation::strategy).orElse(null) == strategy)
                    .map(Resource::id).toList();
            if (ids.isEmpty()) {
                continue;
            }
            CostSummary costs = assessment.costSummary(ids);
            assertThat(lines).as(strategy.displayName()).contains(String.join(" ", strategy.displayName(), Integer.toString(ids.size()), Money.usd(costs.monthlyBeforeUsd()),
                    Money.usd(costs.monthlyAfterUsd()), Money.change(costs.monthlyAfterUsd() - costs.monthlyBeforeUsd()), Money.usd(costs.oneOffUsd())));
            rows++;
        }
        assertThat(rows).isGreaterThan(2);
    }

    @Test
    void waveRowsAreTheAssessmentsWaves()
    {
        assertThat(assessment.graph().waves()).hasSizeGreaterThan(2);
        for (MigrationWave wave : assessment.graph().waves()) {
            CostSummary costs = assessment.costSummary(wave.resourceIds());
            String label = String.format(Locale.ROOT, "%02d", wave.number());
            // the money cells never wrap, so they sit on the row's first line, after the wave and its resource count
            Pattern row = Pattern.compile("^" + label + " " + wave.resourceIds().size() + " .*" + Pattern.quote(Money.usd(costs.monthlyBeforeUsd())) + " "
                    + Pattern.quote(Money.usd(costs.monthlyAfterUsd())) + " " + Pattern.quote(Money.usd(costs.oneOffUsd())) + "( .*)?$");
            assertThat(lines).as("wave " + label).anyMatch(line -> row.matcher(line).matches());
            // and its readiness verdict, in the executive summary
            Pattern verdict = Pattern.compile("^" + label + " " + wave.resourceIds().size() + " (Ready|Not|Ready with).*");
            assertThat(lines).as("verdict of wave " + label).anyMatch(line -> verdict.matcher(line).matches());
        }
    }

    @Test
    void risksThatNeedADecisionAreTheHighestScores()
    {
        List<RiskScore> top = assessment.risks().stream()
                .sorted(Comparator.comparingInt(RiskScore::score).reversed())
                .limit(5)
                .toList();
        String text = String.join(" ", lines);
        String decisions = text.substring(text.indexOf("Risks that need a decision"), text.indexOf("What is not known"));
        for (RiskScore risk : top) {
            assertThat(decisions).contains("(" + risk.score() + ")");
        }
    }

    @Test
    void isATaggedPdfWithTitleLanguageAndBookmarksPerSection()
            throws IOException
    {
        try (PDDocument document = Loader.loadPDF(work.resolve("out/report/readiness-report.pdf").toFile())) {
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot().getK()).isNotNull();
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Migration readiness report: " + assessment.inventory().name());
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            String xmp = new String(document.getDocumentCatalog().getMetadata().toByteArray(), StandardCharsets.UTF_8);
            assertThat(xmp).contains("Migration readiness report: " + assessment.inventory().name()).contains("<pdfuaid:part>1</pdfuaid:part>");
            List<String> bookmarks = new ArrayList<>();
            for (PDOutlineItem item : document.getDocumentCatalog().getDocumentOutline().children()) {
                bookmarks.add(item.getTitle());
                assertThat(item.findDestinationPage(document)).as(item.getTitle()).isNotNull();
            }
            assertThat(bookmarks).containsExactly("Executive summary", "Migration waves", "Move groups", "Dependencies by wave", "Top risk factors", "Security findings",
                    "Traffic with systems outside the estate", "Inventory warnings", "Methodology and assumptions", "Appendix A: resources", "Appendix B: network plumbing");
        }
    }

    private static boolean plumbing(Resource resource)
    {
        return switch (resource.type()) {
            case VPC, SUBNET, ROUTE_TABLE, NAT_GATEWAY, VPC_ENDPOINT -> true;
            case EC2_INSTANCE, RDS_DB_INSTANCE, RDS_DB_CLUSTER, ELASTICACHE_CLUSTER, ELASTICACHE_REPLICATION_GROUP, LOAD_BALANCER, LOAD_BALANCER_V2, LAMBDA_FUNCTION,
                 ECS_CLUSTER, ECS_SERVICE, S3_BUCKET, API_GATEWAY_REST_API, API_GATEWAY_HTTP_API, EBS_VOLUME -> false;
        };
    }

    private static List<String> ids(List<Resource> resources)
    {
        return resources.stream().map(Resource::id).toList();
    }
}
