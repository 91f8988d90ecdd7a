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
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A synthetic estate whose waves are too large to draw resource by resource: wave 1 holds 240
 * instances of 8 applications in 3 VPCs, wave 2 holds 40 instances each of its own application in
 * two subnets (one of them calls into wave 1), wave 3 holds 30 instances in no VPC and of no
 * application. The report draws wave 1 by application, wave 2 by subnet and wave 3 by resource type,
 * each with the graph export that draws the same boxes. The demo's wave 1, of S3 buckets and
 * resources in six VPCs with no application tag, fits a page only by VPC and resource type.
 */
class ReportCollapsedDiagramTest
{
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "eu-west-1";
    private static final int APPLICATIONS = 8;

    @TempDir
    static Path output;

    private static String html;

    @BeforeAll
    static void generate()
            throws IOException
    {
        new ArtifactGenerator().generate(largeEstate(), output, GenerationOptions.defaults().withKinds(Set.of(ArtifactKind.REPORT, ArtifactKind.REPORT_PDF)));
        html = Files.readString(output.resolve("report/readiness-report.html"));
    }

    @Test
    void drawsALargeWaveOneBoxPerApplication()
    {
        String wave = section("01");

        assertThat(wave).contains("<svg").contains("collapsed by application")
                .contains("240 resources (with those of other waves they depend on), more than the 18 a page shows legibly: drawn as 9 boxes, one per application")
                .contains("cloudmigrate graph --assessment assessment.json --format dot --wave 1 --edges observed,configured --collapse app;")
                .contains("and every resource: cloudmigrate graph --assessment assessment.json --format dot --wave 1.");
        for (int application = 0; application < APPLICATIONS; application++) {
            assertThat(wave).contains(">app service-" + application + "<");
        }
        // the caller in wave 2, grey, with its wave
        assertThat(wave).contains("app solo-2 (wave 02)");
        // the boxes are the applications, not the instances; the calls between applications are drawn
        assertThat(wave).doesNotContain(">node-1-017<").containsPattern("<path [^>]*stroke=\"#1f2937\"");
    }

    @Test
    void drawsAWaveOfOneApplicationPerResourceBySubnet()
    {
        assertThat(section("02")).contains("<svg").contains("collapsed by subnet")
                .contains("41 resources (with those of other waves they depend on), more than the 18 a page shows legibly: drawn as 3 boxes, one per subnet")
                .contains(">subnet subnet-2a<").contains(">subnet subnet-2b<").contains("subnet subnet-1a (wave 01)");
    }

    @Test
    void drawsAWaveOutsideAnyVpcAndApplicationByResourceType()
    {
        assertThat(section(html, "03")).contains("<svg").contains("collapsed by VPC and resource type")
                .contains("30 resources (with those of other waves they depend on), more than the 18 a page shows legibly: drawn as 1 box, "
                        + "one per VPC, and for what lies in no VPC one per resource type")
                .contains(">AWS::EC2::Instance<").doesNotContain(">node-3-000<")
                .contains("cloudmigrate graph --assessment assessment.json --format dot --wave 3 --edges observed,configured --collapse vpc-or-type;");
    }

    @Test
    void drawsTheDemosFirstWaveOnOnePageByVpcAndResourceType()
            throws IOException
    {
        Path demo = output.resolve("demo");
        DemoArtifacts.generate(output.resolve("sample"), demo, GenerationOptions.defaults().withKinds(Set.of(ArtifactKind.REPORT)));
        String wave = section(Files.readString(demo.resolve("report/readiness-report.html")), "01");

        Matcher drawn = Pattern.compile("drawn as (\\d+) boxes, one per VPC, and for what lies in no VPC one per resource type").matcher(wave);
        assertThat(drawn.find()).as(wave).isTrue();
        int boxes = Integer.parseInt(drawn.group(1));
        assertThat(boxes).isBetween(2, 18);
        assertThat(wave).contains("<svg").contains(">AWS::S3::Bucket<").contains(">VPC storefront-prod<").doesNotContain(">northwind-terraform-state<")
                .contains("cloudmigrate graph --assessment assessment.json --format dot --wave 1 --edges observed,configured --collapse vpc-or-type;");
        // the default VPC has no Name tag: its whole id and block, never a shortened id; the sample's 11 buckets move in wave 1
        assertThat(wave).contains(">VPC vpc-088f417d296c2f991<").contains(">(172.31.0.0/16)<").doesNotContain("vpc-088f417d296c2\u2026")
                .contains("<title>AWS::S3::Bucket, 11 resources</title>")
                .contains("<title>VPC storefront-prod (10.10.0.0/16), 21 resources, 10 in this wave</title>");
        // one box drawn per box counted, each with its title
        assertThat(Pattern.compile("<rect ").matcher(wave.substring(wave.indexOf("<svg"), wave.indexOf("</svg>"))).results().count()).isEqualTo(boxes);
    }

