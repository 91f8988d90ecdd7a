package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.InventoryWarning;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceDetails.Route;
import io.cloudmigrate.discovery.ResourceDetails.RouteTargetKind;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** DB clusters, replication groups, route tables and task definitions, scanned from moto and checked field by field. */
class LiveScanClustersTest
{
    private static final String ACCOUNT = MotoEmulator.FIRST_ACCOUNT;
    private static final String REGION = "us-east-1";
    private static final String PREFIX = REGION + ":" + ACCOUNT + ":";

    @Test
    void scansClustersReplicationGroupsRouteTablesAndTaskDefinitions()
    {
        URI endpoint = MotoEmulator.require();
        MotoEstate.Seeded core = MotoEstate.callerAccount(endpoint).seed(REGION, "10.60.0.0/16");
        MotoClusters.Seeded seeded = MotoClusters.seed(endpoint, core);
        ApiCallRecorder recorder = new ApiCallRecorder();

        Inventory inventory = AwsScan.run(new AwsScanOptions("moto", Optional.empty(), List.of(REGION), List.of(), Optional.empty(), Optional.empty(),
                Optional.of(endpoint), 4), AwsScan.factories(), recorder, progress -> {}).inventory();

        assertDatabaseCluster(inventory, core);
        assertReplicationGroup(inventory, core);
        assertRouteTables(inventory, core, seeded);
        assertTaskDefinitions(inventory, seeded);
        Map<String, Long> calls = recorder.callsByOperation();
        assertThat(calls.entrySet()).filteredOn(entry -> entry.getKey().endsWith(":DescribeTaskDefinition")).singleElement()
                .satisfies(entry -> assertThat(entry.getValue()).isEqualTo(2));
        // moto lists no cache clusters for the nodes of a replication group; AWS would, and the importer says so
        assertThat(inventory.warnings()).extracting(InventoryWarning::message).containsExactlyInAnyOrder(
                "arn:aws:elasticache:" + PREFIX + "replicationgroup:carts names cache cluster carts-001, which is not in "
                        + ACCOUNT + "/" + REGION + "/elasticache-describe-cache-clusters.json of " + ACCOUNT + "/" + REGION,
                "arn:aws:elasticache:" + PREFIX + "replicationgroup:carts names cache cluster carts-002, which is not in "
                        + ACCOUNT + "/" + REGION + "/elasticache-describe-cache-clusters.json of " + ACCOUNT + "/" + REGION);
    }

    private static void assertDatabaseCluster(Inventory inventory, MotoEstate.Seeded core)
    {
        Resource cluster = resource(inventory, "arn:aws:rds:" + PREFIX + "cluster:ledger");
        assertThat(cluster.type()).isEqualTo(ResourceType.RDS_DB_CLUSTER);
        assertThat(cluster.tags()).containsEntry("app", "ledger");
        assertThat(cluster.network().vpcId()).isEqualTo(core.vpcId());
        assertThat(cluster.network().subnetIds()).contains(core.subnetId());
        assertThat(cluster.network().securityGroupIds()).containsExactly(core.securityGroupId());
        ResourceDetails.RdsDbCluster details = (ResourceDetails.RdsDbCluster) cluster.details();
        assertThat(details.dbClusterIdentifier()).isEqualTo("ledger");
        assertThat(details.engine()).isEqualTo("aurora-postgresql");
        assertThat(details.engineVersion()).isEqualTo("15.4");
        assertThat(details.aurora()).isTrue();
        assertThat(details.port()).isEqualTo(5432);
        assertThat(details.storageEncrypted()).isTrue();
        assertThat(details.backupRetentionPeriod()).isEqualTo(14);
        assertThat(details.deletionProtection()).isFalse();
        assertThat(details.endpointAddress()).startsWith("ledger.cluster-");
        assertThat(details.members()).extracting(ResourceDetails.ClusterMember::dbInstanceIdentifier).containsExactlyInAnyOrder("ledger-1", "ledger-2");
        assertThat(details.members()).filteredOn(ResourceDetails.ClusterMember::writer).hasSize(1);
        assertThat(details.members().getFirst().writer()).isTrue();
        for (String member : List.of("ledger-1", "ledger-2")) {
            ResourceDetails.RdsDbInstance instance = (ResourceDetails.RdsDbInstance) resource(inventory, "arn:aws:rds:" + PREFIX + "db:" + member).details();
            assertThat(instance.dbClusterIdentifier()).isEqualTo("ledger");
            assertThat(instance.engine()).isEqualTo("aurora-postgresql");
            assertThat(instance.dbInstanceClass()).isEqualTo("db.r6g.large");
        }
    }

