package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.AwsCliImporter;
import io.cloudmigrate.discovery.Inventory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Known answers on the cloudmapper demo account (duo-labs/cloudmapper, account-data/demo), imported
 * from discovery's test resources: its security groups let both load balancers reach the web
 * instances on 8000 (sg-00000004 allows sg-00000003) and the web instances reach the database on 5432
 * (sg-00000005 allows sg-00000004).
 */
class CloudMapperDemoTest
{
    private static final String EC2 = "arn:aws:ec2:us-east-1:123456789012:instance/";
    private static final String BASTION = EC2 + "i-00000000000000000";
    private static final String WEB_1 = EC2 + "i-00000000000000001";
    private static final String WEB_2 = EC2 + "i-00000000000000002";
    private static final String CLASSIC_BALANCER = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/weblb";
    private static final String APPLICATION_BALANCER = "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/demo/qwerty";
    private static final String DATABASE = "arn:aws:rds:us-east-1:123456789012:db:securitymonkey";

    private static GraphAnalysis analysis;
    private static AllowedPairs allowed;

    @BeforeAll
    static void analyzeTheDemo()
    {
        Inventory inventory = AwsCliImporter.importDirectory(Path.of("../discovery/src/test/resources/cloudmapper-demo"));
        analysis = DependencyAnalyzer.create().analyze(inventory, Traffic.EMPTY);
        allowed = AllowedPairs.of(inventory, analysis);
    }

    @Test
    void loadBalancersMayReachTheWebInstancesAndTheWebInstancesTheDatabase()
    {
        assertThat(allowed.all())
                .extracting(DependencyEdge::source, DependencyEdge::target, DependencyEdge::port, DependencyEdge::protocol)
                .contains(
                        tuple(APPLICATION_BALANCER, WEB_1, 8000, "tcp"),
                        tuple(APPLICATION_BALANCER, WEB_2, 8000, "tcp"),
                        tuple(CLASSIC_BALANCER, WEB_1, 8000, "tcp"),
                        tuple(CLASSIC_BALANCER, WEB_2, 8000, "tcp"),
                        tuple(WEB_1, DATABASE, 5432, "tcp"),
                        tuple(WEB_2, DATABASE, 5432, "tcp"));
        assertThat(allowed.into(DATABASE)).extracting(DependencyEdge::source).containsExactly(WEB_1, WEB_2);
        assertThat(allowed.outOf(WEB_1)).extracting(DependencyEdge::target).contains(DATABASE);
    }

    @Test
    void withoutFlowLogsEveryAllowedEdgeIsUnobserved()
    {
        assertThat(allowed.notObserved()).isEqualTo(allowed.all());
        assertThat(allowed.notObserved()).extracting(DependencyEdge::source).contains(BASTION);
        assertThat(analysis.observedNotAllowed()).isEmpty();
    }

    @Test
    void theClassicBalancerMovesAfterTheInstanceItRoutesTo()
    {
        assertThat(analysis.edges()).filteredOn(edge -> edge.kind() == EdgeKind.CONFIGURED)
                .extracting(DependencyEdge::source, DependencyEdge::target).containsExactly(tuple(CLASSIC_BALANCER, WEB_2));
        assertThat(analysis.waves()).hasSize(2);
        assertThat(analysis.waves().getFirst().resourceIds()).contains(WEB_2, DATABASE).doesNotContain(CLASSIC_BALANCER);
        assertThat(analysis.waves().get(1).resourceIds()).containsExactly(CLASSIC_BALANCER);
    }
}