    @Test
    void drawsTheCollapsedDiagramInThePdf()
            throws IOException
    {
        try (PDDocument document = Loader.loadPDF(output.resolve("report/readiness-report.pdf").toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            int drawnOn = 0;
            for (int page = 1; page <= document.getNumberOfPages() && drawnOn == 0; page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                if (stripper.getText(document).replaceAll("\\s+", " ").contains("drawn as 9 boxes, one per application")) {
                    drawnOn = page;
                }
            }
            assertThat(drawnOn).as("the page of wave 01's diagram").isPositive();
            // openhtmltopdf draws an SVG picture as a form
            PDResources resources = document.getPage(drawnOn - 1).getResources();
            List<PDXObject> forms = new ArrayList<>();
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDFormXObject form) {
                    forms.add(form);
                }
            }
            assertThat(forms).isNotEmpty();
        }
    }

    /** The report's part about one wave's diagram: from its heading to the next. */
    private static String section(String wave)
    {
        return section(html, wave);
    }

    private static String section(String html, String wave)
    {
        Matcher matcher = Pattern.compile("(?s)<h3>Wave " + wave + "</h3>(.*?)(<h[23][ >]|$)").matcher(html);
        assertThat(matcher.find()).as("a diagram section for wave " + wave).isTrue();
        return matcher.group(1);
    }

    private static Assessment largeEstate()
    {
        List<Resource> resources = new ArrayList<>();
        List<DependencyEdge> edges = new ArrayList<>();
        List<String> wave1 = new ArrayList<>();
        for (int i = 0; i < 240; i++) {
            int application = i % APPLICATIONS;
            String vpc = "vpc-1" + (char) ('a' + application % 3);
            String id = instance(resources, "node-1-%03d".formatted(i), vpc, vpc.replace("vpc", "subnet"), Map.of("app", "service-" + application));
            wave1.add(id);
        }
        // each application calls the next one, from every fourth instance
        for (int i = 0; i < 240; i += 4) {
            edges.add(new DependencyEdge(wave1.get(i), wave1.get((i + 1) % 240), EdgeKind.OBSERVED, 8080, "tcp", 10, 1_000, "flow logs"));
        }
        List<String> wave2 = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            wave2.add(instance(resources, "node-2-%03d".formatted(i), "vpc-2", i % 2 == 0 ? "subnet-2a" : "subnet-2b", Map.of("app", "solo-" + i)));
        }
        edges.add(new DependencyEdge(wave2.get(0), wave2.get(1), EdgeKind.OBSERVED, 5432, "tcp", 10, 1_000, "flow logs"));
        edges.add(new DependencyEdge(wave2.get(2), wave1.get(0), EdgeKind.CONFIGURED, 443, "tcp", 0, 0, "configured"));
        List<String> wave3 = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            wave3.add(instance(resources, "node-3-%03d".formatted(i), null, null, Map.of()));
        }
        Inventory inventory = new Inventory(Inventory.SCHEMA_VERSION, "scan-large", "Large estate", "2025-06-30T08:15:00Z",
                new Scope(List.of(ACCOUNT), List.of(REGION)), resources, List.of(), List.of(), List.of(), List.of());
        GraphAnalysis graph = new GraphAnalysis(resources.stream().map(Resource::id).toList(), edges, List.of(),
                List.of(new MigrationWave(1, wave1), new MigrationWave(2, wave2), new MigrationWave(3, wave3)), List.of(), List.of());
        return new Assessment(Assessment.SCHEMA_VERSION, "large", "2025-07-01", inventory, 0, graph, List.of(), List.of(), List.of());
    }

    private static String instance(List<Resource> resources, String name, String vpc, String subnet, Map<String, String> tags)
    {
        String id = "arn:aws:ec2:" + REGION + ":" + ACCOUNT + ":instance/i-" + name;
        NetworkPlacement network = vpc == null ? NetworkPlacement.NONE : new NetworkPlacement(vpc, List.of(subnet), List.of(), List.of(), List.of(), List.of());
        resources.add(new Resource(id, ResourceType.EC2_INSTANCE, ACCOUNT, REGION, name, tags, network,
                new ResourceDetails.Ec2Instance("i-" + name, "m5.large", "running", "Linux/UNIX", "Amazon Linux 2", "2", "x86_64",
                        "ami-0abc1234", "2023-02-01T10:00:00Z", List.of(), List.of(), 8, "optional", List.of())));
        return id;
    }
}
