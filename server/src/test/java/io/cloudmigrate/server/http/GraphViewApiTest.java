package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.Memberships;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.GraphExporter;
import io.cloudmigrate.graph.GraphView;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.server.http.ApiClient.Answer;
import io.cloudmigrate.server.pipeline.Stages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The graph document as a view (collapse, focus and hops, edges) through real HTTP against a started server
 * with its PostgreSQL: the same picture {@code cloudmigrate graph --format cytoscape} draws of the same sample,
 * with the strategies the estate's overrides give, and the refusals naming the parameter at fault.
 */
class GraphViewApiTest
{
    @TempDir
    static Path dataDirectory;

    @TempDir
    static Path sampleDirectory;

    private static ServerOptions options;
    private static TestServer server;
    private static ApiClient api;
    private static String assessment;
    private static Assessment assessed;

    @BeforeAll
    static void startServerWithTheSampleAssessed()
    {
        options = TestDatabases.options(dataDirectory);
        TestServer.addUser(options, "outsider", "viewer", false);
        TestServer.addUser(options, "boss", "viewer", true);
        server = TestServer.start(options, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        api = server.api();
        String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
        assessment = api.run(api.post(estate + "/assessments", "{}"));

        // What the CLI's graph command reads for the same sample, read the way `import` and `flows` read it.
        Path root = SampleEstate.extractTo(sampleDirectory.resolve("estate"));
        Inventory inventory = AwsCliImporter.importDirectory(root);
        Traffic traffic = FlowLogReader.create().read(List.of(root.resolve("flow-logs")), inventory);
        assessed = Stages.assess(inventory, traffic, Optional.empty(), Optional.empty());
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void drawsTheCollapsedViewTheGraphCommandExportsWithTheCountOfEachBox()
    {
        JsonNode served = ok("&collapse=VPC_OR_TYPE&edges=OBSERVED,CONFIGURED");
        JsonNode exported = exported(new GraphView(Set.of(EdgeKind.OBSERVED, EdgeKind.CONFIGURED), GraphView.Collapse.VPC_OR_TYPE, OptionalInt.empty(),
                Optional.empty(), GraphView.HOPS_DEFAULT));

        assertThat(nodes(served)).isNotEmpty().isEqualTo(nodes(exported));
        assertThat(edges(served)).isNotEmpty().isEqualTo(edges(exported));
        // a box per VPC or type, and the ends outside the estate (internet …), which are no box
        assertThat(served.path("elements").path("nodes")).allSatisfy(node -> {
            JsonNode data = node.path("data");
            assertThat(data.path("strategy").isNull()).isTrue();
            if (data.path("id").asText().matches("(vpc|type) .+")) {
                assertThat(data.path("count").asInt()).isPositive();
            }
            else {
                assertThat(data.path("count").isNull()).as(data.toString()).isTrue();
                assertThat(data.path("type").isNull()).isTrue();
            }
        });
        int held = 0;
        for (JsonNode node : served.path("elements").path("nodes")) {
            held += node.path("data").path("count").asInt();
        }
        // every resource of the graph lies in a VPC or has a type: the boxes hold them all, cluster members included
        long resources = 0;
        for (JsonNode node : api.get(assessment + "/graph?format=cytoscape").json().path("elements").path("nodes")) {
            resources += node.path("data").path("type").isNull() ? 0 : 1;
        }
        assertThat(held).isEqualTo(resources);
    }

    @Test
    void drawsAClusterAndItsMembersAsOneNodeWithoutMembershipEdges()
    {
        JsonNode served = ok("&collapse=NONE");
        Map<String, String> groupByMember = Memberships.groupsByMember(assessed.inventory().resources());
        String cluster = id("storefront-analytics");

        assertThat(groupByMember).containsValue(cluster);
        assertThat(nodes(served)).containsKey(cluster).doesNotContainKeys(groupByMember.keySet().toArray(String[]::new));
        assertThat(served.path("elements").path("edges")).allSatisfy(edge -> assertThat(edge.path("data").path("source").asText())
                .isNotEqualTo(edge.path("data").path("target").asText()));
        // the plain document draws the members and the membership edges between them and their cluster
        JsonNode plain = api.get(assessment + "/graph?format=cytoscape").json();
        assertThat(nodes(plain)).containsKeys(groupByMember.keySet().toArray(String[]::new));
        assertThat(nodes(served)).isEqualTo(nodes(exported(GraphView.ALL)));
    }

    @Test
    void keepsWhatLiesWithinTheHopsOfTheFocusAsTheGraphCommandDoes()
    {
        JsonNode near = ok("&focus=orders-svc-1&hops=1&edges=OBSERVED,CONFIGURED");
        JsonNode further = ok("&focus=" + ApiClient.encode(id("orders-svc-1")) + "&hops=3&edges=OBSERVED,CONFIGURED");

        assertThat(nodes(near)).containsKey(id("orders-svc-1")).isEqualTo(nodes(exported(new GraphView(Set.of(EdgeKind.OBSERVED, EdgeKind.CONFIGURED),
                GraphView.Collapse.NONE, OptionalInt.empty(), Optional.of("orders-svc-1"), 1))));
        assertThat(edges(near)).isEqualTo(edges(exported(new GraphView(Set.of(EdgeKind.OBSERVED, EdgeKind.CONFIGURED), GraphView.Collapse.NONE,
                OptionalInt.empty(), Optional.of("orders-svc-1"), 1))));
        assertThat(nodes(further).size()).isGreaterThan(nodes(near).size());
        assertThat(near.path("elements").path("edges")).allSatisfy(edge -> assertThat(edge.path("data").path("kind").asText()).isNotEqualTo("ALLOWED"));
    }

    @Test
    void drawsTheEdgesWithAnEndInAWaveAsTheGraphCommandDoes()
    {
        JsonNode served = ok("&wave=1&kind=OBSERVED&collapse=VPC");

        assertThat(nodes(served)).isEqualTo(nodes(exported(new GraphView(Set.of(EdgeKind.OBSERVED), GraphView.Collapse.VPC, OptionalInt.of(1), Optional.empty(),
                GraphView.HOPS_DEFAULT))));
        assertThat(edges(served)).isEqualTo(edges(exported(new GraphView(Set.of(EdgeKind.OBSERVED), GraphView.Collapse.VPC, OptionalInt.of(1), Optional.empty(),
                GraphView.HOPS_DEFAULT))));
    }

    @Test
    void answersTheSameBytesForTheSameView()
    {
        String view = assessment + "/graph?format=cytoscape&collapse=SUBNET&focus=orders-svc-1";
        String first = api.get(view).body();

        assertThat(api.get(view).body()).isEqualTo(first);
        assertThat(first).contains("\"count\"");
    }

    @Test
    void showsTheOverriddenStrategyOfAResourceInAView()
    {
        String resource = id("orders-svc-1");
        String view = "&focus=orders-svc-1&hops=1";
        String model = data(ok(view)).get(resource).path("strategy").asText();
        String chosen = model.equals("REFACTOR") ? "REPLATFORM" : "REFACTOR";
        String override = assessment + "/recommendations/" + ApiClient.encode(resource) + "/override";
        Answer put = api.put(override, "{\"strategy\": \"" + chosen + "\", \"justification\": \"The picture follows the reviewer's decision.\"}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        try {
            assertThat(data(ok(view)).get(resource).path("strategy").asText()).isEqualTo(chosen);
        }
        finally {
            assertThat(api.delete(override).status()).isEqualTo(204);
        }
        assertThat(data(ok(view)).get(resource).path("strategy").asText()).isEqualTo(model);
    }

    @Test
    void refusesABadCombinationWithAProblemNamingTheParameter()
    {
        Map<String, String> refusals = new TreeMap<>(Map.of(
                "&hops=2", "hops",
                "&focus=no-such-thing", "focus",
                "&collapse=VPC&vpc=vpc-0a1b2c3d", "vpc",
                "&focus=orders-svc-1&strategy=REHOST", "strategy",
                "&edges=OBSERVED&kind=ALLOWED", "kind",
                "&collapse=VPC&wave=99", "wave",
                "&collapse=EVERYTHING", "collapse",
                "&focus=orders-svc-1&hops=0", "hops",
                "&collapse=VPC&edges=", "edges",
                "&collapse=VPC&edges=OBSERVED,OBSERVED", "edges"));
        refusals.forEach((query, parameter) -> {
            Answer answer = api.get(assessment + "/graph?format=cytoscape" + query);
            assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(400);
            assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
            assertThat(answer.json().path("field").asText()).as(query).isEqualTo(parameter);
        });
        assertThat(api.get(assessment + "/graph?format=cytoscape&focus=no-such-thing").json().path("detail").asText())
                .contains("no resource of the assessment has the id or name no-such-thing");
    }

    @Test
    void answersNotFoundForAFocusInAnAssessmentTheCallerDoesNotSee()
    {
        ApiClient administrator = api.anonymous().signIn("boss", TestServer.PASSWORD);
        String elsewhere = administrator.post("/api/v1/workspaces", "{\"name\": \"Elsewhere\"}").header("Location");
        assertThat(administrator.put(elsewhere + "/members/outsider", "{\"role\": \"viewer\"}").status()).isEqualTo(200);
        assertThat(api.delete("/api/v1/workspaces/" + TestServer.WORKSPACE + "/members/outsider").status()).isEqualTo(204);
        ApiClient outsider = api.anonymous().signIn("outsider", TestServer.PASSWORD);

        // whether the resource exists in another workspace's assessment is not told: both are 404, as the assessment is
        for (String focus : List.of("orders-svc-1", "no-such-thing")) {
            Answer answer = outsider.get(assessment + "/graph?format=cytoscape&collapse=VPC&focus=" + focus);
            assertThat(answer.status()).as(answer.body()).isEqualTo(404);
            assertThat(answer.json().path("detail").asText()).doesNotContain(focus);
        }
        assertThat(api.get(assessment + "/graph?format=cytoscape&collapse=VPC&focus=orders-svc-1").status()).isEqualTo(200);
    }

    private static JsonNode ok(String query)
    {
        Answer answer = api.get(assessment + "/graph?format=cytoscape" + query);
        assertThat(answer.status()).as(query + ": " + answer.body()).isEqualTo(200);
        return answer.json();
    }

    private static JsonNode exported(GraphView view)
    {
        try {
            return JsonDocuments.mapper().readTree(GraphExporter.cytoscapeJson().export(view.view(assessed.graph(), assessed.inventory()), assessed.inventory()));
        }
        catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Node id to what both documents say of it: label, wave, move group and count ("-" for none). */
    private static Map<String, String> nodes(JsonNode document)
    {
        Map<String, String> nodes = new TreeMap<>();
        document.path("elements").path("nodes").forEach(node -> {
            JsonNode data = node.path("data");
            int wave = data.path("wave").asInt();
            nodes.put(data.path("id").asText(), String.join("|", data.path("label").asText(), wave == 0 ? "-" : String.valueOf(wave),
                    text(data.has("moveGroup") ? data.path("moveGroup") : data.path("group")), text(data.path("count"))));
        });
        return nodes;
    }

    private static Map<String, JsonNode> data(JsonNode document)
    {
        Map<String, JsonNode> nodes = new TreeMap<>();
        document.path("elements").path("nodes").forEach(node -> nodes.put(node.path("data").path("id").asText(), node.path("data")));
        return nodes;
    }

    private static String text(JsonNode value)
    {
        return value.isNull() || value.isMissingNode() ? "-" : value.asText();
    }

    /** Each edge as the fields both documents share, in document order. */
    private static List<String> edges(JsonNode document)
    {
        List<String> edges = new ArrayList<>();
        document.path("elements").path("edges").forEach(edge -> {
            JsonNode data = edge.path("data");
            edges.add(String.join("|", data.path("id").asText(), data.path("source").asText(), data.path("target").asText(), data.path("kind").asText(),
                    data.path("port").asText(), text(data.path("protocol")), data.path("flows").asText(), data.path("bytes").asText(),
                    data.path("evidence").asText()));
        });
        return edges;
    }

    private static String id(String name)
    {
        return assessed.inventory().resources().stream().filter(resource -> resource.name().equals(name)).map(Resource::id).findFirst().orElseThrow();
    }
}
