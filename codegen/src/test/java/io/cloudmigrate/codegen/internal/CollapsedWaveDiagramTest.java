package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.GraphView;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wave of three instances and two buckets, in no VPC and of no application: collapsed by VPC and
 * type it is two boxes, by type also two, so a page of one box leaves it to the graph export.
 */
class CollapsedWaveDiagramTest
{
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "eu-west-1";

    private final Assessment assessment = assessment();
    private final CollapsedWaveDiagram diagram = new CollapsedWaveDiagram(new EstateIndex(assessment),
            new TreeSet<>(assessment.inventory().resources().stream().map(Resource::id).toList()));

    @Test
    void collapsesWhatLiesInNoVpcByTypeWhenNoFinerLevelFits()
    {
        CollapsedWaveDiagram.Drawn drawn = diagram.draw(1, "Wave 01", 2).orElseThrow();

        assertThat(drawn.collapse()).isEqualTo(GraphView.Collapse.VPC_OR_TYPE);
        assertThat(drawn.boxes()).isEqualTo(2);
        assertThat(drawn.svg()).contains(">AWS::EC2::Instance<").contains(">AWS::S3::Bucket<").doesNotContain(">web-1<");
    }

    @Test
    void keepsEachResourceItsOwnBoxWhenThePageHoldsThem()
    {
        // no application tag: collapsing by application leaves each resource alone, and five boxes fit
        CollapsedWaveDiagram.Drawn drawn = diagram.draw(1, "Wave 01", 5).orElseThrow();

        assertThat(drawn.collapse()).isEqualTo(GraphView.Collapse.APP);
        assertThat(drawn.svg()).contains(">web-1<").contains(">assets<");
    }

    @Test
    void leavesAWaveOfMoreTypesThanThePageShowsToTheGraphExport()
    {
        assertThat(diagram.draw(1, "Wave 01", 1)).isEmpty();
    }

    @Test
    void namesEachLevelAsTheGraphCommandReadsIt()
    {
        assertThat(CollapsedWaveDiagram.option(GraphView.Collapse.VPC_OR_TYPE)).isEqualTo("vpc-or-type");
        assertThat(CollapsedWaveDiagram.option(GraphView.Collapse.TYPE)).isEqualTo("type");
        assertThat(CollapsedWaveDiagram.perBox(GraphView.Collapse.VPC_OR_TYPE)).isEqualTo("one per VPC, and for what lies in no VPC one per resource type");
    }

    private static Assessment assessment()
    {
        List<Resource> resources = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            String name = "web-" + i;
            resources.add(new Resource("arn:aws:ec2:" + REGION + ":" + ACCOUNT + ":instance/i-" + name, ResourceType.EC2_INSTANCE, ACCOUNT, REGION, name, Map.of(),
                    NetworkPlacement.NONE, new ResourceDetails.Ec2Instance("i-" + name, "m5.large", "running", "Linux/UNIX", "Amazon Linux 2", "2", "x86_64",
                            "ami-0abc1234", "2023-02-01T10:00:00Z", List.of(), List.of(), 8, "optional", List.of())));
        }
        for (String bucket : List.of("assets", "exports")) {
            resources.add(new Resource("arn:aws:s3:::" + bucket, ResourceType.S3_BUCKET, ACCOUNT, REGION, bucket, Map.of(), NetworkPlacement.NONE,
                    new ResourceDetails.S3Bucket(bucket, "2023-02-01T10:00:00Z", "Enabled", "AES256", 1_000, 10, List.of())));
        }
        List<String> ids = resources.stream().map(Resource::id).toList();
        Inventory inventory = new Inventory(Inventory.SCHEMA_VERSION, "scan-small", "Small estate", "2025-06-30T08:15:00Z",
                new Scope(List.of(ACCOUNT), List.of(REGION)), resources, List.of(), List.of(), List.of(), List.of());
        List<DependencyEdge> edges = List.of(new DependencyEdge(ids.get(0), ids.get(3), EdgeKind.OBSERVED, 443, "tcp", 10, 1_000, "flow logs"));
        GraphAnalysis graph = new GraphAnalysis(ids, edges, List.of(), List.of(new MigrationWave(1, ids)), List.of(), List.of());
        return new Assessment(Assessment.SCHEMA_VERSION, "small", "2025-07-01", inventory, 0, graph, List.of(), List.of(), List.of());
    }
}
