package io.cloudmigrate.codegen;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceDetails.ClusterMember;
import io.cloudmigrate.discovery.ResourceDetails.Route;
import io.cloudmigrate.discovery.ResourceDetails.RouteTargetKind;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.graph.AddressAttribution;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.Strategy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * An estate of clusters: an Aurora PostgreSQL cluster (one provisioned writer, one Serverless v2
 * reader) replatformed to a new major version, a Multi-AZ DB cluster, a Redis replication group with
 * its two nodes, a Valkey group in cluster mode, an Aurora instance whose cluster moves in another
 * wave, and the route tables of the subnets they sit in.
 */
final class ClusterEstateFixture
{
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "eu-west-1";
    private static final String PREFIX = "arn:aws:rds:eu-west-1:111122223333:";

    static final String LEDGER = PREFIX + "cluster:ledger";
    static final String LEDGER_1 = PREFIX + "db:ledger-1";
    static final String LEDGER_2 = PREFIX + "db:ledger-2";
    static final String LEDGER_3 = PREFIX + "db:ledger-3";
    static final String PAYMENTS = PREFIX + "cluster:payments";
    static final String PAYMENTS_1 = PREFIX + "db:payments-1";
    static final String CARTS = "arn:aws:elasticache:eu-west-1:111122223333:replicationgroup:carts";
    static final String CARTS_1 = "arn:aws:elasticache:eu-west-1:111122223333:cluster:carts-001";
    static final String CARTS_2 = "arn:aws:elasticache:eu-west-1:111122223333:cluster:carts-002";
    static final String FEED = "arn:aws:elasticache:eu-west-1:111122223333:replicationgroup:feed";

    private ClusterEstateFixture() {}

    static Assessment assessment()
    {
        List<String> wave1 = List.of(LEDGER, LEDGER_1, LEDGER_2, PAYMENTS, PAYMENTS_1, CARTS, CARTS_1, CARTS_2, FEED);
        List<String> wave2 = List.of(LEDGER_3);
        List<String> nodes = new ArrayList<>(wave1);
        nodes.addAll(wave2);
        Inventory inventory = new Inventory(Inventory.SCHEMA_VERSION, "scan-clusters", "Cluster estate", "2025-06-30T00:00:00Z",
                new Scope(List.of(ACCOUNT), List.of(REGION)), resources(),
                List.of(new SecurityGroup("sg-0db", ACCOUNT, REGION, "vpc-0c", "db", "databases", Map.of(), List.of(), List.of())), List.of(), List.of(), List.of());
        GraphAnalysis graph = new GraphAnalysis(nodes, edges(), List.of(), List.of(new MigrationWave(1, wave1), new MigrationWave(2, wave2)), List.of(), List.of());
        String aurora = "Amazon Aurora PostgreSQL 16";
        List<Recommendation> recommendations = List.of(
                recommend(LEDGER, Strategy.REPLATFORM, aurora),
                recommend(LEDGER_1, Strategy.REPLATFORM, aurora),
                recommend(LEDGER_2, Strategy.REPLATFORM, aurora),
                recommend(LEDGER_3, Strategy.REPLATFORM, aurora),
                recommend(PAYMENTS, Strategy.RELOCATE, "Amazon RDS for PostgreSQL"),
                recommend(PAYMENTS_1, Strategy.RELOCATE, "Amazon RDS for PostgreSQL"),
                recommend(CARTS, Strategy.REHOST, "Amazon ElastiCache for Redis 7.1"),
                recommend(CARTS_1, Strategy.REHOST, "Amazon ElastiCache for Redis 7.1"),
                recommend(CARTS_2, Strategy.REHOST, "Amazon ElastiCache for Redis 7.1"),
                recommend(FEED, Strategy.RELOCATE, "Amazon ElastiCache for Valkey"));
        return new Assessment(Assessment.SCHEMA_VERSION, "clusters", "2025-07-01", inventory, 0, graph, List.of(), List.of(), recommendations);
    }

    /** The membership edges of ledger, as the graph makes them, and an on-premises client of its writer. */
    private static List<DependencyEdge> edges()
    {
        List<DependencyEdge> edges = new ArrayList<>();
        for (String member : List.of(LEDGER_1, LEDGER_2)) {
            edges.add(new DependencyEdge(member, LEDGER, EdgeKind.CONFIGURED, -1, null, 0, 0, "member of ledger"));
            edges.add(new DependencyEdge(LEDGER, member, EdgeKind.CONFIGURED, -1, null, 0, 0, "member of ledger"));
        }
        edges.add(new DependencyEdge(AddressAttribution.ON_PREMISES, LEDGER_1, EdgeKind.OBSERVED, 5432, "tcp", 40, 4000, "flow logs"));
        return edges;
    }

    private static Recommendation recommend(String id, Strategy strategy, String target)
    {
        return new Recommendation(id, strategy, target, "T", "Chosen for the test.", 0.5, List.of());
    }

    private static NetworkPlacement placement(List<String> subnets, List<String> groups)
    {
        return new NetworkPlacement("vpc-0c", subnets, groups, List.of(), List.of(), List.of());
    }

