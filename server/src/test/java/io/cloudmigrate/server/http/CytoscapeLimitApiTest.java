package io.cloudmigrate.server.http;

import com.fasterxml.jackson.databind.JsonNode;
import io.cloudmigrate.server.http.ApiClient.Answer;
import io.cloudmigrate.server.scale.SyntheticEstate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Cytoscape document past 20,000 elements is refused over HTTP with 422, naming the counts and the
 * filters that narrow it, and the narrowed request is served: an estate of 800 synthetic resources,
 * whose security groups allow tens of thousands of pairs, uploaded as an archive.
 */
class CytoscapeLimitApiTest
{
    @TempDir
    static Path dataDirectory;

    @TempDir
    static Path estateDirectory;

    private static TestServer server;
    private static ApiClient api;
    private static String assessment;

    @BeforeAll
    static void startServerWithALargeEstateAssessed()
    {
        server = TestServer.start(TestDatabases.options(dataDirectory), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        api = server.api();
        SyntheticEstate.generate(estateDirectory.resolve("estate"), 800, 7, 1);
        Answer upload = api.upload(Archives.zip(files(estateDirectory)), "application/zip");
        assertThat(upload.status()).as(upload.body()).isEqualTo(201);
        String estate = api.run(api.post("/api/v1/estates", "{" + TestServer.IN_WORKSPACE + "\"source\": \"ARCHIVE\", \"uploadId\": \""
                + upload.json().path("id").asText() + "\"}"));
        assessment = api.run(api.post(estate + "/assessments", "{}"));
    }

    @AfterAll
    static void stopServer()
    {
        server.close();
    }

    @Test
    void refusesAWholeGraphPastTheLimitNamingTheFiltersAndServesANarrowerOne()
    {
        Answer whole = api.get(assessment + "/graph?format=cytoscape");

        assertThat(whole.status()).as(whole.body()).isEqualTo(422);
        assertThat(whole.header("Content-Type")).startsWith("application/problem+json");
        String detail = whole.json().path("detail").asText();
        // the allowed edges are derived to be counted, so only as far as the limit: "at least" that many
        assertThat(detail).matches("(?s)the graph selected has \\d+ nodes and (at least )?\\d+ edges, more than the 20000 elements.*")
                .contains("narrow it with vpc, subnet, wave, strategy or kind");
        long nodes = Long.parseLong(detail.replaceFirst("(?s)the graph selected has (\\d+) nodes.*", "$1"));
        long edges = Long.parseLong(detail.replaceFirst("(?s).* nodes and (at least )?(\\d+) edges.*", "$2"));
        assertThat(nodes + edges).isGreaterThan(20_000);

        Answer observed = api.get(assessment + "/graph?format=cytoscape&kind=OBSERVED");
        assertThat(observed.status()).as(observed.body()).isEqualTo(200);
        JsonNode elements = observed.json().path("elements");
        assertThat(elements.path("nodes").size()).isEqualTo(nodes);
        assertThat(elements.path("edges")).isNotEmpty().allSatisfy(edge -> assertThat(edge.path("data").path("kind").asText()).isEqualTo("OBSERVED"));
    }

    @Test
    void drawsTheWholeEstateCollapsedWhereTheWholeGraphIsRefused()
    {
        assertThat(api.get(assessment + "/graph?format=cytoscape").status()).isEqualTo(422);

        Answer collapsed = api.get(assessment + "/graph?format=cytoscape&collapse=VPC_OR_TYPE");

        assertThat(collapsed.status()).as(collapsed.body()).isEqualTo(200);
        JsonNode elements = collapsed.json().path("elements");
        assertThat(elements.path("nodes").size() + elements.path("edges").size()).isLessThan(500);
        long held = 0;
        for (JsonNode node : elements.path("nodes")) {
            held += node.path("data").path("count").asLong();
        }
        assertThat(held).isEqualTo(resourceNodes());
    }

    @Test
    void refusesAnUncollapsedViewPastTheLimitNamingHowToNarrowIt()
    {
        Answer whole = api.get(assessment + "/graph?format=cytoscape&collapse=NONE");

        assertThat(whole.status()).as(whole.body()).isEqualTo(422);
        assertThat(whole.json().path("detail").asText()).matches("(?s)the view drawn has \\d+ nodes and \\d+ edges, more than the 20000 elements.*")
                .contains("collapse=VPC_OR_TYPE");
    }

    /** How many nodes of the graph are resources (ends outside the estate have no type), page by page. */
    private static long resourceNodes()
    {
        long resources = 0;
        String cursor = "";
        do {
            JsonNode page = api.get(assessment + "/graph/nodes?limit=500" + cursor).json();
            for (JsonNode node : page.path("items")) {
                resources += node.path("type").isNull() ? 0 : 1;
            }
            cursor = page.path("nextCursor").isTextual() ? "&cursor=" + page.path("nextCursor").asText() : "";
        }
        while (!cursor.isEmpty());
        return resources;
    }

    /** The files under a directory by their path inside it, for a zip. */
    private static Map<String, byte[]> files(Path root)
    {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path file : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }
}
