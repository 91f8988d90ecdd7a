package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.JsonDocuments;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.GraphExporter;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.scoring.Strategy;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dependency graph of an assessment through real HTTP against a started server with its
 * embedded PostgreSQL: pages of nodes and edges, their filters, and the Cytoscape document, checked
 * against what {@code cloudmigrate graph --format cytoscape} exports for the same estate.
 */
class GraphApiTest
{
    @TempDir
    static Path dataDirectory;

    @TempDir
    static Path sampleDirectory;

    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();
    private static TestServer server;
    private static ApiClient api;
    private static String assessment;
    private static JsonNode exported;

    @BeforeAll
    static void startServerWithTheSampleAssessed()
    {
        server = TestServer.start(TestDatabases.options(dataDirectory), new PrintStream(LOG, true, StandardCharsets.UTF_8));
        api = server.api();
        String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"SAMPLE\"}"));
        assessment = api.run(api.post(estate + "/assessments", "{}"));

        // What the CLI's graph command exports for the same sample, read the way `import` and `flows` read it.
        Path root = SampleEstate.extractTo(sampleDirectory.resolve("estate"));
        Inventory inventory = AwsCliImporter.importDirectory(root);
        Traffic traffic = FlowLogReader.create().read(List.of(root.resolve("flow-logs")), inventory);
        Assessment assessed = Stages.assess(inventory, traffic, Optional.empty(), Optional.empty());
        try {
            exported = JsonDocuments.mapper().readTree(GraphExporter.cytoscapeJson().export(assessed.graph(), assessed.inventory()));
        }
        catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void servesTheSameNodesAndEdgesAsTheGraphCommandExports()
    {
        Set<String> nodes = new HashSet<>();
        pages(assessment + "/graph/nodes?limit=37", node -> nodes.add(node.path("id").asText()));
        List<String> edges = new ArrayList<>();
        pages(assessment + "/graph/edges?limit=500", edge -> edges.add(key(edge)));

        Set<String> exportedNodes = new HashSet<>();
        exported.path("elements").path("nodes").forEach(node -> exportedNodes.add(node.path("data").path("id").asText()));
        List<String> exportedEdges = new ArrayList<>();
        exported.path("elements").path("edges").forEach(edge -> exportedEdges.add(key(edge.path("data"))));

        assertThat(nodes).isEqualTo(exportedNodes);
        assertThat(edges).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(exportedEdges);
        assertThat(edges).anyMatch(edge -> edge.contains("|ALLOWED|")).anyMatch(edge -> edge.contains("|OBSERVED|"));
    }

    @Test
    void pagesNodesInIdOrderAndEdgesInTheGraphsOrder()
    {
        List<String> nodes = new ArrayList<>();
        int pages = pages(assessment + "/graph/nodes?limit=10", node -> nodes.add(node.path("id").asText()));
        assertThat(nodes).isSorted().doesNotHaveDuplicates();
        assertThat(pages).isEqualTo((nodes.size() + 9) / 10);

        List<Integer> ordinals = new ArrayList<>();
        pages(assessment + "/graph/edges?limit=50&kind=OBSERVED", edge -> ordinals.add(Integer.parseInt(edge.path("id").asText().substring(1))));
        assertThat(ordinals).isNotEmpty().isSorted().doesNotHaveDuplicates();
    }

    @Test
    void filtersNodesByVpcSubnetWaveAndStrategy()
    {
        Map<String, JsonNode> all = allNodes("");
        JsonNode someNode = all.values().stream().filter(node -> !node.path("subnetIds").isEmpty() && node.path("wave").isInt() && node.path("strategy").isTextual())
                .findFirst().orElseThrow();
        String vpc = someNode.path("vpcId").asText();
        String subnet = someNode.path("subnetIds").get(0).asText();
        int wave = someNode.path("wave").asInt();
        String strategy = someNode.path("strategy").asText();

        assertThat(allNodes("&vpc=" + vpc).keySet()).isEqualTo(matching(all, node -> node.path("vpcId").asText().equals(vpc)));
        assertThat(allNodes("&subnet=" + subnet).keySet()).isEqualTo(matching(all, node -> contains(node.path("subnetIds"), subnet)));
        assertThat(allNodes("&wave=" + wave).keySet()).isEqualTo(matching(all, node -> node.path("wave").asInt() == wave));
        assertThat(allNodes("&strategy=" + strategy + "&vpc=" + vpc).keySet())
                .contains(someNode.path("id").asText())
                .isEqualTo(matching(all, node -> node.path("strategy").asText().equals(strategy) && node.path("vpcId").asText().equals(vpc)));
    }

    @Test
    void keepsEdgesOfOneKindTouchingTheSelectedNodes()
    {
        Map<String, JsonNode> all = allNodes("");
        String vpc = all.values().stream().filter(node -> node.path("vpcId").isTextual()).findFirst().orElseThrow().path("vpcId").asText();
        Set<String> inVpc = matching(all, node -> node.path("vpcId").asText().equals(vpc));
        List<JsonNode> edges = new ArrayList<>();
        pages(assessment + "/graph/edges?limit=500&kind=ALLOWED&vpc=" + vpc, edges::add);
        assertThat(edges).isNotEmpty().allSatisfy(edge -> {
            assertThat(edge.path("kind").asText()).isEqualTo("ALLOWED");
            assertThat(inVpc).containsAnyOf(edge.path("source").asText(), edge.path("target").asText());
        });
        List<JsonNode> allAllowed = new ArrayList<>();
        pages(assessment + "/graph/edges?limit=500&kind=ALLOWED", allAllowed::add);
        assertThat(allAllowed.stream().filter(edge -> inVpc.contains(edge.path("source").asText()) || inVpc.contains(edge.path("target").asText())))
                .hasSameSizeAs(edges);
    }

    @Test
    void filtersEdgesBySubnetWaveAndStrategyOfEitherEnd()
    {
        Map<String, JsonNode> all = allNodes("");
        List<JsonNode> everyEdge = new ArrayList<>();
        pages(assessment + "/graph/edges?limit=500", everyEdge::add);
        Set<String> ends = new HashSet<>();
        everyEdge.forEach(edge -> ends.addAll(List.of(edge.path("source").asText(), edge.path("target").asText())));
        JsonNode someNode = all.values().stream().filter(node -> ends.contains(node.path("id").asText()) && !node.path("subnetIds").isEmpty()
                && node.path("wave").isInt() && node.path("strategy").isTextual()).min(java.util.Comparator.comparing(node -> node.path("id").asText())).orElseThrow();
        String subnet = someNode.path("subnetIds").get(0).asText();
        int wave = someNode.path("wave").asInt();
        String strategy = someNode.path("strategy").asText();

        for (var filter : Map.of(
                "&subnet=" + subnet, matching(all, node -> contains(node.path("subnetIds"), subnet)),
                "&wave=" + wave, matching(all, node -> node.path("wave").isInt() && node.path("wave").asInt() == wave),
                "&wave=" + wave + "&strategy=" + strategy, matching(all, node -> node.path("wave").isInt() && node.path("wave").asInt() == wave
                        && node.path("strategy").asText().equals(strategy))).entrySet()) {
            List<String> edges = new ArrayList<>();
            pages(assessment + "/graph/edges?limit=50" + filter.getKey(), edge -> edges.add(edge.path("id").asText()));
            List<String> expected = everyEdge.stream()
                    .filter(edge -> filter.getValue().contains(edge.path("source").asText()) || filter.getValue().contains(edge.path("target").asText()))
                    .map(edge -> edge.path("id").asText()).toList();
            assertThat(edges).as(filter.getKey()).isNotEmpty().isEqualTo(expected);
        }
    }

    @Test
    void derivesTheAllowedEdgesOfEachPageAsTheWholeListHasThem()
    {
        Map<String, JsonNode> all = allNodes("");
        List<JsonNode> allowed = new ArrayList<>();
        pages(assessment + "/graph/edges?limit=500&kind=ALLOWED", allowed::add);
        List<JsonNode> placedTargets = allowed.stream().map(edge -> all.get(edge.path("target").asText()))
                .filter(node -> node.path("vpcId").isTextual() && node.path("wave").isInt() && node.path("strategy").isTextual()).toList();
        JsonNode target = placedTargets.get(placedTargets.size() / 2);
        String vpc = target.path("vpcId").asText();
        int wave = target.path("wave").asInt();
        String strategy = target.path("strategy").asText();

        for (var filter : Map.of(
                "&vpc=" + vpc, matching(all, node -> node.path("vpcId").asText().equals(vpc)),
                "&vpc=" + vpc + "&wave=" + wave, matching(all, node -> node.path("vpcId").asText().equals(vpc) && node.path("wave").asInt() == wave),
                "&strategy=" + strategy, matching(all, node -> node.path("strategy").asText().equals(strategy))).entrySet()) {
            List<String> paged = new ArrayList<>();
            // three at a time: pages end inside one target's pairs, and the cursor goes on from there
            pages(assessment + "/graph/edges?limit=3&kind=ALLOWED" + filter.getKey(), edge -> paged.add(key(edge) + "|" + edge.path("id").asText()));
            List<String> expected = allowed.stream()
                    .filter(edge -> filter.getValue().contains(edge.path("source").asText()) || filter.getValue().contains(edge.path("target").asText()))
                    .map(edge -> key(edge) + "|" + edge.path("id").asText()).toList();
            assertThat(paged).as(filter.getKey()).isNotEmpty().isEqualTo(expected);
            if (filter.getKey().equals("&vpc=" + vpc)) {
                assertThat(paged).hasSizeGreaterThan(3);
            }

            JsonNode drawn = api.get(assessment + "/graph?format=cytoscape&kind=ALLOWED" + filter.getKey()).json().path("elements").path("edges");
            List<String> between = new ArrayList<>();
            drawn.forEach(edge -> between.add(key(edge.path("data")) + "|" + edge.path("data").path("id").asText()));
            assertThat(between).as(filter.getKey()).isEqualTo(allowed.stream()
                    .filter(edge -> filter.getValue().contains(edge.path("source").asText()) && filter.getValue().contains(edge.path("target").asText()))
                    .map(edge -> key(edge) + "|" + edge.path("id").asText()).toList());
        }
    }

    @Test
    void findsTheAllowedEdgesOfASourceOverriddenToAStrategyOnlyItHas()
    {
        Map<String, JsonNode> all = allNodes("");
        List<JsonNode> allowed = new ArrayList<>();
        pages(assessment + "/graph/edges?limit=500&kind=ALLOWED", allowed::add);
        // A strategy no node has in the model when there is one (else the rarest): only the override gives it, so
        // the targets' rows, written before the override, cannot name it.
        Map<String, Long> counts = new HashMap<>();
        all.values().forEach(node -> counts.merge(node.path("strategy").asText(), 1L, Long::sum));
        String strategy = java.util.Arrays.stream(Strategy.values()).map(Enum::name)
                .min(java.util.Comparator.comparing((String name) -> counts.getOrDefault(name, 0L)).thenComparing(name -> name)).orElseThrow();
        String source = allowed.stream().map(edge -> edge.path("source").asText())
                .filter(id -> all.containsKey(id) && all.get(id).path("strategy").isTextual() && !all.get(id).path("strategy").asText().equals(strategy))
                .sorted().findFirst().orElseThrow();
        String override = assessment + "/recommendations/" + java.net.URLEncoder.encode(source, StandardCharsets.UTF_8) + "/override";
        Answer put = api.put(override, "{\"strategy\": \"" + strategy + "\", \"justification\": \"The graph follows the reviewer's decision.\"}");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        try {
            Set<String> selected = matching(allNodes(""), node -> node.path("strategy").asText().equals(strategy));
            assertThat(selected).contains(source);
            List<String> paged = new ArrayList<>();
            pages(assessment + "/graph/edges?limit=3&kind=ALLOWED&strategy=" + strategy, edge -> paged.add(key(edge) + "|" + edge.path("id").asText()));
            assertThat(paged).isNotEmpty().isEqualTo(allowed.stream()
                    .filter(edge -> selected.contains(edge.path("source").asText()) || selected.contains(edge.path("target").asText()))
                    .map(edge -> key(edge) + "|" + edge.path("id").asText()).toList());
        }
        finally {
            assertThat(api.delete(override).status()).isEqualTo(204);
        }
    }

    @Test
    void drawsTheSelectedNodesAndTheEdgesBetweenThemForCytoscape()
    {
        JsonNode whole = api.get(assessment + "/graph?format=cytoscape").json().path("elements");
        assertThat(whole.path("nodes")).hasSameSizeAs(exported.path("elements").path("nodes"));
        assertThat(whole.path("edges")).hasSameSizeAs(exported.path("elements").path("edges"));

        JsonNode observed = api.get(assessment + "/graph?format=cytoscape&kind=OBSERVED&wave=1").json().path("elements");
        Set<String> drawn = new HashSet<>();
        observed.path("nodes").forEach(node -> {
            assertThat(node.path("data").path("wave").asInt()).isEqualTo(1);
            drawn.add(node.path("data").path("id").asText());
        });
        assertThat(observed.path("edges")).allSatisfy(edge -> {
            assertThat(edge.path("data").path("kind").asText()).isEqualTo("OBSERVED");
            assertThat(drawn).contains(edge.path("data").path("source").asText(), edge.path("data").path("target").asText());
        });
    }

    @Test
    void refusesAnUnknownFormatAndAnUnknownAssessment()
    {
        Answer format = api.get(assessment + "/graph?format=graphml");
        assertThat(format.status()).isEqualTo(400);
        assertThat(format.header("Content-Type")).startsWith("application/problem+json");

        Answer unknown = api.get("/api/v1/assessments/00000000-0000-0000-0000-000000000000/graph/nodes");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.json().path("detail").asText()).contains("00000000-0000-0000-0000-000000000000");
    }

    private static Map<String, JsonNode> allNodes(String query)
    {
        Map<String, JsonNode> nodes = new HashMap<>();
        pages(assessment + "/graph/nodes?limit=500" + query, node -> nodes.put(node.path("id").asText(), node));
        return nodes;
    }

    private static Set<String> matching(Map<String, JsonNode> nodes, java.util.function.Predicate<JsonNode> condition)
    {
        Set<String> ids = new HashSet<>();
        nodes.forEach((id, node) -> {
            if (condition.test(node)) {
                ids.add(id);
            }
        });
        return ids;
    }

    private static boolean contains(JsonNode array, String value)
    {
        for (JsonNode element : array) {
            if (element.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }

    /** Reads every page of a list; returns how many pages it took. */
    private static int pages(String path, Consumer<JsonNode> item)
    {
        String cursor = null;
        int pages = 0;
        do {
            Answer answer = api.get(path + (cursor == null ? "" : "&cursor=" + cursor));
            assertThat(answer.status()).as(answer.body()).isEqualTo(200);
            JsonNode page = answer.json();
            page.path("items").forEach(item);
            cursor = page.path("nextCursor").isNull() ? null : page.path("nextCursor").asText();
            pages++;
        }
        while (cursor != null && pages < 10_000);
        return pages;
    }

    private static String key(JsonNode edge)
    {
        return edge.path("source").asText() + "|" + edge.path("target").asText() + "|" + edge.path("kind").asText() + "|" + edge.path("port").asInt()
                + "|" + edge.path("protocol").asText() + "|" + edge.path("flows").asLong() + "|" + edge.path("bytes").asLong() + "|" + edge.path("evidence").asText();
    }
}