    private static List<Resource> resources()
    {
        List<String> data = List.of("subnet-0a", "subnet-0b");
        return List.of(
                new Resource(LEDGER, ResourceType.RDS_DB_CLUSTER, ACCOUNT, REGION, "ledger", Map.of("app", "ledger"), placement(data, List.of("sg-0db")),
                        new ResourceDetails.RdsDbCluster("ledger", "aurora-postgresql", "15.4", "provisioned",
                                List.of(new ClusterMember("ledger-1", true), new ClusterMember("ledger-2", false), new ClusterMember("ledger-3", false)),
                                true, 1, "aurora", 0, true, null, "0.5-16", "ledger.cluster-x.example", "ledger.cluster-ro-x.example", 5432, 7, true, null, null)),
                instance(LEDGER_1, "ledger-1", "db.r6g.large", "aurora-postgresql", "ledger", data),
                instance(LEDGER_2, "ledger-2", "db.serverless", "aurora-postgresql", "ledger", data),
                instance(LEDGER_3, "ledger-3", "db.r6g.large", "aurora-postgresql", "ledger", data),
                new Resource(PAYMENTS, ResourceType.RDS_DB_CLUSTER, ACCOUNT, REGION, "payments", Map.of(), placement(data, List.of("sg-0db")),
                        new ResourceDetails.RdsDbCluster("payments", "postgres", "16.8", "provisioned", List.of(new ClusterMember("payments-1", true)),
                                true, 400, "io1", 3000, true, "db.m6gd.large", null, "payments.cluster-y.example", null, 5432, 7, true, null, null)),
                instance(PAYMENTS_1, "payments-1", "db.m6gd.large", "postgres", "payments", data),
                new Resource(CARTS, ResourceType.ELASTICACHE_REPLICATION_GROUP, ACCOUNT, REGION, "carts", Map.of(), placement(data, List.of("sg-0db")),
                        new ResourceDetails.ElastiCacheReplicationGroup("carts", "shopping carts", "redis", "7.1", "cache.r6g.large",
                                List.of("carts-001", "carts-002"), 1, false, "enabled", true, true, true, 6379, 5)),
                new Resource(CARTS_1, ResourceType.ELASTICACHE_CLUSTER, ACCOUNT, REGION, "carts-001", Map.of(), placement(data, List.of("sg-0db")),
                        new ResourceDetails.ElastiCacheCluster("carts-001", "cache.r6g.large", "redis", "7.1", 1, "carts", 6379)),
                new Resource(CARTS_2, ResourceType.ELASTICACHE_CLUSTER, ACCOUNT, REGION, "carts-002", Map.of(), placement(data, List.of("sg-0db")),
                        new ResourceDetails.ElastiCacheCluster("carts-002", "cache.r6g.large", "redis", "7.1", 1, "carts", 6379)),
                new Resource(FEED, ResourceType.ELASTICACHE_REPLICATION_GROUP, ACCOUNT, REGION, "feed", Map.of(), placement(data, List.of()),
                        new ResourceDetails.ElastiCacheReplicationGroup("feed", "feed", "valkey", "8.0", "cache.m7g.large",
                                List.of("feed-0001-001", "feed-0001-002", "feed-0002-001", "feed-0002-002"), 2, true, "enabled", true, true, false, 6379, 0)),
                routeTable("rtb-0private", "private", false, List.of("subnet-0a"), List.of(
                        new Route("10.20.0.0/16", RouteTargetKind.LOCAL, "local", "active", "CreateRouteTable"),
                        new Route("0.0.0.0/0", RouteTargetKind.NAT_GATEWAY, "nat-0a", "active", "CreateRoute"),
                        new Route("10.8.0.0/16", RouteTargetKind.TRANSIT_GATEWAY, "tgw-0a", "active", "CreateRoute"))),
                routeTable("rtb-0main", "rtb-0main", true, List.of(), List.of(
                        new Route("10.20.0.0/16", RouteTargetKind.LOCAL, "local", "active", "CreateRouteTable"),
                        new Route("pl-6ea54007", RouteTargetKind.VPC_ENDPOINT, "vpce-0s3", "active", "CreateRoute"))));
    }

    private static Resource instance(String id, String identifier, String instanceClass, String engine, String cluster, List<String> subnets)
    {
        return new Resource(id, ResourceType.RDS_DB_INSTANCE, ACCOUNT, REGION, identifier, Map.of(), placement(subnets, List.of("sg-0db")),
                new ResourceDetails.RdsDbInstance(identifier, instanceClass, engine, engine.equals("postgres") ? "16.8" : "15.4", null, 1, "aurora",
                        false, false, identifier + ".example", 5432, null, cluster));
    }

    private static Resource routeTable(String id, String name, boolean main, List<String> subnets, List<Route> routes)
    {
        return new Resource("arn:aws:ec2:eu-west-1:111122223333:route-table/" + id, ResourceType.ROUTE_TABLE, ACCOUNT, REGION, name, Map.of(),
                placement(subnets, List.of()), new ResourceDetails.RouteTable(id, main, subnets, routes, List.of()));
    }
}
