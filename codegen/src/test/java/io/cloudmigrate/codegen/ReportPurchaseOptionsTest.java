package io.cloudmigrate.codegen;

import io.cloudmigrate.codegen.internal.EstateIndex;
import io.cloudmigrate.codegen.internal.FreemarkerRenderer;
import io.cloudmigrate.codegen.internal.PdfRenderer;
import io.cloudmigrate.codegen.internal.ReportWriter;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.CommittedCost;
import io.cloudmigrate.scoring.CommittedTerm;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.PurchaseOption;
import io.cloudmigrate.scoring.StrategyCost;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static io.cloudmigrate.scoring.PurchaseOption.Program.COMPUTE_SAVINGS_PLAN;
import static io.cloudmigrate.scoring.PurchaseOption.Program.RESERVED_INSTANCE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness report lists every purchase option: a summary over the estate (on demand and each
 * committed option, unknown where no target is offered it) and, in Appendix C, every option of each
 * target. Two targets of the fixture are given committed terms; each total is worked out by hand.
 */
class ReportPurchaseOptionsTest
{
    @TempDir
    static Path output;

    private static Assessment assessment;
    private static String html;
    private static String first;
    private static String second;
    private static double targetOfFirst;
    private static double targetOfSecond;
    private static double after;

    @BeforeAll
    static void generate()
            throws Exception
    {
        VeraGreenfieldFoundryProvider.initialise();
        Assessment fixture = AssessmentFixture.assessment();
        List<Recommendation> priced = fixture.recommendations().stream()
                .filter(recommendation -> fixture.chosenCost(recommendation.resourceId()).filter(cost -> cost.targetMonthlyUsd() > 50).isPresent())
                .limit(2)
                .toList();
        first = priced.get(0).resourceId();
        second = priced.get(1).resourceId();
        targetOfFirst = fixture.chosenCost(first).orElseThrow().targetMonthlyUsd();
        targetOfSecond = fixture.chosenCost(second).orElseThrow().targetMonthlyUsd();
        Map<String, List<CommittedTerm>> terms = Map.of(
                first, List.of(
                        term(RESERVED_INSTANCE, "3yr", "standard", "All Upfront", 900.0, targetOfFirst - 40, targetOfFirst - 15),
                        term(COMPUTE_SAVINGS_PLAN, "1yr", "compute", "Partial Upfront", null, null, targetOfFirst - 20)),
                second, List.of(
                        term(COMPUTE_SAVINGS_PLAN, "3yr", "compute", "No Upfront", 0.0, targetOfSecond - 30, targetOfSecond - 30),
                        term(COMPUTE_SAVINGS_PLAN, "1yr", "compute", "Partial Upfront", null, null, targetOfSecond - 10)));
        List<CostEstimate> costs = fixture.costs().stream().map(cost -> withTerms(fixture, cost, terms)).toList();
        assessment = new Assessment(fixture.schemaVersion(), fixture.name(), fixture.asOf(), fixture.inventory(), fixture.trafficRecords(), fixture.graph(),
                fixture.risks(), costs, fixture.recommendations(), fixture.ranking());
        after = assessment.costSummary(assessment.inventory().resources().stream().map(resource -> resource.id()).toList()).monthlyAfterUsd();
        new ArtifactGenerator().generate(assessment, output, GenerationOptions.defaults());
        html = Files.readString(output.resolve("report/readiness-report.html"));
    }

    @Test
    void summarisesEveryPurchaseOptionOverTheEstate()
    {
        assertThat(html).contains(row("On demand", "2 of 2", "$0.00", usd(after), usd(after)));
        // the first target alone: 900 upfront, 40 a month less, 40 - 900 / 36 = 15 a month less with the upfront spread over the term
        assertThat(html).contains(row("3-year standard Reserved Instance, All Upfront", "1 of 2", "$900.00", usd(after - 40), usd(after - 15)));
        // both targets: 20 + 10 a month less in effect; the split between upfront and monthly is the buyer's
        assertThat(html).contains(row("1-year Compute Savings Plan, Partial Upfront", "2 of 2", "unknown", "unknown", usd(after - 30)));
        assertThat(html).contains(row("3-year Compute Savings Plan, No Upfront", "1 of 2", "$0.00", usd(after - 30), usd(after - 30)));
        // an option no price source offered any target is unknown, never 0
        assertThat(html).contains(row("1-year convertible Reserved Instance, No Upfront", "0 of 2", "unknown", "unknown", "unknown"));
        assertThat(html.indexOf("1-year standard Reserved Instance, No Upfront")).isLessThan(html.indexOf("3-year Compute Savings Plan, All Upfront"));
    }

