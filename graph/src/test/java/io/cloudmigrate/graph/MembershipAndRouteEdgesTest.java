package io.cloudmigrate.graph;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceDetails.Route;
import io.cloudmigrate.discovery.ResourceDetails.RouteTargetKind;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.cloudmigrate.graph.TestEstate.ACCOUNT;
import static io.cloudmigrate.graph.TestEstate.REGION;
import static io.cloudmigrate.graph.TestEstate.VPC;
import static io.cloudmigrate.graph.TestEstate.arn;
import static io.cloudmigrate.graph.TestEstate.instanceArn;
import static io.cloudmigrate.graph.TestEstate.instanceDetails;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MembershipAndRouteEdgesTest
{
    private static final String CLUSTER = arn("rds", "cluster:ledger");
    private static final String WRITER = arn("rds", "db:ledger-1");
    private static final String READER = arn("rds", "db:ledger-2");
    private static final String GROUP = arn("elasticache", "replicationgroup:carts");
    private static final String NODE = arn("elasticache", "cluster:carts-001");
    private static final String APP = instanceArn("app");
    private static final String BATCH = instanceArn("batch");
    private static final String FIREWALL = instanceArn("firewall");
    private static final String PROXY = instanceArn("proxy");

    private final DependencyAnalyzer analyzer = DependencyAnalyzer.create();

    @Test
    void movesAClusterWithItsMembersInOneWaveWithoutCallingItACycle()
    {
        Inventory inventory = inventory(List.of(
                resource(ResourceType.RDS_DB_CLUSTER, CLUSTER, "ledger", "subnet-app", new ResourceDetails.RdsDbCluster("ledger", "aurora-postgresql", "15.4",
                        "provisioned", List.of(new ResourceDetails.ClusterMember("ledger-1", true), new ResourceDetails.ClusterMember("ledger-2", false)),
                        true, 1, "aurora", 0, true, null, null, null, null, 5432, 7, true, null, null)),
                resource(ResourceType.RDS_DB_INSTANCE, WRITER, "ledger-1", "subnet-app", member("ledger-1")),
                // the reader names its cluster; the cluster names it too: one pair of edges all the same
                resource(ResourceType.RDS_DB_INSTANCE, READER, "ledger-2", "subnet-app", member("ledger-2")),
                resource(ResourceType.ELASTICACHE_REPLICATION_GROUP, GROUP, "carts", "subnet-app", new ResourceDetails.ElastiCacheReplicationGroup("carts",
                        "carts", "redis", "7.1", "cache.r6g.large", List.of(), 1, false, "enabled", true, true, true, 6379, 0)),
                // the group's output lists no member: the node's own reference is enough
                resource(ResourceType.ELASTICACHE_CLUSTER, NODE, "carts-001", "subnet-app",
                        new ResourceDetails.ElastiCacheCluster("carts-001", "cache.r6g.large", "redis", "7.1", 1, "carts", 6379))));

        GraphAnalysis analysis = analyzer.analyze(inventory, Traffic.EMPTY);

        assertThat(analysis.edges()).extracting(DependencyEdge::source, DependencyEdge::target, DependencyEdge::kind, DependencyEdge::evidence).containsExactly(
                tuple(NODE, GROUP, EdgeKind.CONFIGURED, "cache cluster carts-001 is a member of replication group carts: they move together"),
                tuple(GROUP, NODE, EdgeKind.CONFIGURED, "cache cluster carts-001 is a member of replication group carts: they move together"),
                tuple(CLUSTER, WRITER, EdgeKind.CONFIGURED, "DB instance ledger-1 is a member of DB cluster ledger: they move together"),
                tuple(CLUSTER, READER, EdgeKind.CONFIGURED, "DB instance ledger-2 is a member of DB cluster ledger: they move together"),
                tuple(WRITER, CLUSTER, EdgeKind.CONFIGURED, "DB instance ledger-1 is a member of DB cluster ledger: they move together"),
                tuple(READER, CLUSTER, EdgeKind.CONFIGURED, "DB instance ledger-2 is a member of DB cluster ledger: they move together"));
        // membership is no mutual dependency: neither the cluster nor the group is a dependency cycle
        assertThat(analysis.moveGroups()).isEmpty();
        assertThat(analysis.waves()).containsExactly(new MigrationWave(1, List.of(NODE, GROUP, CLUSTER, WRITER, READER)));
    }

    @Test
    void makesTheWorkloadsOfASubnetDependOnTheApplianceItsRoutesGoThrough()
    {
        String networkInterface = "eni-proxy";
        Inventory inventory = inventory(List.of(
                resource(ResourceType.SUBNET, arn("ec2", "subnet/subnet-app"), "app", "subnet-app", new ResourceDetails.Subnet("subnet-app", "10.0.1.0/24", "us-east-1a", false)),
                resource(ResourceType.SUBNET, arn("ec2", "subnet/subnet-batch"), "batch", "subnet-batch",
                        new ResourceDetails.Subnet("subnet-batch", "10.0.2.0/24", "us-east-1a", false)),
                resource(ResourceType.SUBNET, arn("ec2", "subnet/subnet-edge"), "edge", "subnet-edge", new ResourceDetails.Subnet("subnet-edge", "10.0.0.0/24", "us-east-1a", true)),
                resource(ResourceType.EC2_INSTANCE, APP, "app", "subnet-app", instanceDetails("app")),
                resource(ResourceType.EC2_INSTANCE, BATCH, "batch", "subnet-batch", instanceDetails("batch")),
                resource(ResourceType.EC2_INSTANCE, FIREWALL, "firewall", "subnet-edge", instanceDetails("firewall")),
                new Resource(PROXY, ResourceType.EC2_INSTANCE, ACCOUNT, REGION, "proxy", Map.of(),
                        new NetworkPlacement(VPC, List.of("subnet-edge"), List.of(), List.of(networkInterface), List.of(), List.of()), instanceDetails("proxy")),
                // explicitly associated with subnet-app: through the firewall instance, and a NAT gateway that is not a workload
                routeTable("rtb-private", false, List.of("subnet-app"), List.of(
                        new Route("10.0.0.0/16", RouteTargetKind.LOCAL, "local", "active", "CreateRouteTable"),
                        new Route("0.0.0.0/0", RouteTargetKind.NAT_GATEWAY, "nat-1", "active", "CreateRoute"),
                        new Route("192.168.0.0/16", RouteTargetKind.INSTANCE, "i-firewall", "active", "CreateRoute"),
                        new Route("172.16.0.0/12", RouteTargetKind.INSTANCE, "i-gone", "blackhole", "CreateRoute"))),
                // the main table serves subnet-batch and subnet-edge, which no table names
                routeTable("rtb-main", true, List.of(), List.of(new Route("172.16.0.0/12", RouteTargetKind.NETWORK_INTERFACE, networkInterface, "active", "CreateRoute")))));

        GraphAnalysis analysis = analyzer.analyze(inventory, Traffic.EMPTY);

        assertThat(analysis.edges()).extracting(DependencyEdge::source, DependencyEdge::target, DependencyEdge::kind, DependencyEdge::evidence).containsExactly(
                tuple(APP, FIREWALL, EdgeKind.CONFIGURED, "route table rtb-private sends 192.168.0.0/16 through firewall (i-firewall)"),
                tuple(BATCH, PROXY, EdgeKind.CONFIGURED, "route table rtb-main sends 172.16.0.0/12 through proxy (eni-proxy)"),
                tuple(FIREWALL, PROXY, EdgeKind.CONFIGURED, "route table rtb-main sends 172.16.0.0/12 through proxy (eni-proxy)"));
        assertThat(analysis.waves()).containsExactly(
                new MigrationWave(1, List.of(PROXY)),
                new MigrationWave(2, List.of(BATCH, FIREWALL)),
                new MigrationWave(3, List.of(APP)));
    }

    private static ResourceDetails.RdsDbInstance member(String identifier)
    {
        return new ResourceDetails.RdsDbInstance(identifier, "db.r6g.large", "aurora-postgresql", "15.4", null, 1, "aurora", false, false,
                identifier + ".example", 5432, null, "ledger");
    }

    private static Resource routeTable(String id, boolean main, List<String> subnets, List<Route> routes)
    {
        return new Resource(arn("ec2", "route-table/" + id), ResourceType.ROUTE_TABLE, ACCOUNT, REGION, id, Map.of(),
                new NetworkPlacement(VPC, subnets, List.of(), List.of(), List.of(), List.of()), new ResourceDetails.RouteTable(id, main, subnets, routes, List.of()));
    }

    private static Resource resource(ResourceType type, String id, String name, String subnet, ResourceDetails details)
    {
        return new Resource(id, type, ACCOUNT, REGION, name, Map.of(), new NetworkPlacement(VPC, List.of(subnet), List.of(), List.of(), List.of(), List.of()), details);
    }

    private static Inventory inventory(List<Resource> resources)
    {
        return new Inventory(Inventory.SCHEMA_VERSION, "scan-test", "test estate", "2026-01-01T00:00:00Z", new Scope(List.of(ACCOUNT), List.of(REGION)),
                resources, List.of(), List.of(), List.of(), List.of());
    }
}
