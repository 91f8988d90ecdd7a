package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.GraphView;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two VPCs of a wave drawn as two boxes: one named by a Name tag full of quotes, markup, an entity, a
 * line break and a template expression; one without a Name tag, in whose unnamed subnet most of its
 * instances stand. Each box says what it is in full, wrapped to its width, and how many resources it holds.
 */
class CollapsedBoxLabelsTest
{
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "eu-west-1";
    private static final String HOSTILE = "say \"hi\" <b>&amp; ${user} 'x'\nsecond line";
    private static final String NAMED_VPC = "vpc-0123456789abcdef0";
    private static final String UNNAMED_VPC = "vpc-0a1b2c3d4e5f67890";
    private static final String UNNAMED_SUBNET = "subnet-0b1b2c3d4e5f67890";

    private final Assessment assessment = assessment();
    private final CollapsedWaveDiagram diagram = new CollapsedWaveDiagram(new EstateIndex(assessment),
            new TreeSet<>(assessment.inventory().resources().stream().filter(resource -> resource.type() == ResourceType.EC2_INSTANCE).map(Resource::id).toList()));

    @Test
    void labelsAVpcWithoutNameByItsWholeIdAndBlockWithItsCount()
            throws Exception
    {
        CollapsedWaveDiagram.Drawn drawn = diagram.draw(1, "Wave 01", 2).orElseThrow();

        assertThat(drawn.collapse()).isEqualTo(GraphView.Collapse.VPC);
        List<String> lines = texts(drawn.svg(), "text");
        assertThat(lines).contains("VPC " + UNNAMED_VPC, "(10.1.0.0/16)", "4 resources", "3 resources");
        assertThat(lines).noneMatch(line -> line.contains("\u2026"));
        assertThat(texts(drawn.svg(), "title")).contains("VPC " + UNNAMED_VPC + " (10.1.0.0/16), 4 resources");
    }

    @Test
    void labelsASubnetWithoutNameByItsWholeIdAndBlock()
            throws Exception
    {
        CollapsedWaveDiagram.Drawn drawn = diagram.draw(1, "Wave 01", 3).orElseThrow();

        assertThat(drawn.collapse()).isEqualTo(GraphView.Collapse.SUBNET);
        assertThat(texts(drawn.svg(), "title")).contains("subnet " + UNNAMED_SUBNET + " (10.1.1.0/24), 3 resources");
        assertThat(texts(drawn.svg(), "text")).contains(UNNAMED_SUBNET, "(10.1.1.0/24)");
    }

    @Test
    void writesAHostileNameAsTextThatReadsBack()
            throws Exception
    {
        String svg = diagram.draw(1, "Wave 01", 2).orElseThrow().svg();

        assertThat(svg).doesNotContain("<b>").contains("&lt;b&gt;&amp;amp;");
        assertThat(texts(svg, "title")).contains("VPC " + HOSTILE + " (10.0.0.0/16), 3 resources");
        assertThat(String.join(" ", texts(svg, "text"))).contains("say \"hi\" <b>&amp; ${user} 'x' second line");
    }

    @Test
    void keepsEveryLineInsideItsBox()
            throws Exception
    {
        String svg = diagram.draw(1, "Wave 01", 2).orElseThrow().svg();

        // boxes are 130 pixels wide with 4 of padding either side; the text is 8 pixels DejaVu Sans
        assertThat(texts(svg, "text")).isNotEmpty().allMatch(line -> TextWidths.width(line, 8) <= 122);
    }

    private static List<String> texts(String svg, String element)
            throws Exception
    {
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        NodeList nodes = document.getElementsByTagName(element);
        List<String> texts = new ArrayList<>();
        for (int index = 0; index < nodes.getLength(); index++) {
            texts.add(nodes.item(index).getTextContent());
        }
        return texts;
    }

    private static Assessment assessment()
    {
        List<Resource> resources = new ArrayList<>();
        resources.add(new Resource("arn:aws:ec2:" + REGION + ":" + ACCOUNT + ":vpc/" + NAMED_VPC, ResourceType.VPC, ACCOUNT, REGION, HOSTILE, Map.of("Name", HOSTILE),
                placement(NAMED_VPC, List.of()), new ResourceDetails.Vpc(NAMED_VPC, "10.0.0.0/16", false)));
        resources.add(new Resource("arn:aws:ec2:" + REGION + ":" + ACCOUNT + ":vpc/" + UNNAMED_VPC, ResourceType.VPC, ACCOUNT, REGION, UNNAMED_VPC, Map.of(),
                placement(UNNAMED_VPC, List.of()), new ResourceDetails.Vpc(UNNAMED_VPC, "10.1.0.0/16", false)));
        resources.add(new Resource("arn:aws:ec2:" + REGION + ":" + ACCOUNT + ":subnet/" + UNNAMED_SUBNET, ResourceType.SUBNET, ACCOUNT, REGION, UNNAMED_SUBNET, Map.of(),
                placement(UNNAMED_VPC, List.of()), new ResourceDetails.Subnet(UNNAMED_SUBNET, "10.1.1.0/24", "eu-west-1a", false)));
        List<String> instances = new ArrayList<>();
        for (int i = 1; i <= 7; i++) {
            String name = "web-" + i;
            String vpc = i <= 3 ? NAMED_VPC : UNNAMED_VPC;
            String subnet = i <= 3 ? "subnet-0aaaaaaaaaaaaaaa1" : i <= 6 ? UNNAMED_SUBNET : "subnet-0ccccccccccccccc3";
            String id = "arn:aws:ec2:" + REGION + ":" + ACCOUNT + ":instance/i-" + name;
            instances.add(id);
            resources.add(new Resource(id, ResourceType.EC2_INSTANCE, ACCOUNT, REGION, name, Map.of(), placement(vpc, List.of(subnet)),
                    new ResourceDetails.Ec2Instance("i-" + name, "m5.large", "running", "Linux/UNIX", "Amazon Linux 2", "2", "x86_64",
                            "ami-0abc1234", "2023-02-01T10:00:00Z", List.of(), List.of(), 8, "optional", List.of())));
        }
        Inventory inventory = new Inventory(Inventory.SCHEMA_VERSION, "scan-boxes", "Boxes", "2025-06-30T08:15:00Z",
                new Scope(List.of(ACCOUNT), List.of(REGION)), resources, List.of(), List.of(), List.of(), List.of());
        List<DependencyEdge> edges = List.of(new DependencyEdge(instances.get(0), instances.get(4), EdgeKind.OBSERVED, 443, "tcp", 10, 1_000, "flow logs"));
        GraphAnalysis graph = new GraphAnalysis(instances, edges, List.of(), List.of(new MigrationWave(1, instances)), List.of(), List.of());
        return new Assessment(Assessment.SCHEMA_VERSION, "boxes", "2025-07-01", inventory, 0, graph, List.of(), List.of(), List.of());
    }

    private static NetworkPlacement placement(String vpc, List<String> subnets)
    {
        return new NetworkPlacement(vpc, subnets, List.of(), List.of(), List.of(), List.of());
    }
}
