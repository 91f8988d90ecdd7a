package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.SampleEstate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Known answers on the bundled Northwind sample estate, read the way {@code cloudmigrate demo} reads
 * it: import, aggregate its flow logs against the inventory, analyse.
 */
class SampleEstateTest
{
    @TempDir
    static Path directory;

    private static Inventory inventory;
    private static Traffic traffic;
    private static GraphAnalysis analysis;

    @BeforeAll
    static void analyzeTheSampleEstate()
    {
        SampleEstate.extractTo(directory);
        inventory = AwsCliImporter.importDirectory(directory);
        traffic = FlowLogReader.create().read(List.of(directory.resolve("flow-logs")), inventory);
        analysis = DependencyAnalyzer.create().analyze(inventory, traffic);
    }

    @Test
    void readsEveryFlowLogRecord()
    {
        assertThat(traffic.records()).isEqualTo(3718);
        assertThat(traffic.malformed()).isZero();
    }

    @Test
    void ordersAndInventoryCallEachOtherSoTheyMoveTogether()
    {
        assertThat(analysis.edges()).filteredOn(edge -> edge.kind() == EdgeKind.OBSERVED)
                .extracting(DependencyEdge::source, DependencyEdge::target, DependencyEdge::port)
                .contains(
                        tuple(id("orders-svc-1"), id("inventory-svc-1"), 8080),
                        tuple(id("inventory-svc-1"), id("orders-svc-1"), 8080));
        assertThat(analysis.moveGroups().getFirst()).isEqualTo(new MoveGroup("group-1", List.of(id("inventory-svc-1"), id("orders-svc-1"))));
    }

    @Test
    void clustersAndReplicationGroupsMoveWithTheirMembers()
    {
        // the only cycle is the two services calling each other; clusters and groups are membership, not cycles
        assertThat(analysis.moveGroups()).extracting(MoveGroup::resourceIds).containsExactly(
                List.of(id("inventory-svc-1"), id("orders-svc-1")));
        for (List<String> unit : List.of(
                List.of(id("storefront-eu-cache-001"), id("storefront-eu-cache")),
                List.of(id("storefront-cart-001"), id("storefront-cart")),
                List.of(id("storefront-sessions-001"), id("storefront-sessions-002"), id("storefront-sessions")),
                List.of(id("storefront-analytics"), id("storefront-analytics-1"), id("storefront-analytics-2")))) {
            assertThat(analysis.waves()).as("one wave for " + unit).anySatisfy(wave -> assertThat(wave.resourceIds()).containsAll(unit));
        }
        // the nightly batch loads the analytics cluster, so the cluster moves first
        assertThat(wave(id("storefront-analytics"))).isLessThan(wave(id("batch-etl-1")));
    }

    @Test
    void scrapesByTheMonitoringHostAreNotTakenForDependenciesOnIt()
    {
        // monitoring-1 scrapes node exporters on 9100; the exporters' answers must fold into its requests.
        assertThat(analysis.edges()).filteredOn(edge -> edge.kind() == EdgeKind.OBSERVED && edge.target().equals(id("monitoring-1"))).isEmpty();
        assertThat(analysis.edges()).filteredOn(edge -> edge.kind() == EdgeKind.OBSERVED && edge.source().equals(id("monitoring-1")))
                .extracting(DependencyEdge::port).containsOnly(9100, 9182);
    }

    @Test
    void databasesMoveBeforeTheServicesAndTheServicesBeforeTheWebTier()
    {
        int database = wave(id("orders-mysql-1"));
        int orders = wave(id("orders-svc-1"));
        assertThat(wave(id("inventory-svc-1"))).isEqualTo(orders);
        assertThat(database).isLessThan(orders);
        assertThat(wave(id("storefront-db"))).isEqualTo(1);
        for (String web : List.of("storefront-web-1", "storefront-web-2", "storefront-web-3")) {
            assertThat(wave(id(web))).as(web).isGreaterThan(orders).isGreaterThan(wave(id("storefront-db")));
        }
        assertThat(wave(id("storefront-alb"))).isGreaterThan(wave(id("storefront-web-1")));
    }

    @Test
    void everyObservedDependencyIsAllowedBySecurityGroups()
    {
        assertThat(analysis.observedNotAllowed()).isEmpty();
        assertThat(AllowedPairs.of(inventory, analysis).notObserved()).isNotEmpty().allMatch(edge -> edge.kind() == EdgeKind.ALLOWED);
    }

    private static String id(String name)
    {
        List<String> ids = inventory.resources().stream().filter(resource -> resource.name().equals(name)).map(Resource::id).toList();
        assertThat(ids).as("resources named " + name).hasSize(1);
        return ids.getFirst();
    }

    private static int wave(String resourceId)
    {
        return analysis.waves().stream().filter(wave -> wave.resourceIds().contains(resourceId)).findFirst().orElseThrow().number();
    }
}
