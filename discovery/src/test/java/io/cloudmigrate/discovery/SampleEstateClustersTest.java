package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static io.cloudmigrate.discovery.EstateFixture.details;
import static io.cloudmigrate.discovery.EstateFixture.ofType;
import static org.assertj.core.api.Assertions.assertThat;

/** The clusters, replication groups, route tables and task definitions of the committed sample estate, as the importer reads them. */
class SampleEstateClustersTest
{
    private static final Path COMMITTED = Path.of("src/main/resources/io/cloudmigrate/discovery/sample-estate");
    private static final String PRODUCTION = "us-east-1:111111111111:";

    private final Inventory inventory = AwsCliImporter.importDirectory(COMMITTED);

    @Test
    void holdsTheAnalyticsAuroraClusterWithItsWriterAndReader()
    {
        Resource cluster = inventory.resource("arn:aws:rds:" + PRODUCTION + "cluster:storefront-analytics").orElseThrow();
        assertThat(cluster.name()).isEqualTo("storefront-analytics");
        assertThat(cluster.tag("Owner")).isEqualTo("data-team");
        ResourceDetails.RdsDbCluster analytics = (ResourceDetails.RdsDbCluster) cluster.details();
        assertThat(analytics.engine()).isEqualTo("aurora-postgresql");
        assertThat(analytics.engineVersion()).isEqualTo("16.4");
        assertThat(analytics.members()).containsExactly(new ResourceDetails.ClusterMember("storefront-analytics-1", true),
                new ResourceDetails.ClusterMember("storefront-analytics-2", false));
        assertThat(cluster.network().subnetIds()).hasSize(2);
        assertThat(details(inventory, "arn:aws:rds:" + PRODUCTION + "db:storefront-analytics-2", ResourceDetails.RdsDbInstance.class).dbClusterIdentifier())
                .isEqualTo("storefront-analytics");
    }

    @Test
    void holdsAReplicationGroupForEveryGroupOfCacheClusters()
    {
        assertThat(ofType(inventory, ResourceType.ELASTICACHE_REPLICATION_GROUP)).extracting(Resource::name)
                .containsExactly("storefront-eu-cache", "storefront-cart", "storefront-sessions");
        ResourceDetails.ElastiCacheReplicationGroup sessions = details(inventory, "arn:aws:elasticache:" + PRODUCTION + "replicationgroup:storefront-sessions",
                ResourceDetails.ElastiCacheReplicationGroup.class);
        assertThat(sessions.memberClusters()).containsExactly("storefront-sessions-001", "storefront-sessions-002");
        assertThat(sessions.engineVersion()).isEqualTo("5.0.6");
        assertThat(sessions.automaticFailover()).isEqualTo("enabled");
    }

    @Test
    void holdsRouteTablesWithNatPeeringEndpointAndApplianceRoutes()
    {
        assertThat(ofType(inventory, ResourceType.ROUTE_TABLE)).hasSize(15);
        assertThat(ofType(inventory, ResourceType.ROUTE_TABLE)).flatExtracting(resource -> ((ResourceDetails.RouteTable) resource.details()).routes())
                .extracting(ResourceDetails.Route::targetKind)
                .contains(ResourceDetails.RouteTargetKind.NAT_GATEWAY, ResourceDetails.RouteTargetKind.VPC_PEERING_CONNECTION,
                        ResourceDetails.RouteTargetKind.VPC_ENDPOINT, ResourceDetails.RouteTargetKind.INTERNET_GATEWAY, ResourceDetails.RouteTargetKind.INSTANCE);
    }

    @Test
    void foldsTheTaskDefinitionsIntoTheServices()
    {
        assertThat(ofType(inventory, ResourceType.ECS_SERVICE)).allSatisfy(service -> {
            ResourceDetails.TaskDefinition definition = ((ResourceDetails.EcsService) service.details()).taskDefinition();
            assertThat(definition).isNotNull();
            assertThat(definition.requiresCompatibilities()).containsExactly("FARGATE");
            assertThat(definition.cpu()).isEqualTo(1024);
            assertThat(definition.memoryMb()).isEqualTo(2048);
        });
    }
}
