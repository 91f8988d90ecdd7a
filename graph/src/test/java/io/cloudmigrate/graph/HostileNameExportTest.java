package io.cloudmigrate.graph;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleDirectedGraph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.dot.DOTImporter;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A VPC whose Name tag holds quotes, markup, an entity, a line break, a backslash and a template
 * expression: every export of the collapsed graph reads back, through a real parser, as the name it was.
 */
class HostileNameExportTest
{
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "eu-west-1";
    private static final String NAME = "say \"hi\" <b>&amp; ${user} 'x'\nsecond line \\ end";
    private static final String VPC_ID = "vpc-0a1b2c3d4e5f67890";
    private static final String LABEL = "VPC " + NAME + " (10.0.0.0/16)";

    private final Inventory inventory = inventory();
    private final ViewedGraph view = new GraphView(Set.of(EdgeKind.OBSERVED), GraphView.Collapse.VPC, OptionalInt.empty(), Optional.empty(),
            GraphView.HOPS_DEFAULT).view(analysis(), inventory);

    @Test
    void writesTheNameIntoDotAsALabelThatReadsBack()
    {
        String dot = GraphExporter.dot().export(view, inventory);

        Map<String, Map<String, Attribute>> attributes = new TreeMap<>();
        DOTImporter<String, DefaultEdge> importer = new DOTImporter<>();
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer((vertexAndName, attribute) ->
                attributes.computeIfAbsent(vertexAndName.getFirst(), ignored -> new TreeMap<>()).put(vertexAndName.getSecond(), attribute));
        importer.importGraph(new SimpleDirectedGraph<>(DefaultEdge.class), new StringReader(dot));

        // DOT's \n is its line break: the name's own line break is written as one, not raw
        assertThat(attributes.get("vpc " + VPC_ID).get("label").getValue())
                .isEqualTo(LABEL.replace("\\", "\\\\").replace("\n", "\\n") + "\\n2 resources\\nwave 1");
        assertThat(dot.lines().filter(line -> line.contains("second line"))).hasSize(1);
    }

    @Test
    void writesTheNameIntoCytoscapeJsonAsItIs()
            throws Exception
    {
        JsonNode document = new ObjectMapper().readTree(GraphExporter.cytoscapeJson().export(view, inventory));

        JsonNode box = null;
        for (JsonNode node : document.path("elements").path("nodes")) {
            if (node.path("data").path("id").asText().equals("vpc " + VPC_ID)) {
                box = node.path("data");
            }
        }
        assertThat(box).isNotNull();
        assertThat(box.path("label").asText()).isEqualTo(LABEL);
        assertThat(box.path("count").asInt()).isEqualTo(2);
    }

    @Test
    void writesTheNameIntoGraphMlAsItIs()
            throws Exception
    {
        String graphMl = GraphExporter.graphMl().export(view, inventory);
        Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(graphMl.getBytes(StandardCharsets.UTF_8)));

        List<String> values = new java.util.ArrayList<>();
        NodeList nodes = document.getElementsByTagName("node");
        for (int node = 0; node < nodes.getLength(); node++) {
            Element element = (Element) nodes.item(node);
            NodeList data = element.getElementsByTagName("data");
            for (int index = 0; index < data.getLength() && element.getAttribute("id").equals("vpc " + VPC_ID); index++) {
                values.add(data.item(index).getTextContent());
            }
        }
        assertThat(values).contains(LABEL, "2");
    }

    private ViewedGraph.Box box()
    {
        return view.boxes().get("vpc " + VPC_ID);
    }

    @Test
    void namesTheBoxByTheTagAndCountsItsResources()
    {
        assertThat(box().label()).isEqualTo(LABEL);
        assertThat(box().resources()).isEqualTo(2);
    }

    private static Inventory inventory()
    {
        NetworkPlacement inside = new NetworkPlacement(VPC_ID, List.of("subnet-0a1b2c3d4e5f67890"), List.of(), List.of(), List.of(), List.of());
        List<Resource> resources = List.of(
                new Resource("arn:aws:ec2:" + REGION + ":" + ACCOUNT + ":vpc/" + VPC_ID, ResourceType.VPC, ACCOUNT, REGION, NAME, Map.of("Name", NAME),
                        new NetworkPlacement(VPC_ID, List.of(), List.of(), List.of(), List.of(), List.of()), new ResourceDetails.Vpc(VPC_ID, "10.0.0.0/16", false)),
                instance("web", inside),
                instance("app", inside),
                instance("batch", NetworkPlacement.NONE));
        return new Inventory(Inventory.SCHEMA_VERSION, "scan-hostile", "Hostile names", "2025-06-30T08:15:00Z",
                new Scope(List.of(ACCOUNT), List.of(REGION)), resources, List.of(), List.of(), List.of(), List.of());
    }

    private static Resource instance(String name, NetworkPlacement network)
    {
        return new Resource(id(name), ResourceType.EC2_INSTANCE, ACCOUNT, REGION, name, Map.of(), network,
                new ResourceDetails.Ec2Instance("i-" + name, "m5.large", "running", "Linux/UNIX", "Amazon Linux 2", "2", "x86_64",
                        "ami-0abc1234", "2023-02-01T10:00:00Z", List.of(), List.of(), 8, "optional", List.of()));
    }

    private static String id(String name)
    {
        return "arn:aws:ec2:" + REGION + ":" + ACCOUNT + ":instance/i-" + name;
    }

    private static GraphAnalysis analysis()
    {
        return new GraphAnalysis(List.of(id("web"), id("app"), id("batch")),
                List.of(new DependencyEdge(id("batch"), id("web"), EdgeKind.OBSERVED, 443, "tcp", 4, 400, "observed tcp/443, 4 flows, 400 B")),
                List.of(), List.of(new MigrationWave(1, List.of(id("web"), id("app"), id("batch")))), List.of(), List.of());
    }
}
