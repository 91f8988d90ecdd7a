package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.recommend.CostSummary;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

class ReportChartsTest
{
    private static final String HOSTILE = "</text><script>alert(1)</script>\" onload=\"x & \u0001";

    @Test
    void keepsAHostileLabelAsTextOfTheSvg()
            throws Exception
    {
        String svg = ReportCharts.costBars(HOSTILE, List.of(new ReportCharts.CostBar(HOSTILE, 10, 5)));

        Document document = parse(svg);
        assertThat(document.getElementsByTagName("script").getLength()).isZero();
        assertThat(document.getDocumentElement().getAttribute("aria-label")).isEqualTo(HOSTILE.replace('\u0001', '\uFFFD'));
        assertThat(document.getElementsByTagName("text").item(2).getTextContent()).isEqualTo(HOSTILE.replace('\u0001', '\uFFFD'));
    }

    @Test
    void writesNumbersTheSameWayInEveryLocale()
    {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            String german = ReportCharts.costBars("costs", List.of(new ReportCharts.CostBar("a", 1234.5, 1000.25)));
            Locale.setDefault(Locale.ROOT);
            String root = ReportCharts.costBars("costs", List.of(new ReportCharts.CostBar("a", 1234.5, 1000.25)));
            assertThat(german).isEqualTo(root).contains("width=\"720.00px\"").doesNotContain("720,00");
        }
        finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void drawsAnArrowForEachDependencyBetweenWaves()
            throws Exception
    {
        String svg = ReportCharts.waveTimeline("waves", List.of(
                new ReportCharts.WaveBar(1, "01", 4, new TreeSet<>()),
                new ReportCharts.WaveBar(2, "02", 3, new TreeSet<>(List.of(1))),
                new ReportCharts.WaveBar(3, "03", 2, new TreeSet<>(List.of(1, 2)))));

        assertThat(parse(svg).getElementsByTagName("polyline").getLength()).isEqualTo(3);
    }

    @Test
    void placesWhatAResourceDependsOnInAColumnToItsLeftEvenAcrossACycle()
            throws Exception
    {
        List<DependencyDiagram.Node> nodes = List.of(
                new DependencyDiagram.Node("app", "app", "#fff"), new DependencyDiagram.Node("cache", "cache", "#fff"),
                new DependencyDiagram.Node("db", "db", "#fff"), new DependencyDiagram.Node("peer", "peer", "#fff"));
        List<DependencyDiagram.Edge> edges = List.of(
                new DependencyDiagram.Edge("app", "cache", "#000", "none"), new DependencyDiagram.Edge("cache", "db", "#000", "none"),
                new DependencyDiagram.Edge("app", "peer", "#000", "none"), new DependencyDiagram.Edge("peer", "app", "#000", "5 3"));

        Document document = parse(DependencyDiagram.draw("wave", nodes, edges));

        org.w3c.dom.NodeList rectangles = document.getElementsByTagName("rect");
        java.util.Map<String, Double> x = new java.util.TreeMap<>();
        for (int index = 0; index < rectangles.getLength(); index++) {
            org.w3c.dom.Element rectangle = (org.w3c.dom.Element) rectangles.item(index);
            x.put(rectangle.getElementsByTagName("title").item(0).getTextContent(), Double.parseDouble(rectangle.getAttribute("x")));
        }
        assertThat(x.get("db")).isLessThan(x.get("cache"));
        assertThat(x.get("cache")).isLessThan(x.get("app"));
        assertThat(x.get("peer")).isLessThan(x.get("app"));
        assertThat(document.getElementsByTagName("path").getLength()).isEqualTo(4);
    }

    @Test
    void statesThePaybackPeriodWhenTheMoveSavesMoney()
    {
        assertThat(ReportPictures.payback(new CostSummary(1_000, 800, 3_000, 0, 0)))
                .isEqualTo("Pays back in 15.0 months: $3,000.00 one-off cost / $200.00 saved a month.");
    }

    @Test
    void saysWhyTheMoveDoesNotPayBackAndCountsUnpricedResources()
    {
        assertThat(ReportPictures.payback(new CostSummary(800, 900, 3_000, 0, 2)))
                .isEqualTo("Does not pay back: the monthly run-rate after the move ($900.00) is not lower than today's ($800.00), "
                        + "so the one-off cost of $3,000.00 is not earned back. 2 resource(s) have no price for their strategy and count at today's run-rate.");
    }

    private static Document parse(String xml)
            throws Exception
    {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
    }
}
