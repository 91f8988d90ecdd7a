package io.cloudmigrate.codegen;

import io.cloudmigrate.codegen.internal.EstateIndex;
import io.cloudmigrate.codegen.internal.FreemarkerRenderer;
import io.cloudmigrate.codegen.internal.PdfJobs;
import io.cloudmigrate.codegen.internal.PdfRenderer;
import io.cloudmigrate.codegen.internal.ReportWriter;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.Strategy;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A report whose Appendix A is longer than a volume is written as a main PDF with a table of contents
 * and appendix volumes, each its own tagged PDF, that together hold every row once. The rendering test
 * uses volumes of {@value #ROWS_PER_VOLUME} rows so that it renders in seconds; the threshold itself is
 * checked on an estate just above and at the product's limit, without rendering PDFs.
 */
class ReportVolumesTest
{
    private static final int ROWS_PER_VOLUME = 120;
    private static final int BUCKETS = 343;
    /** The fixture's workloads (its VPC is plumbing, summarised in Appendix B). */
    private static final List<String> FIXTURE_WORKLOADS = List.of("acme-storefront-assets", "legacy-batch", "orders-db", "partner-api", "storefront-clb", "web-1", "web-2");
    private static final Pattern ROW = Pattern.compile("<tr><td>([^<]+)</td>");

    @TempDir
    static Path output;

    private static ReportWriter.Document document;
    private static final Map<String, Path> PDFS = new LinkedHashMap<>();

    @BeforeAll
    static void render()
            throws Exception
    {
        VeraGreenfieldFoundryProvider.initialise();
        // the fixture's 7 workloads and 343 buckets: 350 rows (the compact appendix), 175 a wave, three volumes of 120, 120 and 110
        Assessment assessment = withBuckets(BUCKETS);
        ReportWriter writer = new ReportWriter(new FreemarkerRenderer(Optional.empty()), new PdfRenderer(assessment.name(), assessment.asOf()),
                PageSize.A4, ROWS_PER_VOLUME);
        document = writer.render(new EstateIndex(assessment));
        PdfJobs.run(writer.pdfJobs(document), 2, rendered -> {
            try {
                Path file = output.resolve(rendered.path());
                Files.createDirectories(file.getParent());
                Files.write(file, rendered.content());
            }
            catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        document.pdfs().forEach(pdf -> PDFS.put(pdf.path(), output.resolve(pdf.path())));
    }

    @Test
    void splitsAppendixAIntoVolumesBesideTheMainPdf()
    {
        assertThat(PDFS.keySet()).containsExactly("report/readiness-report.pdf", "report/readiness-report-volume-02.pdf",
                "report/readiness-report-volume-03.pdf", "report/readiness-report-volume-04.pdf");
        assertThat(document.pdfs().get(3).title()).endsWith(", volume 4 of 4");
        assertThat(PDFS.values()).allSatisfy(file -> assertThat(file).isRegularFile());
    }

    @Test
    void everyVolumeIsAValidTaggedPdf()
            throws Exception
    {
        for (Path file : PDFS.values()) {
            try (PDDocument pdf = Loader.loadPDF(file.toFile())) {
                assertThat(pdf.getDocumentCatalog().getStructureTreeRoot()).as(file.toString()).isNotNull();
                assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as(file.toString()).isTrue();
                assertThat(pdf.getNumberOfPages()).as(file.toString()).isPositive();
            }
            assertThat(ReportPdfUaTest.failedRules(file)).as(file.toString()).isEmpty();
        }
    }

    @Test
    void mainVolumeListsEveryVolumeAndItsSections()
            throws Exception
    {
        // a file name wraps in its narrow column, after a hyphen or at the zero-width space before one
        String main = text(PDFS.get("report/readiness-report.pdf")).replace("\u200B", "").replaceAll("-\\s+", "-").replaceAll("\\s+", " ");
        assertThat(main).contains("Volumes", "volume 1 of 4", "readiness-report.pdf (this file)", "Executive summary",
                "readiness-report-volume-02.pdf", "readiness-report-volume-03.pdf", "readiness-report-volume-04.pdf",
                // the second volume ends in wave 1 and the third begins in it: each part names its rows
                "Appendix A, wave 01: rows 1 to 120 of 175", "Appendix A, wave 01: rows 121 to 175 of 175",
                "Appendix A, wave 02: rows 1 to 65 of 175", "Appendix A, wave 02: rows 66 to 175 of 175");
        assertThat(document.pdfs().getFirst().xhtml()).doesNotContain("class=\"resources compact\"");
    }

    @Test
    void everyRowIsInExactlyOneVolume()
            throws Exception
    {
        List<String> expected = new ArrayList<>(FIXTURE_WORKLOADS);
        IntStream.rangeClosed(1, BUCKETS).mapToObj(ReportVolumesTest::bucketName).forEach(expected::add);

        List<String> rows = new ArrayList<>();
        for (ReportWriter.PdfDocument volume : document.pdfs().subList(1, document.pdfs().size())) {
            List<String> own = rowsOf(volume.xhtml());
            assertThat(own).as(volume.path()).hasSizeLessThanOrEqualTo(ROWS_PER_VOLUME);
            // the PDF prints what its XHTML holds: every row of the volume, and no row of another
            String text = text(PDFS.get(volume.path()));
            assertThat(namesIn(text)).as(volume.path()).isEqualTo(new TreeSet<>(own));
            rows.addAll(own);
        }
        assertThat(rows).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(expected);
        // the HTML report stays one file with every row
        assertThat(rowsOf(document.xhtml())).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void splitsOnlyAboveTheLimitOfRowsPerVolume()
    {
        int limit = ReportWriter.ROWS_PER_VOLUME;
        assertThat(pdfsAtDefaultLimit(limit - FIXTURE_WORKLOADS.size())).containsExactly("report/readiness-report.pdf");
        assertThat(pdfsAtDefaultLimit(limit - FIXTURE_WORKLOADS.size() + 1))
                .containsExactly("report/readiness-report.pdf", "report/readiness-report-volume-02.pdf", "report/readiness-report-volume-03.pdf");
    }

    private static List<String> pdfsAtDefaultLimit(int buckets)
    {
        Assessment assessment = withBuckets(buckets);
        ReportWriter writer = new ReportWriter(new FreemarkerRenderer(Optional.empty()), new PdfRenderer(assessment.name(), assessment.asOf()), PageSize.A4);
        return writer.render(new EstateIndex(assessment)).pdfs().stream().map(ReportWriter.PdfDocument::path).toList();
    }

    /** The fixture with {@code count} more S3 buckets, the first half in wave 1 and the rest in wave 2. */
    static Assessment withBuckets(int count)
    {
        Assessment fixture = AssessmentFixture.assessment();
        List<Resource> resources = new ArrayList<>(fixture.inventory().resources());
        List<Recommendation> recommendations = new ArrayList<>(fixture.recommendations());
        List<String> nodes = new ArrayList<>(fixture.graph().nodes());
        List<String> wave1 = new ArrayList<>(fixture.graph().waves().get(0).resourceIds());
        List<String> wave2 = new ArrayList<>(fixture.graph().waves().get(1).resourceIds());
        for (int number = 1; number <= count; number++) {
            String name = bucketName(number);
            String arn = "arn:aws:s3:::" + name;
            resources.add(new Resource(arn, ResourceType.S3_BUCKET, AssessmentFixture.ACCOUNT, AssessmentFixture.REGION, name, Map.of(), null,
                    new ResourceDetails.S3Bucket(name, "2020-01-01T00:00:00Z", "Enabled", "AES256", 1_000_000L, 10, List.of())));
            recommendations.add(new Recommendation(arn, Strategy.RETAIN, null, "H1", "Buckets stay where they are.", 0.9, List.of()));
            nodes.add(arn);
            (number <= count / 2 ? wave1 : wave2).add(arn);
        }
        Inventory inventory = fixture.inventory();
        Inventory larger = new Inventory(inventory.schemaVersion(), inventory.scanId(), inventory.name(), inventory.capturedAt(), inventory.scope(),
                resources, inventory.securityGroups(), inventory.networkInterfaces(), inventory.utilization(), inventory.warnings(), inventory.flowLogs());
        GraphAnalysis graph = fixture.graph();
        GraphAnalysis largerGraph = new GraphAnalysis(nodes.stream().sorted().toList(), graph.edges(), graph.moveGroups(),
                List.of(new MigrationWave(1, wave1.stream().sorted().toList()), new MigrationWave(2, wave2.stream().sorted().toList())),
                graph.observedNotAllowed(), graph.reachability());
        return new Assessment(fixture.schemaVersion(), fixture.name(), fixture.asOf(), larger, fixture.trafficRecords(), largerGraph,
                fixture.risks(), fixture.costs(), recommendations);
    }

    private static String bucketName(int number)
    {
        return String.format("bucket-%05d", number);
    }

    /** The first cell of each row of Appendix A's compact tables: the resource's name. */
    private static List<String> rowsOf(String xhtml)
    {
        List<String> names = new ArrayList<>();
        for (int table = xhtml.indexOf("class=\"resources compact\""); table >= 0; table = xhtml.indexOf("class=\"resources compact\"", table + 1)) {
            Matcher row = ROW.matcher(xhtml.substring(table, xhtml.indexOf("</table>", table)));
            while (row.find()) {
                names.add(row.group(1));
            }
        }
        return names;
    }

    /** The workload names a PDF's text holds. */
    private static TreeSet<String> namesIn(String text)
    {
        TreeSet<String> names = new TreeSet<>();
        Matcher bucket = Pattern.compile("bucket-\\d{5}").matcher(text);
        while (bucket.find()) {
            names.add(bucket.group());
        }
        FIXTURE_WORKLOADS.stream().filter(name -> Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-])").matcher(text).find()).forEach(names::add);
        return names;
    }

    private static String text(Path pdf)
            throws Exception
    {
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(document);
        }
    }
}
