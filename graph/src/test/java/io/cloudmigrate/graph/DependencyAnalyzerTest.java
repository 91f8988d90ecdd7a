package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.SecurityGroupRule;
import org.junit.jupiter.api.Test;

import java.util.Comparator;
import java.util.List;

import static io.cloudmigrate.graph.TestEstate.allowCidr;
import static io.cloudmigrate.graph.TestEstate.allowGroup;
import static io.cloudmigrate.graph.TestEstate.arn;
import static io.cloudmigrate.graph.TestEstate.instanceArn;
import static io.cloudmigrate.graph.TestEstate.tcp;
import static io.cloudmigrate.graph.TestEstate.traffic;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class DependencyAnalyzerTest
{
    private static final String WEB = instanceArn("web");
    private static final String APP = instanceArn("app");
    private static final String CACHE = arn("elasticache", "cluster:cache");
    private static final String DB = arn("rds", "db:db");

    private final DependencyAnalyzer analyzer = DependencyAnalyzer.create();

    /** web → app → db, and app ↔ cache: a three-tier service whose cache calls back into the app. */
    private static Inventory threeTierEstate()
    {
        return new TestEstate()
                .instance("web", "10.0.1.10", "sg-web")
                .instance("app", "10.0.2.20", "sg-app")
                .withInterface(ResourceType.ELASTICACHE_CLUSTER, CACHE, "cache",
                        new ResourceDetails.ElastiCacheCluster("cache", "cache.t3.micro", "redis", "7.1", 1, null, 6379), "10.0.3.30", "sg-cache")
                .withInterface(ResourceType.RDS_DB_INSTANCE, DB, "db", database("db", null), "10.0.4.40", "sg-db")
                .inventory();
    }

    private static Traffic threeTierTraffic()
    {
        return traffic(
                tcp("10.0.1.10", "10.0.2.20", 8080, 100, 5_600_000),
                tcp("10.0.2.20", "10.0.4.40", 5432, 1234, 5_600_000),
                tcp("10.0.2.20", "10.0.3.30", 6379, 50, 2_000),
                tcp("10.0.3.30", "10.0.2.20", 8080, 3, 999));
    }

    @Test
    void groupsCyclicServicesIntoOneWave()
    {
        GraphAnalysis analysis = analyzer.analyze(threeTierEstate(), threeTierTraffic());

        assertThat(analysis.nodes()).containsExactly(APP, WEB, CACHE, DB);
        assertThat(analysis.moveGroups()).containsExactly(new MoveGroup("group-1", List.of(APP, CACHE)));
        assertThat(analysis.waves()).containsExactly(
                new MigrationWave(1, List.of(DB)),
                new MigrationWave(2, List.of(APP, CACHE)),
                new MigrationWave(3, List.of(WEB)));
    }

    @Test
    void reportsTrafficTheSecurityGroupsDoNotExplainAndRulesNothingUses()
    {
        Inventory inventory = new TestEstate()
                .instance("web", "10.0.1.10", "sg-web")
                .instance("app", "10.0.2.20", "sg-app")
                .withInterface(ResourceType.RDS_DB_INSTANCE, DB, "db", database("db", null), "10.0.4.40", "sg-db")
                .securityGroup("sg-app", allowGroup("tcp", 8080, "sg-web"))
                .securityGroup("sg-db", allowGroup("tcp", 5432, "sg-app"), allowGroup("tcp", 5432, "sg-web"))
                .inventory();
        Traffic traffic = traffic(
                tcp("10.0.1.10", "10.0.2.20", 8080, 100, 5_600_000),
                tcp("10.0.2.20", "10.0.4.40", 5432, 1234, 5_600_000),
                tcp("10.0.1.10", "10.0.2.20", 22, 2, 4_000));

        GraphAnalysis analysis = analyzer.analyze(inventory, traffic);

        assertThat(analysis.observedNotAllowed()).extracting(DependencyEdge::source, DependencyEdge::target, DependencyEdge::port)
                .containsExactly(tuple(WEB, APP, 22));
        assertThat(AllowedPairs.of(inventory, analysis).notObserved())
                .extracting(DependencyEdge::source, DependencyEdge::target, DependencyEdge::kind, DependencyEdge::port)
                .containsExactly(tuple(WEB, DB, EdgeKind.ALLOWED, 5432));
    }

    @Test
    void observedEdgesRunFromClientToServerWithVolumes()
    {
        GraphAnalysis analysis = analyzer.analyze(threeTierEstate(), threeTierTraffic());

        assertThat(analysis.edges()).contains(
                new DependencyEdge(APP, DB, EdgeKind.OBSERVED, 5432, "tcp", 1234, 5_600_000, "observed tcp/5432, 1234 flows, 5.6 MB"),
                new DependencyEdge(CACHE, APP, EdgeKind.OBSERVED, 8080, "tcp", 3, 999, "observed tcp/8080, 3 flows, 999 B"));
        assertThat(analysis.edges()).hasSize(4).allMatch(edge -> edge.kind() == EdgeKind.OBSERVED);
    }

    @Test
    void addsUpTrafficOfSeveralAddressesOfOneResource()
    {
        Inventory inventory = new TestEstate()
                .instance("client", "10.0.1.10")
                .instance("server", "10.0.2.20")
                .inventory();
        GraphAnalysis analysis = analyzer.analyze(inventory, traffic(
                tcp("10.0.1.10", "10.0.2.20", 443, 2, 1_000),
                tcp("10.0.1.10", "10.0.2.20", 443, 3, 1_500)));

        assertThat(analysis.edges()).containsExactly(
                new DependencyEdge(instanceArn("client"), instanceArn("server"), EdgeKind.OBSERVED, 443, "tcp", 5, 2_500, "observed tcp/443, 5 flows, 2.5 kB"));
    }

    @Test
    void keepsTrafficWithOutsideGroupsOutOfWavesAndIgnoresRejectedTraffic()
    {
        Inventory inventory = new TestEstate()
                .instance("web", "10.0.1.10")
                .instance("app", "10.0.2.20")
                .inventory();
        TrafficEdge rejected = new TrafficEdge("10.0.1.10", "10.0.2.20", 22, 6, 0, 7, 0, 0, 1, 2, null, null);
        GraphAnalysis analysis = analyzer.analyze(inventory, traffic(
                tcp("198.51.100.7", "10.0.1.10", 443, 10, 10_000),
                tcp("10.0.1.10", "10.9.9.9", 443, 10, 10_000),
                tcp("198.51.100.7", "203.0.113.9", 443, 1, 100),
                rejected));

        assertThat(analysis.edges()).containsExactly(
                new DependencyEdge(WEB, AddressAttribution.UNATTRIBUTED_PRIVATE, EdgeKind.OBSERVED, 443, "tcp", 10, 10_000, "observed tcp/443, 10 flows, 10.0 kB"),
                new DependencyEdge(AddressAttribution.INTERNET, WEB, EdgeKind.OBSERVED, 443, "tcp", 10, 10_000, "observed tcp/443, 10 flows, 10.0 kB"));
        assertThat(analysis.nodes()).containsExactly(APP, WEB);
        assertThat(analysis.waves()).containsExactly(new MigrationWave(1, List.of(APP, WEB)));
        assertThat(analysis.observedNotAllowed()).isEmpty();
    }

    @Test
    void attributesOnPremisesBlocksGivenToTheAnalysisOrRecordedByFlows()
    {
        Inventory inventory = new TestEstate()
                .instance("web", "10.0.1.10")
                .instance("app", "10.0.2.20")
                .inventory();
        TrafficEdge recordedByFlows = new TrafficEdge("10.0.2.20", "172.16.5.5", 1433, 6, 4, 0, 40, 4_000, 1, 2, APP, AddressAttribution.ON_PREMISES);
        Traffic traffic = traffic(tcp("10.100.7.7", "10.0.1.10", 443, 10, 10_000), recordedByFlows);

        GraphAnalysis withBlock = analyzer.analyze(inventory, traffic, AddressAttribution.of(inventory, List.of("10.100.0.0/16")));
        GraphAnalysis withoutBlock = analyzer.analyze(inventory, traffic);

        assertThat(withBlock.edges()).extracting(DependencyEdge::source, DependencyEdge::target, DependencyEdge::port).containsExactly(
                tuple(APP, AddressAttribution.ON_PREMISES, 1433),
                tuple(AddressAttribution.ON_PREMISES, WEB, 443));
        assertThat(withoutBlock.edges()).extracting(DependencyEdge::source, DependencyEdge::target, DependencyEdge::port).containsExactly(
                tuple(APP, AddressAttribution.ON_PREMISES, 1433),
                tuple(AddressAttribution.UNATTRIBUTED_PRIVATE, WEB, 443));
    }

    @Test
    void namesTheAwsServiceAFlowLogRecordNamed()
    {
        Inventory inventory = new TestEstate().instance("app", "10.0.2.20").inventory();
        TrafficEdge toS3 = new TrafficEdge("10.0.2.20", "52.216.8.1", 443, 6, 9, 0, 90, 9_000, 1, 2, APP, "aws:S3");

        GraphAnalysis analysis = analyzer.analyze(inventory, traffic(toS3));

        assertThat(analysis.edges()).extracting(DependencyEdge::source, DependencyEdge::target).containsExactly(tuple(APP, "aws:S3"));
        assertThat(AddressAttribution.outsideEstate("aws:S3")).isTrue();
        assertThat(AddressAttribution.outsideEstate(APP)).isFalse();
    }

    @Test
    void securityGroupPortRangesCoverOnlyThePortsInTheRange()
    {
        Inventory inventory = new TestEstate()
                .instance("web", "10.0.1.10", "sg-web")
                .instance("app", "10.0.2.20", "sg-app")
                .securityGroup("sg-app", new SecurityGroupRule("tcp", 8000, 8100, SecurityGroupRule.PeerKind.SECURITY_GROUP, "sg-web", ""))
                .inventory();
        Traffic traffic = traffic(
                tcp("10.0.1.10", "10.0.2.20", 8080, 100, 5_600_000),
                tcp("10.0.1.10", "10.0.2.20", 9000, 2, 4_000));

        GraphAnalysis analysis = analyzer.analyze(inventory, traffic);

        assertThat(analysis.observedNotAllowed()).extracting(DependencyEdge::source, DependencyEdge::target, DependencyEdge::port)
                .containsExactly(tuple(WEB, APP, 9000));
        assertThat(AllowedPairs.of(inventory, analysis).notObserved()).isEmpty();
        assertThat(AllowedPairs.of(inventory, analysis).all())
                .extracting(DependencyEdge::port, DependencyEdge::evidence)
                .containsExactly(tuple(-1, "sg-app allows sg-web on tcp/8000-8100"));
    }

    @Test
    void aRangeNothingUsedIsAllowedButNotObservedAndAllPortsCoverAnyPort()
    {
        Inventory inventory = new TestEstate()
                .instance("web", "10.0.1.10", "sg-web")
                .instance("app", "10.0.2.20", "sg-app")
                .instance("db", "10.0.3.30", "sg-db")
                .securityGroup("sg-app", new SecurityGroupRule("tcp", 8000, 8100, SecurityGroupRule.PeerKind.SECURITY_GROUP, "sg-web", ""))
                .securityGroup("sg-db", new SecurityGroupRule("tcp", 0, 65_535, SecurityGroupRule.PeerKind.CIDR_IPV4, "10.0.2.0/24", ""))
                .inventory();
        Traffic traffic = traffic(
                tcp("10.0.1.10", "10.0.2.20", 7999, 1, 100),
                tcp("10.0.2.20", "10.0.3.30", 5432, 3, 3_000));

        GraphAnalysis analysis = analyzer.analyze(inventory, traffic);

        assertThat(analysis.observedNotAllowed()).extracting(DependencyEdge::target, DependencyEdge::port)
                .containsExactly(tuple(APP, 7999));
        assertThat(AllowedPairs.of(inventory, analysis).notObserved()).extracting(DependencyEdge::source, DependencyEdge::target, DependencyEdge::evidence)
                .containsExactly(tuple(WEB, APP, "sg-app allows sg-web on tcp/8000-8100"));
    }

    @Test
    void leavesTheNetworkOutOfTheGraph()
    {
        String vpc = arn("ec2", "vpc/" + TestEstate.VPC);
        String natGateway = arn("ec2", "natgateway/nat-1");
        Inventory inventory = new TestEstate()
                .instance("app", "10.0.2.20")
                .resource(ResourceType.VPC, vpc, "main", new ResourceDetails.Vpc(TestEstate.VPC, "10.0.0.0/16", false))
                .withInterface(ResourceType.NAT_GATEWAY, natGateway, "nat", new ResourceDetails.NatGateway("nat-1", "subnet-1", "public"), "10.0.0.5")
                .inventory();
        GraphAnalysis analysis = analyzer.analyze(inventory, traffic(tcp("10.0.2.20", "10.0.0.5", 443, 10, 10_000)));

        assertThat(analysis.nodes()).containsExactly(APP);
        assertThat(analysis.edges()).isEmpty();
    }

    @Test
    void securityGroupReferenceCreatesAllowedEdge()
    {
        Inventory inventory = new TestEstate()
                .instance("web", "10.0.1.10", "sg-web")
                .instance("app", "10.0.2.20", "sg-app")
                .securityGroup("sg-web", allowCidr("tcp", 443, "0.0.0.0/0"), allowCidr("tcp", 22, "0.0.0.0/4"))
                .securityGroup("sg-app", allowGroup("tcp", 8080, "sg-web"))
                .inventory();
        GraphAnalysis analysis = analyzer.analyze(inventory, Traffic.EMPTY);

        assertThat(analysis.edges()).isEmpty();
        assertThat(AllowedPairs.of(inventory, analysis).all()).containsExactly(
                new DependencyEdge(WEB, APP, EdgeKind.ALLOWED, 8080, "tcp", 0, 0, "sg-app allows sg-web on tcp/8080"));
    }

    @Test
    void cidrRuleCoveringAnAddressCreatesAllowedEdge()
    {
        Inventory inventory = new TestEstate()
                .instance("web", "10.0.1.10", "sg-web")
                .withInterface(ResourceType.RDS_DB_INSTANCE, DB, "db", database("db", null), "10.0.4.40", "sg-db")
                .securityGroup("sg-db", allowCidr("tcp", 5432, "10.0.1.0/24"), allowCidr("tcp", 5433, "10.0.9.0/24"))
                .inventory();
        GraphAnalysis analysis = analyzer.analyze(inventory, Traffic.EMPTY);

        assertThat(AllowedPairs.of(inventory, analysis).all()).containsExactly(
                new DependencyEdge(WEB, DB, EdgeKind.ALLOWED, 5432, "tcp", 0, 0, "sg-db allows 10.0.1.0/24 on tcp/5432"));
    }

    @Test
    void allowedEdgesDoNotGroupOrOrderResources()
    {
        Inventory inventory = new TestEstate()
                .instance("web", "10.0.1.10", "sg-web")
                .instance("app", "10.0.2.20", "sg-app")
                .securityGroup("sg-web", allowGroup("tcp", 8080, "sg-app"))
                .securityGroup("sg-app", allowGroup("-1", -1, "sg-web"))
                .inventory();
        GraphAnalysis analysis = analyzer.analyze(inventory, Traffic.EMPTY);

        assertThat(AllowedPairs.of(inventory, analysis).all()).containsExactly(
                new DependencyEdge(APP, WEB, EdgeKind.ALLOWED, 8080, "tcp", 0, 0, "sg-web allows sg-app on tcp/8080"),
                new DependencyEdge(WEB, APP, EdgeKind.ALLOWED, -1, "-1", 0, 0, "sg-app allows sg-web on all traffic"));
        assertThat(analysis.moveGroups()).isEmpty();
        assertThat(analysis.waves()).containsExactly(new MigrationWave(1, List.of(APP, WEB)));
    }

    @Test
    void loadBalancerDependsOnItsTargetsAndServices()
    {
        String loadBalancer = arn("elasticloadbalancing", "loadbalancer/app/web-alb/50dc6c495c0c9188");
        String targetGroup = arn("elasticloadbalancing", "targetgroup/orders/73e2d6bc24d8a067");
        String service = arn("ecs", "service/main/orders");
        Inventory inventory = new TestEstate()
                .instance("web", "10.0.1.10")
                .instance("app", "10.0.2.20")
                .withInterface(ResourceType.LOAD_BALANCER_V2, loadBalancer, "web-alb", new ResourceDetails.LoadBalancer("web-alb", "application",
                        "internet-facing", "web-alb.example.com", List.of(new ResourceDetails.Listener("HTTPS", 443, 8080)),
                        List.of(targetGroup), List.of("i-web", "10.0.2.20")), "10.0.0.9")
                .resource(ResourceType.ECS_SERVICE, service, "orders",
                        new ResourceDetails.EcsService(arn("ecs", "cluster/main"), "orders", "FARGATE", 2, 2, "orders:1", List.of(targetGroup)))
                .inventory();
        GraphAnalysis analysis = analyzer.analyze(inventory, Traffic.EMPTY);

        assertThat(analysis.edges()).containsExactly(
                new DependencyEdge(loadBalancer, APP, EdgeKind.CONFIGURED, 8080, "tcp", 0, 0, "load balancer web-alb forwards to 10.0.2.20 on tcp/8080"),
                new DependencyEdge(loadBalancer, WEB, EdgeKind.CONFIGURED, 8080, "tcp", 0, 0, "load balancer web-alb forwards to i-web on tcp/8080"),
                new DependencyEdge(loadBalancer, service, EdgeKind.CONFIGURED, 8080, "tcp", 0, 0,
                        "load balancer web-alb forwards to service orders through target group orders on tcp/8080"));
        assertThat(analysis.waves()).containsExactly(
                new MigrationWave(1, List.of(APP, WEB, service)),
                new MigrationWave(2, List.of(loadBalancer)));
    }

    @Test
    void apiDependsOnTheFunctionsItInvokesAndReplicaOnItsPrimary()
    {
        String api = "arn:aws:apigateway:us-east-1::/restapis/a1b2c3";
        String function = arn("lambda", "function:orders");
        String replica = arn("rds", "db:orders-replica");
        String primary = arn("rds", "db:orders");
        Inventory inventory = new TestEstate()
                .resource(ResourceType.API_GATEWAY_REST_API, api, "orders-api", new ResourceDetails.ApiGateway("a1b2c3", "REST", "REGIONAL", List.of(
                        new ResourceDetails.Integration("GET /orders", "AWS_PROXY", function + ":live", null),
                        new ResourceDetails.Integration("GET /health", "MOCK", null, null))))
                .resource(ResourceType.LAMBDA_FUNCTION, function, "orders",
                        new ResourceDetails.LambdaFunction("orders", "java21", "Handler", 512, 30, 1_000, "arm64", "Zip"))
                .resource(ResourceType.RDS_DB_INSTANCE, primary, "orders", database("orders", null))
                .resource(ResourceType.RDS_DB_INSTANCE, replica, "orders-replica", database("orders-replica", "orders"))
                .inventory();
        GraphAnalysis analysis = analyzer.analyze(inventory, Traffic.EMPTY);

        assertThat(analysis.edges()).containsExactly(
                new DependencyEdge(api, function, EdgeKind.CONFIGURED, -1, null, 0, 0, "API orders-api route GET /orders invokes orders"),
                new DependencyEdge(replica, primary, EdgeKind.CONFIGURED, -1, null, 0, 0, "read replica of orders"));
    }

    @Test
    void analysingTwiceGivesEqualResultsWithSortedEdges()
    {
        Inventory inventory = new TestEstate()
                .instance("web", "10.0.1.10", "sg-web")
                .instance("app", "10.0.2.20", "sg-app")
                .withInterface(ResourceType.RDS_DB_INSTANCE, DB, "db", database("db", null), "10.0.4.40", "sg-db")
                .securityGroup("sg-app", allowGroup("tcp", 8080, "sg-web"))
                .securityGroup("sg-db", allowGroup("tcp", 5432, "sg-app"), allowCidr("tcp", 5432, "10.0.0.0/16"))
                .inventory();
        Traffic traffic = traffic(
                tcp("10.0.2.20", "10.0.4.40", 5432, 10, 1_000),
                tcp("10.0.1.10", "10.0.2.20", 8080, 10, 1_000),
                tcp("10.0.1.10", "10.0.2.20", 8443, 1, 100));

        GraphAnalysis first = analyzer.analyze(inventory, traffic);
        GraphAnalysis second = DependencyAnalyzer.create().analyze(inventory, traffic);

        assertThat(second).isEqualTo(first);
        assertThat(first.edges()).isSortedAccordingTo(Comparator.comparing(DependencyEdge::source)
                .thenComparing(DependencyEdge::target)
                .thenComparing(DependencyEdge::kind)
                .thenComparingInt(DependencyEdge::port));
        assertThat(first.edges()).extracting(DependencyEdge::evidence).containsExactly(
                "observed tcp/5432, 10 flows, 1.0 kB",
                "observed tcp/8080, 10 flows, 1.0 kB",
                "observed tcp/8443, 1 flow, 100 B");
        assertThat(AllowedPairs.of(inventory, first).all()).isEqualTo(AllowedPairs.of(inventory, second).all())
                .isSortedAccordingTo(GraphAnalysis.EDGE_ORDER)
                .extracting(DependencyEdge::evidence).containsExactly(
                        "sg-db allows 10.0.0.0/16 on tcp/5432; sg-db allows sg-app on tcp/5432",
                        "sg-app allows sg-web on tcp/8080",
                        "sg-db allows 10.0.0.0/16 on tcp/5432");
    }

    static ResourceDetails.RdsDbInstance database(String identifier, String replicaSource)
    {
        return new ResourceDetails.RdsDbInstance(identifier, "db.t3.medium", "postgres", "16.3", "postgresql-license", 100, "gp3",
                false, false, identifier + ".example.com", 5432, replicaSource);
    }
}