    private static void assertReplicationGroup(Inventory inventory, MotoEstate.Seeded core)
    {
        Resource group = resource(inventory, "arn:aws:elasticache:" + PREFIX + "replicationgroup:carts");
        assertThat(group.type()).isEqualTo(ResourceType.ELASTICACHE_REPLICATION_GROUP);
        // DescribeReplicationGroups carries no tags: they come from ListTagsForResource on the group's ARN
        assertThat(group.tags()).containsExactlyInAnyOrderEntriesOf(Map.of("owner", "carts-team", "app", "storefront"));
        ResourceDetails.ElastiCacheReplicationGroup details = (ResourceDetails.ElastiCacheReplicationGroup) group.details();
        assertThat(details.replicationGroupId()).isEqualTo("carts");
        assertThat(details.description()).isEqualTo("shopping carts");
        assertThat(details.engine()).isEqualTo("redis");
        assertThat(details.cacheNodeType()).isEqualTo("cache.r6g.large");
        assertThat(details.memberClusters()).containsExactly("carts-001", "carts-002");
        assertThat(details.nodeGroups()).isEqualTo(1);
        assertThat(details.clusterEnabled()).isFalse();
        assertThat(details.automaticFailover()).isEqualTo("enabled");
        assertThat(details.transitEncryptionEnabled()).isTrue();
        assertThat(details.atRestEncryptionEnabled()).isTrue();
        assertThat(details.port()).isEqualTo(6379);
    }

    private static void assertRouteTables(Inventory inventory, MotoEstate.Seeded core, MotoClusters.Seeded seeded)
    {
        Resource privateTable = resource(inventory, "arn:aws:ec2:" + PREFIX + "route-table/" + seeded.routeTableId());
        assertThat(privateTable.type()).isEqualTo(ResourceType.ROUTE_TABLE);
        assertThat(privateTable.name()).isEqualTo("private");
        assertThat(privateTable.network().vpcId()).isEqualTo(core.vpcId());
        ResourceDetails.RouteTable routes = (ResourceDetails.RouteTable) privateTable.details();
        assertThat(routes.main()).isFalse();
        assertThat(routes.associatedSubnetIds()).containsExactly(core.subnetId());
        assertThat(routes.routes()).containsExactlyInAnyOrder(
                new Route("10.60.0.0/16", RouteTargetKind.LOCAL, "local", "active", "CreateRouteTable"),
                new Route("0.0.0.0/0", RouteTargetKind.NAT_GATEWAY, seeded.natGatewayId(), "active", "CreateRoute"),
                new Route("192.168.0.0/16", RouteTargetKind.INSTANCE, core.instanceId(), "active", "CreateRoute"));

        ResourceDetails.RouteTable publicTable = (ResourceDetails.RouteTable) resource(inventory,
                "arn:aws:ec2:" + PREFIX + "route-table/" + seeded.publicRouteTableId()).details();
        assertThat(publicTable.routes()).contains(new Route("0.0.0.0/0", RouteTargetKind.INTERNET_GATEWAY, seeded.internetGatewayId(), "active", "CreateRoute"));
        // every VPC has a main route table serving the subnets no other table names
        assertThat(inventory.resources()).filteredOn(resource -> resource.details() instanceof ResourceDetails.RouteTable table && table.main()
                && core.vpcId().equals(resource.network().vpcId())).hasSize(1);
    }

    private static void assertTaskDefinitions(Inventory inventory, MotoClusters.Seeded seeded)
    {
        for (String service : List.of("api", "api-canary")) {
            ResourceDetails.EcsService api = (ResourceDetails.EcsService) resource(inventory, "arn:aws:ecs:" + PREFIX + "service/ledger/" + service).details();
            assertThat(api.taskDefinitionArn()).isEqualTo(seeded.taskDefinitionArn());
            ResourceDetails.TaskDefinition definition = api.taskDefinition();
            assertThat(definition.family()).isEqualTo("ledger-api");
            assertThat(definition.revision()).isEqualTo(1);
            assertThat(definition.networkMode()).isEqualTo("awsvpc");
            assertThat(definition.requiresCompatibilities()).containsExactly("FARGATE");
            assertThat(definition.cpu()).isEqualTo(512);
            assertThat(definition.memoryMb()).isEqualTo(1024);
            assertThat(definition.hostVolumes()).isEmpty();
            assertThat(definition.containers()).containsExactly(
                    new ResourceDetails.Container("api", "ledger-api:2.0", 384, 768, false, true),
                    new ResourceDetails.Container("proxy", "envoy:1.31", 0, 128, false, false));
        }
        ResourceDetails.EcsService worker = (ResourceDetails.EcsService) resource(inventory, "arn:aws:ecs:" + PREFIX + "service/ledger/worker").details();
        assertThat(worker.launchType()).isEqualTo("EC2");
        assertThat(worker.schedulingStrategy()).isEqualTo("DAEMON");
        assertThat(worker.taskDefinition().taskDefinitionArn()).isEqualTo(seeded.workerTaskDefinitionArn());
        assertThat(worker.taskDefinition().networkMode()).isEqualTo("bridge");
        assertThat(worker.taskDefinition().hostVolumes()).containsExactly("docker");
        assertThat(worker.taskDefinition().containers()).singleElement()
                .isEqualTo(new ResourceDetails.Container("worker", "ledger-worker:2.0", 0, 512, true, true));
    }

    private static Resource resource(Inventory inventory, String id)
    {
        Optional<Resource> resource = inventory.resource(id);
        assertThat(resource).as("resource %s among %s", id, inventory.resources().stream().map(Resource::id).toList()).isPresent();
        return resource.orElseThrow();
    }
}
