package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.SampleEstate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The allowed pairs derived for one resource are exactly those of the whole set, on the sample estate,
 * whose groups reference each other and hold CIDR rules.
 */
class AllowedPairsTest
{
    @TempDir
    static Path directory;

    private static Inventory inventory;
    private static GraphAnalysis analysis;
    private static AllowedPairs allowed;

    @BeforeAll
    static void analyzeTheSampleEstate()
    {
        Path estate = SampleEstate.extractTo(directory.resolve("sample"));
        inventory = AwsCliImporter.importDirectory(estate);
        Traffic traffic = FlowLogReader.create().read(List.of(estate.resolve("flow-logs")), inventory);
        analysis = DependencyAnalyzer.create().analyze(inventory, traffic);
        allowed = AllowedPairs.of(inventory, analysis);
    }

    @Test
    void derivesThePairsOfEachResourceAsTheWholeSetHoldsThem()
    {
        List<DependencyEdge> all = allowed.all();

        assertThat(all).isNotEmpty().allMatch(edge -> edge.kind() == EdgeKind.ALLOWED).isSortedAccordingTo(GraphAnalysis.EDGE_ORDER);
        assertThat(allowed.count()).isEqualTo(all.size());
        for (String id : analysis.nodes()) {
            assertThat(allowed.into(id)).as("into " + id).isEqualTo(all.stream().filter(edge -> edge.target().equals(id)).toList());
            assertThat(allowed.outOf(id)).as("out of " + id).isEqualTo(all.stream().filter(edge -> edge.source().equals(id)).toList());
        }
    }

    @Test
    void keepsRulesNotPairsAndNoAllowedEdgeAmongTheStoredOnes()
    {
        assertThat(analysis.edges()).noneMatch(edge -> edge.kind() == EdgeKind.ALLOWED);
        assertThat(analysis.reachability()).isNotEmpty().hasSizeLessThan(allowed.all().size());
        assertThat(allowed.notObserved()).isSubsetOf(allowed.all()).hasSizeLessThan(allowed.all().size());
    }
}
