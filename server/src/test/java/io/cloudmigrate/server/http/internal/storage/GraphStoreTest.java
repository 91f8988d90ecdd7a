package io.cloudmigrate.server.http.internal.storage;

import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.SampleEstate;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.FlowLogReader;
import io.cloudmigrate.graph.Traffic;
import io.cloudmigrate.server.http.ServerErrorCode;
import io.cloudmigrate.server.http.ServerOptions;
import io.cloudmigrate.server.http.internal.storage.Estate.EstateSource;
import io.cloudmigrate.server.pipeline.Stages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
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
        new AssessmentStore(database).create(assessment, estate, Stages.assess(inventory, traffic, Optional.empty(), Optional.empty()), (done, total) -> {});
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
}
