package io.cloudmigrate.codegen;

import io.cloudmigrate.codegen.internal.Money;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.CostSummary;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class ReportPicturesTest
{
    private static final String SVG = "http://www.w3.org/2000/svg";
    private static final Pattern SVG_ELEMENT = Pattern.compile("<svg .*?</svg>", Pattern.DOTALL);

    @TempDir
    static Path output;

    @TempDir
    static Path again;

    private static final Assessment ASSESSMENT = AssessmentFixture.assessment();
    private static String html;
    private static String pdfText;

    @BeforeAll
    static void generate()
            throws Exception
    {
        new ArtifactGenerator().generate(ASSESSMENT, output, GenerationOptions.defaults());
        html = Files.readString(output.resolve("report/readiness-report.html"));
        try (PDDocument document = Loader.loadPDF(output.resolve("report/readiness-report.pdf").toFile())) {
            pdfText = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void embedsFourPicturesAsSvgInTheHtml()
            throws Exception
    {
        NodeList pictures = parse(html).getElementsByTagNameNS(SVG, "svg");

        assertThat(pictures.getLength()).isEqualTo(6);
        List<String> titles = new ArrayList<>();
        for (int index = 0; index < pictures.getLength(); index++) {
            titles.add(((Element) pictures.item(index)).getElementsByTagNameNS(SVG, "title").item(0).getTextContent());
        }
        assertThat(titles).containsExactly(
                "Monthly run-rate today and after the move, by strategy",
                "Resources by risk level",
                "Migration waves in order, with the waves each depends on",
                "Monthly run-rate today and after the move, by wave",
                "Dependencies of wave 01",
                "Dependencies of wave 02");
    }

    @Test
    void eachPictureIsAWellFormedSvgDocumentOnItsOwn()
            throws Exception
    {
        Matcher matcher = SVG_ELEMENT.matcher(html);
        int count = 0;
        while (matcher.find()) {
            Document picture = parse(matcher.group());
            assertThat(picture.getDocumentElement().getNamespaceURI()).isEqualTo(SVG);
            assertThat(picture.getDocumentElement().getAttribute("viewBox")).matches("0 0 \\d+\\.\\d\\d \\d+\\.\\d\\d");
            count++;
        }
        assertThat(count).isEqualTo(6);
    }

    @Test
    void drawsEachWaveWithItsRunRatesFromTheAssessment()
    {
        for (MigrationWave wave : ASSESSMENT.graph().waves()) {
            CostSummary costs = ASSESSMENT.costSummary(wave.resourceIds());
            String label = String.format("Wave %02d", wave.number());
            assertThat(html)
                    .contains("<title>" + label + " today: " + Money.usd(costs.monthlyBeforeUsd()) + "</title>")
                    .contains("<title>" + label + " after the move: " + Money.usd(costs.monthlyAfterUsd()) + "</title>");
        }
        // wave 02 depends on wave 01: one arrow on the timeline
        assertThat(html).containsOnlyOnce("<polyline ");
    }

    @Test
    void drawsEachWavesObservedAndConfiguredDependenciesWithOtherWavesInGrey()
    {
        // wave 02: web-1 calls the database of wave 01; the load balancer routes to both web servers;
        // web-2 is only allowed to reach the database, which is not drawn
        assertThat(html)
                .contains("<title>orders-db (wave 01)</title>")
                .contains("stroke-dasharray=\"5 3\"")
                .doesNotContain("stroke-dasharray=\"1 3\"");
    }

    @Test
    void printsTheExecutiveNumbersOfTheAssessmentInThePdf()
    {
        CostSummary costs = ASSESSMENT.costSummary(ASSESSMENT.inventory().resources().stream().map(Resource::id).toList());

        assertThat(pdfText)
                .contains(ASSESSMENT.inventory().resources().size() + " resources")
                .contains(ASSESSMENT.graph().waves().size() + " migration waves")
                .contains(Money.usd(costs.monthlyBeforeUsd()) + " monthly run-rate today")
                .contains(Money.usd(costs.monthlyAfterUsd()) + " monthly run-rate after (" + Money.change(costs.monthlyAfterUsd() - costs.monthlyBeforeUsd()) + ")")
                .contains(Money.usd(costs.oneOffUsd()) + " one-off migration cost")
                .contains(Money.usd(costs.trafficMonthlyUsd()));
        for (MigrationWave wave : ASSESSMENT.graph().waves()) {
            CostSummary waveCosts = ASSESSMENT.costSummary(wave.resourceIds());
            assertThat(pdfText).contains(String.format("%02d %d", wave.number(), wave.resourceIds().size()))
                    .contains(Money.usd(waveCosts.monthlyBeforeUsd()) + " " + Money.usd(waveCosts.monthlyAfterUsd()) + " " + Money.usd(waveCosts.oneOffUsd()));
        }
    }

    @Test
    void statesThePaybackPeriodFromTheOneOffCostAndTheMonthlySaving()
    {
        // $5,750.00 one-off / ($1,823.03 - $1,677.91) saved a month = 39.62 months
        assertThat(pdfText).contains("Pays back in 39.6 months: $5,750.00 one-off cost / $145.12 saved a month.");
        assertThat(html).contains("Pays back in 39.6 months");
    }

    @Test
    void givesTheSameBytesEveryTime()
            throws Exception
    {
        new ArtifactGenerator().generate(ASSESSMENT, again, GenerationOptions.defaults());

        assertThat(Files.readString(again.resolve("report/readiness-report.html"))).isEqualTo(html);
        assertThat(Files.readAllBytes(again.resolve("report/readiness-report.pdf"))).isEqualTo(Files.readAllBytes(output.resolve("report/readiness-report.pdf")));
    }

    private static Document parse(String xml)
            throws Exception
    {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
