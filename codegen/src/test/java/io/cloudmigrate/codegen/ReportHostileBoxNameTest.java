package io.cloudmigrate.codegen;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wave of 20 instances, each of its own application and subnet, in one VPC whose Name tag holds
 * quotes, markup, an entity, a line break and a template expression: the report draws the wave as one
 * VPC box, and both the HTML and the PDF carry the name as text, never as markup.
 */
class ReportHostileBoxNameTest
{
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "eu-west-1";
    private static final String VPC = "vpc-0a1b2c3d4e5f67890";
    private static final String NAME = "say \"hi\" <b>&amp; ${user} 'x'\nsecond line";

    @TempDir
    static Path output;

    private static String html;

    @BeforeAll
    static void generate()
            throws IOException
    {
        new ArtifactGenerator().generate(estate(), output, GenerationOptions.defaults().withKinds(Set.of(ArtifactKind.REPORT, ArtifactKind.REPORT_PDF)));
        html = Files.readString(output.resolve("report/readiness-report.html"));
    }

    @Test
    void drawsTheNameAsTextOfTheVpcBoxInTheHtml()
            throws Exception
    {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));

        List<String> titles = new ArrayList<>();
        NodeList rectangles = document.getElementsByTagName("rect");
        for (int index = 0; index < rectangles.getLength(); index++) {
            titles.add(((Element) rectangles.item(index)).getElementsByTagName("title").item(0).getTextContent());
        }
        assertThat(titles).contains("VPC " + NAME + " (10.0.0.0/16), 20 resources");
        assertThat(html).doesNotContain("<b>").contains("&lt;b&gt;&amp;amp; ${user}");
    }

    @Test
    void rendersThePdfWithTheWaveDrawnAsOneBox()
            throws IOException
    {
        try (PDDocument document = Loader.loadPDF(output.resolve("report/readiness-report.pdf").toFile())) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");

            assertThat(text).contains("drawn as 1 box, one per VPC").contains("--collapse vpc;");
        }
    }

    private static Assessment estate()
    {
        List<Resource> resources = new ArrayList<>();
        resources.add(new Resource("arn:aws:ec2:" + REGION + ":" + ACCOUNT + ":vpc/" + VPC, ResourceType.VPC, ACCOUNT, REGION, NAME, Map.of("Name", NAME),
                new NetworkPlacement(VPC, List.of(), List.of(), List.of(), List.of(), List.of()), new ResourceDetails.Vpc(VPC, "10.0.0.0/16", false)));
        List<String> wave = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String name = "node-%02d".formatted(i);
            String id = "arn:aws:ec2:" + REGION + ":" + ACCOUNT + ":instance/i-" + name;
            wave.add(id);
            resources.add(new Resource(id, ResourceType.EC2_INSTANCE, ACCOUNT, REGION, name, Map.of("app", "app-" + i),
                    new NetworkPlacement(VPC, List.of("subnet-%02d".formatted(i)), List.of(), List.of(), List.of(), List.of()),
                    new ResourceDetails.Ec2Instance("i-" + name, "m5.large", "running", "Linux/UNIX", "Amazon Linux 2", "2", "x86_64",
                            "ami-0abc1234", "2023-02-01T10:00:00Z", List.of(), List.of(), 8, "optional", List.of())));
        }
        Inventory inventory = new Inventory(Inventory.SCHEMA_VERSION, "scan-hostile", "Hostile VPC name", "2025-06-30T08:15:00Z",
                new Scope(List.of(ACCOUNT), List.of(REGION)), resources, List.of(), List.of(), List.of(), List.of());
        List<DependencyEdge> edges = List.of(new DependencyEdge(wave.get(0), wave.get(1), EdgeKind.OBSERVED, 443, "tcp", 10, 1_000, "flow logs"));
        GraphAnalysis graph = new GraphAnalysis(wave, edges, List.of(), List.of(new MigrationWave(1, wave)), List.of(), List.of());
        return new Assessment(Assessment.SCHEMA_VERSION, "hostile", "2025-07-01", inventory, 0, graph, List.of(), List.of(), List.of());
    }
}