    @Test
    void listsEveryOptionOfEachTargetInAppendixC()
    {
        String appendix = html.substring(html.indexOf("<h2 id=\"purchase-options\">"));
        assertThat(appendix).contains("<td class=\"number\">" + usd(targetOfFirst) + "</td><td>3-year standard Reserved Instance, All Upfront</td><td class=\"number\">$900.00</td><td class=\"number\">"
                + usd(targetOfFirst - 40) + "</td><td class=\"number\">" + usd(targetOfFirst - 15) + "</td>");
        assertThat(appendix).contains("<td>1-year Compute Savings Plan, Partial Upfront</td><td class=\"number\">unknown</td><td class=\"number\">unknown</td><td class=\"number\">"
                + usd(targetOfSecond - 10) + "</td>");
        // 18 options are sold (Reserved Instances: 2 terms × 2 classes × 3 payments; plans: 2 terms × 3 payments); each target has 2
        assertThat(appendix).contains("<td>16 other options: unknown</td>");
    }

    @Test
    void isWellFormedXhtmlAndAValidPdfUa()
            throws Exception
    {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.newDocumentBuilder().parse(output.resolve("report/readiness-report.html").toFile());
        Path pdf = output.resolve("report/readiness-report.pdf");

        assertThat(ReportPdfUaTest.failedRules(pdf)).isEmpty();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("Purchase options", "Appendix C: purchase options by target", "16 other options: unknown");
        }
    }

    @Test
    void putsAppendixCInVolumesWhenTheReportIsSplit()
    {
        ReportWriter writer = new ReportWriter(new FreemarkerRenderer(Optional.empty()), new PdfRenderer(assessment.name(), assessment.asOf()), PageSize.A4, 5);
        ReportWriter.Document document = writer.render(new EstateIndex(assessment));

        // 7 workloads in two volumes of Appendix A, then the two targets' 6 lines (2 options and the unknown line each) in two of Appendix C
        assertThat(document.pdfs()).extracting(ReportWriter.PdfDocument::path).containsExactly("report/readiness-report.pdf",
                "report/readiness-report-volume-02.pdf", "report/readiness-report-volume-03.pdf", "report/readiness-report-volume-04.pdf",
                "report/readiness-report-volume-05.pdf");
        assertThat(document.pdfs().getFirst().xhtml()).doesNotContain("class=\"committed compact\"").contains("2 targets, in volumes 2 to 5");
        assertThat(document.pdfs().get(3).xhtml()).contains("Appendix C, purchase options: targets 1 to 1 of 2").contains("class=\"committed compact\"");
        assertThat(document.pdfs().get(4).xhtml()).contains("Appendix C, purchase options: targets 2 to 2 of 2");
        assertThat(document.xhtml()).contains("class=\"committed compact\"");
    }

    private static CostEstimate withTerms(Assessment fixture, CostEstimate cost, Map<String, List<CommittedTerm>> terms)
    {
        if (!terms.containsKey(cost.resourceId())) {
            return cost;
        }
        StrategyCost chosen = fixture.chosenCost(cost.resourceId()).orElseThrow();
        List<StrategyCost> strategies = cost.byStrategy().stream()
                .map(strategy -> strategy.strategy() != chosen.strategy() ? strategy
                        : new StrategyCost(strategy.strategy(), strategy.target(), strategy.targetMonthlyUsd(), strategy.oneOffUsd(), strategy.unpriced(),
                                new CommittedCost("best", strategy.targetMonthlyUsd() - 15, terms.get(cost.resourceId()))))
                .toList();
        return new CostEstimate(cost.resourceId(), cost.currentMonthlyUsd(), cost.trafficMonthlyUsd(), strategies, cost.basis(), cost.unpriced(), cost.sources());
    }

    private static CommittedTerm term(PurchaseOption.Program program, String length, String offeringClass, String payment, Double upfront, Double monthly, double effective)
    {
        return new CommittedTerm(program, length, offeringClass, payment, upfront, monthly, effective);
    }

    private static String row(String option, String targets, String upfront, String monthly, String effective)
    {
        return "<tr><td>" + option + "</td><td class=\"number\">" + targets + "</td><td class=\"number\">" + upfront + "</td><td class=\"number\">" + monthly
                + "</td><td class=\"number\">" + effective + "</td></tr>";
    }

    private static String usd(double amount)
    {
        return String.format(Locale.ROOT, "$%,.2f", amount);
    }
}
