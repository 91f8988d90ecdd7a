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
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The boxes of the bundled sample estate's collapsed graph: what each is called and how many resources
 * it holds. The counts were read off the sample's inventory by hand: storefront-prod (10.10.0.0/16)
 * holds 25 of the graph's 63 resources (instances, an ECS service, RDS instances, caches, load
 * balancers), the default VPC, which has no Name tag, one instance.
 */
class CollapsedBoxesTest
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
    void countsTheResourcesEachVpcAndTypeBoxHolds()
    {
        ViewedGraph view = view(GraphView.Collapse.VPC_OR_TYPE, OptionalInt.empty());

        Map<String, Integer> counts = new TreeMap<>();
        view.boxes().values().forEach(box -> counts.put(box.label(), box.resources()));
        assertThat(counts).containsEntry("VPC storefront-prod (10.10.0.0/16)", 25)
                .containsEntry("VPC storefront-eu (10.50.0.0/16)", 8)
                .containsEntry("VPC legacy-prod (10.20.0.0/16)", 5)
                .containsEntry("VPC nonprod (10.30.0.0/16)", 5)
                .containsEntry("VPC shared-services (10.100.0.0/16)", 3)
                .containsEntry("VPC vpc-088f417d296c2f991 (172.31.0.0/16)", 1)
                .containsEntry("AWS::S3::Bucket", 11)
                .containsEntry("AWS::ECS::Cluster", 2);
        // every resource of the graph is in exactly one box
        assertThat(counts.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(analysis.nodes().size()).isEqualTo(63);
        assertThat(view.boxes().keySet()).isEqualTo(Set.copyOf(view.analysis().nodes()));
    }

    @Test
    void countsABoxOfSeveralResourceTypesAsTheResourcesOfItsVpc()
    {
        ViewedGraph view = view(GraphView.Collapse.VPC, OptionalInt.empty());
        String vpc = "vpc vpc-039168c60e3156ec9";

        List<Resource> inside = analysis.nodes().stream().map(this::resource).filter(resource -> "vpc-039168c60e3156ec9".equals(resource.network().vpcId())).toList();
        assertThat(inside.stream().map(Resource::type).collect(Collectors.toSet())).hasSizeGreaterThan(3);
        assertThat(view.boxes().get(vpc).resources()).isEqualTo(inside.size()).isEqualTo(25);
        assertThat(view.boxes().get(vpc).count()).isEqualTo("25 resources");
    }

    @Test
    void countsTheResourcesOfAWaveApartFromThoseOfOtherWavesItsEdgesReach()
    {
        ViewedGraph view = new GraphView(Set.of(EdgeKind.OBSERVED, EdgeKind.CONFIGURED), GraphView.Collapse.VPC_OR_TYPE, OptionalInt.of(1), Optional.empty(),
                GraphView.HOPS_DEFAULT).view(analysis, inventory);

        ViewedGraph.Box storefront = view.boxes().get("vpc vpc-039168c60e3156ec9");
        // wave 1 moves 10 resources of the VPC; the box also holds those of later waves that wave 1's edges reach
        assertThat(storefront.resourcesIn(1)).isEqualTo(10);
        assertThat(storefront.resources()).isGreaterThan(10)
                .isEqualTo(storefront.resourcesByWave().values().stream().mapToInt(Integer::intValue).sum());
        assertThat(view.boxes().get("type AWS::S3::Bucket").resources()).isEqualTo(11);
    }

    @Test
    void labelsASubnetWithoutNameByItsWholeIdAndBlock()
    {
        ViewedGraph view = view(GraphView.Collapse.SUBNET, OptionalInt.empty());

        assertThat(view.boxes().values()).extracting(ViewedGraph.Box::label)
                .contains("subnet storefront-app-a (10.10.10.0/24)")
                .anyMatch(label -> label.matches("subnet subnet-0[0-9a-f]{16} \\(172\\.31\\.\\d+\\.0/20\\)"));
    }

    @Test
    void leavesAResourceOutsideTheLevelItsOwnNodeAndNoBox()
    {
        ViewedGraph view = view(GraphView.Collapse.APP, OptionalInt.empty());

        assertThat(view.analysis().nodes()).anyMatch(node -> node.startsWith("arn:"));
        assertThat(view.boxes().keySet()).allMatch(node -> node.startsWith("app "));
        assertThat(GraphView.ALL.view(analysis, inventory).boxes()).isEmpty();
    }

    private static ViewedGraph view(GraphView.Collapse collapse, OptionalInt wave)
    {
        return new GraphView(Set.of(EdgeKind.values()), collapse, wave, Optional.empty(), GraphView.HOPS_DEFAULT).view(analysis, inventory);
    }

    private Resource resource(String id)
    {
        return inventory.resources().stream().filter(resource -> resource.id().equals(id)).findFirst().orElseThrow();
    }
}
