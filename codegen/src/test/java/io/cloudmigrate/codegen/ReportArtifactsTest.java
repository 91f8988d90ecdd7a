package io.cloudmigrate.codegen;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceType;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ReportArtifactsTest
{
    @TempDir
    static Path output;

    private static String html;

    @BeforeAll
    static void generate()
            throws IOException
    {
        new ArtifactGenerator().generate(AssessmentFixture.assessment(), output, GenerationOptions.defaults());
        html = Files.readString(output.resolve("report/readiness-report.html"));
    }

    @Test
    void isWellFormedXhtml()
            throws Exception
    {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        Document document = factory.newDocumentBuilder().parse(output.resolve("report/readiness-report.html").toFile());

        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("html");
        assertThat(document.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Migration readiness report: " + AssessmentFixture.ESTATE_NAME);
    }

    @Test
    void escapesTheEstateName()
    {
        assertThat(html).contains("<strong>Acme Retail &amp; Co &lt;prod&gt;</strong>").doesNotContain("<prod>");
    }

    @Test
    void listsEveryWorkloadAndOnlyWorkloadsResourceByResource()
    {
        for (Resource resource : AssessmentFixture.assessment().inventory().resources()) {
            String row = "<tr><td>" + resource.name() + "<br /><span class=\"arn\">" + resource.id() + "</span></td>";
            if (resource.type() == ResourceType.VPC) {
                assertThat(html).doesNotContain(row);
            }
            else {
                assertThat(html).contains(row);
            }
        }
    }

    @Test
    void summarisesNetworkPlumbingInTheAppendix()
    {
        assertThat(html).contains("<tr><td>VPC</td><td class=\"number\">1</td><td>111122223333 / eu-west-1</td><td>-</td></tr>");
    }

    @Test
    void summarisesRunRatesBeforeAndAfterAndTheOneOffCost()
    {
        assertThat(html)
                .contains("<div class=\"card-value\">$1,823.03</div><div class=\"card-label\">monthly run-rate today</div>")
                .contains("<div class=\"card-value\">$1,677.91</div><div class=\"card-label\">monthly run-rate after (-$145.12)</div>")
                .contains("<div class=\"card-value\">$5,750.00</div><div class=\"card-label\">one-off migration cost</div>")
                .contains("<tr><td>02</td><td class=\"number\">3</td><td>Rehost 2, Replatform 1</td><td>High (55)</td>"
                        + "<td class=\"number\">$158.41</td><td class=\"number\">$148.41</td><td class=\"number\">$1,400.00</td><td>01</td></tr>");
    }

    @Test
    void reportsAdministrationPortsOpenToTheInternet()
    {
        assertThat(html)
                .contains("<tr><td>batch (sg-0batch)</td><td>111122223333 / eu-west-1</td><td>tcp/3389 from 0.0.0.0/0</td><td>RDP (3389)</td><td>legacy-batch</td></tr>")
                .contains("<tr><td>web-tier (sg-0web)</td><td>111122223333 / eu-west-1</td><td>tcp/22 from 0.0.0.0/0</td><td>SSH (22)</td><td>web-1, web-2</td></tr>")
                .doesNotContain("tcp/443 from 0.0.0.0/0");
    }

    @Test
    void listsTrafficWithSystemsOutsideTheEstate()
    {
        assertThat(html)
                .contains("<tr><td>storefront-clb</td><td>02</td><td>the internet</td><td>inbound</td><td>observed tcp/443, 9100 flows, 7.3 MB</td></tr>")
                .contains("<tr><td>web-2</td><td>02</td><td>on-premises systems</td><td>outbound</td><td>observed tcp/1433, 120 flows, 880.0 kB</td></tr>");
    }

    @Test
    void listsInventoryWarningsAndTopRiskFactors()
    {
        assertThat(html)
                .contains("<td>lambda</td><td>AccessDenied</td><td class=\"number\">1</td><td>lambda:ListFunctions</td>")
                .contains("<tr><td>moveGroup</td><td class=\"number\">3</td><td class=\"number\">69</td><td>Members of a cycle move together.</td></tr>");
    }

    @Test
    void rendersAPdfThatNamesTheEstate()
            throws IOException
    {
        try (PDDocument document = Loader.loadPDF(output.resolve("report/readiness-report.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains(AssessmentFixture.ESTATE_NAME).contains("storefront-clb");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Migration readiness report: " + AssessmentFixture.ESTATE_NAME);
            assertThat(document.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(Instant.parse("2025-07-01T00:00:00Z"));
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
        }
    }

    @Test
    void rendersRunbookPdfs()
            throws IOException
    {
        try (PDDocument document = Loader.loadPDF(output.resolve("runbooks/wave-02.pdf").toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("Wave 02 runbook: " + AssessmentFixture.ESTATE_NAME).contains("Sign-off");
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Wave 02 runbook: " + AssessmentFixture.ESTATE_NAME);
        }
    }
}
