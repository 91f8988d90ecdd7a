package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.CloudMigrateException;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.SampleEstate;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Views of the bundled sample estate's graph, as {@code cloudmigrate graph} draws them. */
class GraphViewTest
{
    @TempDir
    static Path directory;

    private static Inventory inventory;
    private static GraphAnalysis analysis;

    @BeforeAll
    static void analyzeTheSampleEstate()
    {
        SampleEstate.extractTo(directory);
        inventory = AwsCliImporter.importDirectory(directory);
        Traffic traffic = FlowLogReader.create().read(List.of(directory.resolve("flow-logs")), inventory);
        analysis = DependencyAnalyzer.create().analyze(inventory, traffic);
    }

    @Test
    void drawsAClusterAndItsMembersAsOneNode()
    {
        GraphAnalysis view = GraphView.ALL.apply(analysis, inventory);

        assertThat(view.nodes()).contains(id("storefront-analytics")).doesNotContain(id("storefront-analytics-1"), id("storefront-analytics-2"));
        assertThat(view.edges()).noneMatch(edge -> edge.source().equals(edge.target()));
        assertThat(view.moveGroups()).extracting(MoveGroup::resourceIds).containsExactly(List.of(id("inventory-svc-1"), id("orders-svc-1")));
    }

    @Test
    void drawsOnlyTheEdgeKindsAsked()
    {
        GraphAnalysis all = GraphView.ALL.apply(analysis, inventory);
        GraphAnalysis used = view(Set.of(EdgeKind.OBSERVED, EdgeKind.CONFIGURED), GraphView.Collapse.NONE, OptionalInt.empty(), Optional.empty());

        assertThat(all.edges()).anyMatch(edge -> edge.kind() == EdgeKind.ALLOWED);
        assertThat(used.edges()).isNotEmpty().noneMatch(edge -> edge.kind() == EdgeKind.ALLOWED);
    }

    @Test
    void keepsWhatLiesWithinTheHopsOfTheFocus()
    {
        GraphAnalysis near = new GraphView(Set.of(EdgeKind.OBSERVED, EdgeKind.CONFIGURED), GraphView.Collapse.NONE, OptionalInt.empty(),
                Optional.of("orders-svc-1"), 1).apply(analysis, inventory);

        String focus = id("orders-svc-1");
        Set<String> neighbours = new java.util.TreeSet<>(Set.of(focus));
        analysis.edges().stream().filter(edge -> edge.kind() != EdgeKind.ALLOWED && (edge.source().equals(focus) || edge.target().equals(focus)))
                .forEach(edge -> neighbours.addAll(List.of(edge.source(), edge.target())));
        assertThat(near.edges()).anyMatch(edge -> edge.source().equals(focus) || edge.target().equals(focus))
                .allMatch(edge -> neighbours.contains(edge.source()) && neighbours.contains(edge.target()));
    }

    @Test
    void keepsTheEdgesOfOneWave()
    {
        MigrationWave second = analysis.waves().get(1);
        GraphAnalysis wave = view(Set.of(EdgeKind.OBSERVED, EdgeKind.CONFIGURED), GraphView.Collapse.NONE, OptionalInt.of(2), Optional.empty());

        assertThat(wave.edges()).isNotEmpty().allMatch(edge -> second.resourceIds().contains(edge.source()) || second.resourceIds().contains(edge.target()));
    }

    @Test
    void collapsesResourcesIntoTheirVpc()
    {
        GraphAnalysis vpcs = view(Set.of(EdgeKind.OBSERVED), GraphView.Collapse.VPC, OptionalInt.empty(), Optional.empty());

        assertThat(vpcs.nodes()).anyMatch(node -> node.startsWith("vpc vpc-"));
        assertThat(vpcs.edges().size()).isLessThan(analysis.edges().size());
        assertThat(vpcs.edges()).extracting(edge -> List.of(edge.source(), edge.target(), edge.kind(), edge.port())).doesNotHaveDuplicates();
    }

    @Test
    void collapsesResourcesIntoTheirType()
    {
        GraphAnalysis types = view(Set.of(EdgeKind.OBSERVED, EdgeKind.CONFIGURED), GraphView.Collapse.TYPE, OptionalInt.empty(), Optional.empty());

        // every resource of the graph is one of its type's box; a cluster stands for its members
        assertThat(types.nodes()).allMatch(node -> node.startsWith("type AWS::"))
                .contains("type AWS::EC2::Instance", "type AWS::S3::Bucket", "type AWS::RDS::DBCluster").doesNotHaveDuplicates();
        assertThat(types.edges()).anyMatch(edge -> edge.source().equals("type AWS::EC2::Instance") && edge.target().equals("type AWS::RDS::DBInstance"));
    }

    @Test
    void collapsesResourcesIntoTheirVpcAndThoseInNoVpcIntoTheirType()
    {
        GraphAnalysis wave = view(Set.of(EdgeKind.OBSERVED, EdgeKind.CONFIGURED), GraphView.Collapse.VPC_OR_TYPE, OptionalInt.of(1), Optional.empty());
        GraphAnalysis byVpc = view(Set.of(EdgeKind.OBSERVED, EdgeKind.CONFIGURED), GraphView.Collapse.VPC, OptionalInt.of(1), Optional.empty());

        // the buckets of the wave, in no VPC, are one box; the VPCs are boxes as --collapse vpc draws them
        assertThat(wave.nodes()).contains("type AWS::S3::Bucket").doesNotContain(id("northwind-terraform-state"))
                .containsAll(byVpc.nodes().stream().filter(node -> node.startsWith("vpc ")).toList())
                .allMatch(node -> node.startsWith("vpc vpc-") || node.startsWith("type AWS::"));
        assertThat(wave.nodes().size()).isLessThan(byVpc.nodes().size());
    }

    @Test
    void refusesAFocusThatNoResourceHas()
    {
        assertThatThrownBy(() -> view(Set.of(EdgeKind.OBSERVED), GraphView.Collapse.NONE, OptionalInt.empty(), Optional.of("no-such-thing")))
                .isInstanceOf(CloudMigrateException.class)
                .hasMessageContaining("no resource of the assessment has the id or name no-such-thing");
    }

    private static GraphAnalysis view(Set<EdgeKind> kinds, GraphView.Collapse collapse, OptionalInt wave, Optional<String> focus)
    {
        return new GraphView(kinds, collapse, wave, focus, GraphView.HOPS_DEFAULT).apply(analysis, inventory);
    }

    private static String id(String name)
    {
        return inventory.resources().stream().filter(resource -> resource.name().equals(name)).map(Resource::id).findFirst().orElseThrow();
    }
}
