package io.cloudmigrate.discovery.aws;

import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.rds.RdsClient;

import java.net.URI;

import static io.cloudmigrate.discovery.aws.MotoEstate.configure;

/**
 * Seeds, on top of the core estate of {@link MotoEstate}, what issue 3 added to the scan: an Aurora
 * PostgreSQL cluster with a writer and a reader, a Redis replication group of two nodes, a private
 * route table (NAT gateway default route, a route through the core instance, one subnet) beside
 * the public one, and ECS services whose task definitions are described once each.
 */
final class MotoClusters
{
    /** What was seeded, for assertions. */
    record Seeded(String routeTableId, String publicRouteTableId, String natGatewayId, String internetGatewayId, String taskDefinitionArn,
            String workerTaskDefinitionArn) {}

    private MotoClusters() {}

    static Seeded seed(URI endpoint, MotoEstate.Seeded core)
    {
        String region = core.region();
        var credentials = DefaultCredentialsProvider.builder().build();
        try (Ec2Client ec2 = configure(Ec2Client.builder(), endpoint, credentials, region).build();
                RdsClient rds = configure(RdsClient.builder(), endpoint, credentials, region).build();
                ElastiCacheClient elastiCache = configure(ElastiCacheClient.builder(), endpoint, credentials, region).build();
                EcsClient ecs = configure(EcsClient.builder(), endpoint, credentials, region).build()) {
            // the core estate made the subnet group "orders" from two subnets of the VPC
            rds.createDBCluster(request -> request.dbClusterIdentifier("ledger").engine("aurora-postgresql").engineVersion("15.4")
                    .masterUsername("ledger").masterUserPassword("not-a-secret-1").dbSubnetGroupName("orders").vpcSecurityGroupIds(core.securityGroupId())
                    .port(5432).storageEncrypted(true).backupRetentionPeriod(14).deletionProtection(false)
                    .tags(tag -> tag.key("app").value("ledger")));
            for (String instance : new String[] {"ledger-1", "ledger-2"}) {
                rds.createDBInstance(request -> request.dbInstanceIdentifier(instance).dbClusterIdentifier("ledger").engine("aurora-postgresql")
                        .dbInstanceClass("db.r6g.large").dbSubnetGroupName("orders"));
            }

            // moto sizes a group without cluster mode by ReplicasPerNodeGroup alone, ignoring NumCacheClusters; both say two nodes
            elastiCache.createReplicationGroup(request -> request.replicationGroupId("carts").replicationGroupDescription("shopping carts")
                    .engine("redis").engineVersion("7.1").cacheNodeType("cache.r6g.large").numCacheClusters(2).replicasPerNodeGroup(1).automaticFailoverEnabled(true)
                    .transitEncryptionEnabled(true).atRestEncryptionEnabled(true).securityGroupIds(core.securityGroupId()).port(6379)
                    .tags(tag -> tag.key("owner").value("carts-team"), tag -> tag.key("app").value("storefront")));

            String internetGatewayId = ec2.createInternetGateway().internetGateway().internetGatewayId();
            ec2.attachInternetGateway(request -> request.internetGatewayId(internetGatewayId).vpcId(core.vpcId()));
            String allocationId = ec2.allocateAddress(request -> request.domain("vpc")).allocationId();
            String natGatewayId = ec2.createNatGateway(request -> request.subnetId(core.subnetId()).allocationId(allocationId)).natGateway().natGatewayId();
            String routeTableId = ec2.createRouteTable(request -> request.vpcId(core.vpcId())
                    .tagSpecifications(spec -> spec.resourceType("route-table").tags(tag -> tag.key("Name").value("private")))).routeTable().routeTableId();
            ec2.createRoute(request -> request.routeTableId(routeTableId).destinationCidrBlock("0.0.0.0/0").natGatewayId(natGatewayId));
            ec2.createRoute(request -> request.routeTableId(routeTableId).destinationCidrBlock("192.168.0.0/16").instanceId(core.instanceId()));
            ec2.associateRouteTable(request -> request.routeTableId(routeTableId).subnetId(core.subnetId()));
            String publicRouteTableId = ec2.createRouteTable(request -> request.vpcId(core.vpcId())).routeTable().routeTableId();
            ec2.createRoute(request -> request.routeTableId(publicRouteTableId).destinationCidrBlock("0.0.0.0/0").gatewayId(internetGatewayId));

            ecs.createCluster(request -> request.clusterName("ledger"));
            String taskDefinitionArn = ecs.registerTaskDefinition(request -> request.family("ledger-api").networkMode(NetworkMode.AWSVPC)
                    .requiresCompatibilities(Compatibility.FARGATE).cpu("512").memory("1024")
                    .containerDefinitions(
                            container -> container.name("api").image("ledger-api:2.0").cpu(384).memory(768).essential(true),
                            container -> container.name("proxy").image("envoy:1.31").memoryReservation(128).essential(false)))
                    .taskDefinition().taskDefinitionArn();
            String workerTaskDefinitionArn = ecs.registerTaskDefinition(request -> request.family("ledger-worker").networkMode(NetworkMode.BRIDGE)
                    .containerDefinitions(container -> container.name("worker").image("ledger-worker:2.0").memory(512).privileged(true))
                    .volumes(volume -> volume.name("docker").host(host -> host.sourcePath("/var/run/docker.sock"))))
                    .taskDefinition().taskDefinitionArn();
            // two services share one definition: the scan describes it once
            for (String service : new String[] {"api", "api-canary"}) {
                ecs.createService(request -> request.cluster("ledger").serviceName(service).taskDefinition(taskDefinitionArn).desiredCount(1)
                        .launchType("FARGATE").networkConfiguration(network -> network.awsvpcConfiguration(vpc -> vpc.subnets(core.subnetId())
                                .securityGroups(core.securityGroupId()))));
            }
            ecs.createService(request -> request.cluster("ledger").serviceName("worker").taskDefinition(workerTaskDefinitionArn).desiredCount(1)
                    .launchType("EC2").schedulingStrategy("DAEMON"));
            return new Seeded(routeTableId, publicRouteTableId, natGatewayId, internetGatewayId, taskDefinitionArn, workerTaskDefinitionArn);
        }
    }
}
