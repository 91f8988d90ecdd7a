package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.graph.AllowedPairs;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.ServerOptions;
import io.cloudmigrate.server.http.internal.storage.Estate.EstateSource;
import io.cloudmigrate.server.pipeline.Stages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The graph rows of the sample's assessment in the embedded PostgreSQL: the Cytoscape document is
 * refused, before any row is read, when it would hold more elements than allowed, and the refusal
 * says how to narrow it; a scope that does not see the estate finds no assessment.
 */
class GraphStoreTest
{
    @TempDir
    static Path directory;

    private static Database database;
    private static GraphStore graph;
    private static UUID assessment;
    private static Assessment assessed;
    private static final Scope ADMINISTRATOR = new Scope(new Member(UUID.randomUUID(), "administrator", true, Map.of()), Role.VIEWER);

    @BeforeAll
    static void storeTheSampleAssessment()
    {
        database = Database.open(ServerOptions.defaults(directory.resolve("data")).withPort(0));
        Path root = SampleEstate.extractTo(directory.resolve("estate"));
        Inventory inventory = AwsCliImporter.importDirectory(root);
        Traffic traffic = FlowLogReader.create().read(List.of(root.resolve("flow-logs")), inventory);
        UUID estate = UUID.randomUUID();
        new EstateStore(database).create(estate, UserStore.DEFAULT_WORKSPACE, EstateSource.SAMPLE, inventory, traffic);
        assessment = UUID.randomUUID();
        assessed = Stages.assess(inventory, traffic, Optional.empty(), Optional.empty());
        new AssessmentStore(database).create(assessment, estate, assessed, (done, total) -> {});
        graph = new GraphStore(database);
    }

    @AfterAll
    static void closeDatabase()
    {
        database.close();
    }

    @Test
    void refusesACytoscapeDocumentLargerThanTheMaximumNamingTheFilters()
    {
        GraphFilter observed = new GraphFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(EdgeKind.OBSERVED));
        GraphStore.CytoscapeDocument whole = graph.cytoscape(assessment, ADMINISTRATOR, observed, 1_000_000);
        int elements = whole.elements().nodes().size() + whole.elements().edges().size();

        assertThat(graph.cytoscape(assessment, ADMINISTRATOR, observed, elements).elements().edges()).hasSameSizeAs(whole.elements().edges());
        assertThatThrownBy(() -> graph.cytoscape(assessment, ADMINISTRATOR, observed, elements - 1))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(ServerErrorCode.UNPROCESSABLE))
                .hasMessageContaining(whole.elements().nodes().size() + " nodes and " + whole.elements().edges().size() + " edges")
                .hasMessageContaining("narrow it with vpc, subnet, wave, strategy or kind");
    }

    @Test
    void aScopeWithoutTheEstatesWorkspaceFindsNoGraph()
    {
        Scope stranger = new Scope(new Member(UUID.randomUUID(), "stranger", false, Map.of(UUID.randomUUID(), Role.ADMIN)), Role.VIEWER);

        assertThatThrownBy(() -> graph.nodes(assessment, stranger, GraphFilter.NONE, 10, Optional.empty()))
                .isInstanceOfSatisfying(CloudMigrateException.class, e -> assertThat(e.errorCode()).isEqualTo(ServerErrorCode.NOT_FOUND));
        assertThat(graph.nodes(assessment, ADMINISTRATOR, GraphFilter.NONE, 10, Optional.empty()).items()).hasSize(10);
    }

    @Test
    void storesWhatSecurityGroupsAllowAsGroupReachabilityAndDerivesEachPageOfPairs()
            throws SQLException
    {
        AllowedPairs pairs = AllowedPairs.of(assessed.inventory(), assessed.graph());
        List<DependencyEdge> every = new ArrayList<>();
        pairs.forEach(every::add);
        assertThat(every).hasSizeGreaterThan(50);

        // no row per pair: the rules, and one row per reachable workload
        assertThat(count("select count(*) from graph_edges where assessment_id = ? and kind = 'ALLOWED'")).isZero();
        assertThat(count("select count(*) from graph_reachability where assessment_id = ?")).isEqualTo(assessed.graph().reachability().size());
        assertThat(count("select count(*) from graph_allowed_targets where assessment_id = ?")).isLessThanOrEqualTo(assessed.graph().nodes().size());
        assertThat(count("select coalesce(sum(edge_count), 0) from graph_allowed_targets where assessment_id = ?")).isEqualTo(every.size());

        // pages of 7 break inside a target's pairs; the ids go on from the observed and configured edges
        GraphFilter allowed = new GraphFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(EdgeKind.ALLOWED));
        List<GraphEdge> paged = new ArrayList<>();
        Optional<String> cursor = Optional.empty();
        do {
            Page<GraphEdge> page = graph.edges(assessment, ADMINISTRATOR, allowed, 7, cursor);
            paged.addAll(page.items());
            cursor = Optional.ofNullable(page.nextCursor());
        }
        while (cursor.isPresent());
        int stored = assessed.graph().edges().size();
        assertThat(paged).extracting(GraphEdge::id).isEqualTo(java.util.stream.IntStream.rangeClosed(stored + 1, stored + every.size()).mapToObj(ordinal -> "e" + ordinal).toList());
        assertThat(paged).extracting(edge -> List.of(edge.source(), edge.target(), edge.port(), String.valueOf(edge.protocol()), edge.evidence()))
                .isEqualTo(every.stream().map(edge -> List.of(edge.source(), edge.target(), edge.port(), String.valueOf(edge.protocol()), edge.evidence())).toList());
    }

    private static long count(String sql)
            throws SQLException
    {
        try (Connection connection = database.connection(); PreparedStatement select = connection.prepareStatement(sql)) {
            select.setObject(1, assessment);
            try (ResultSet result = select.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
