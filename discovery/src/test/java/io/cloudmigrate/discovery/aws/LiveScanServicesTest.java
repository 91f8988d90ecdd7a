package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.FlowLogConfiguration;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkInterface;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The services beyond the core estate: Lambda, ElastiCache, Classic ELB, ECS, API Gateway v1 and v2, flow logs, and ENI owners. */
class LiveScanServicesTest
{
    private static final String ACCOUNT = MotoEmulator.FIRST_ACCOUNT;

    @Test
    void scansEveryServiceInTwoRegionsAndResolvesInterfaceOwners()
    {
        URI endpoint = MotoEmulator.require();
        MotoEstate.Seeded eastCore = MotoEstate.callerAccount(endpoint).seed("us-east-1", "10.40.0.0/16");
        MotoServices.Seeded east = MotoServices.seed(endpoint, eastCore);
        MotoEstate.Seeded westCore = MotoEstate.callerAccount(endpoint).seed("eu-west-1", "10.41.0.0/16");
        MotoServices.Seeded west = MotoServices.seed(endpoint, westCore);

        Inventory inventory = AwsScan.run(new AwsScanOptions("moto", Optional.empty(), List.of("us-east-1", "eu-west-1"), List.of(), Optional.empty(),
                Optional.empty(), Optional.of(endpoint), 4), AwsScan.factories(), new ApiCallRecorder(), progress -> {}).inventory();

        assertRegion(inventory, eastCore, east);
        assertRegion(inventory, westCore, west);
        assertThat(inventory.flowLogs()).hasSize(2);
        assertThat(inventory.warnings()).isEmpty();
    }

    private static void assertRegion(Inventory inventory, MotoEstate.Seeded core, MotoServices.Seeded services)
    {
        String region = core.region();

        Resource function = resource(inventory, services.functionArn());
        assertThat(function.details()).isEqualTo(new ResourceDetails.LambdaFunction("orders-api", "python3.12", "app.handler", 512, 30,
                ((ResourceDetails.LambdaFunction) function.details()).codeSizeBytes(), "x86_64", "Zip"));
        assertThat(((ResourceDetails.LambdaFunction) function.details()).codeSizeBytes()).isPositive();
        // moto reports VpcId vpc-123abc for every function: the VPC comes from the subnet
        assertThat(function.network().vpcId()).isEqualTo(core.vpcId());
        assertThat(function.network().subnetIds()).containsExactly(core.subnetId());
        assertThat(function.network().networkInterfaceIds()).containsExactly(services.lambdaInterfaceId());
        NetworkInterface lambdaInterface = inventory.networkInterfaces().stream()
                .filter(candidate -> candidate.id().equals(services.lambdaInterfaceId())).findFirst().orElseThrow();
        assertThat(lambdaInterface.ownerKind()).isEqualTo(NetworkInterface.OwnerKind.LAMBDA_FUNCTION);
        assertThat(lambdaInterface.ownerResourceId()).isEqualTo(services.functionArn());

        Resource cache = resource(inventory, "arn:aws:elasticache:" + region + ":" + ACCOUNT + ":cluster:sessions");
        ResourceDetails.ElastiCacheCluster cluster = (ResourceDetails.ElastiCacheCluster) cache.details();
        assertThat(cluster.engine()).isEqualTo("redis");
        assertThat(cluster.cacheNodeType()).isEqualTo("cache.t3.micro");
        assertThat(cluster.numCacheNodes()).isEqualTo(1);
        // describe-cache-clusters names only the subnet group; its VPC and subnets come from DescribeCacheSubnetGroups
        assertThat(cache.network().vpcId()).isEqualTo(core.vpcId());
        assertThat(cache.network().subnetIds()).containsExactly(core.subnetId());

        Resource legacy = resource(inventory, "arn:aws:elasticloadbalancing:" + region + ":" + ACCOUNT + ":loadbalancer/legacy-" + region);
        ResourceDetails.LoadBalancer classic = (ResourceDetails.LoadBalancer) legacy.details();
        assertThat(legacy.type()).isEqualTo(ResourceType.LOAD_BALANCER);
        assertThat(classic.loadBalancerType()).isEqualTo("classic");
        assertThat(classic.listeners()).containsExactly(new ResourceDetails.Listener("HTTP", 80, 8080));
        assertThat(classic.targets()).containsExactly("arn:aws:ec2:" + region + ":" + ACCOUNT + ":instance/" + core.instanceId());

        Resource ecsCluster = resource(inventory, "arn:aws:ecs:" + region + ":" + ACCOUNT + ":cluster/shop");
        // moto leaves a cluster's activeServicesCount at 0, so only the name is checked here
        assertThat(((ResourceDetails.EcsCluster) ecsCluster.details()).clusterName()).isEqualTo("shop");
        Resource service = resource(inventory, "arn:aws:ecs:" + region + ":" + ACCOUNT + ":service/shop/cart");
        ResourceDetails.EcsService cart = (ResourceDetails.EcsService) service.details();
        assertThat(cart.desiredCount()).isEqualTo(2);
        assertThat(cart.taskDefinitionArn()).endsWith(":task-definition/cart:1");

        Resource restApi = resource(inventory, "arn:aws:apigateway:" + region + "::/restapis/" + services.restApiId());
        assertThat(((ResourceDetails.ApiGateway) restApi.details()).integrations()).singleElement().satisfies(integration -> {
            assertThat(integration.route()).isEqualTo("GET /orders");
            assertThat(integration.integrationType()).isEqualTo("AWS_PROXY");
            assertThat(integration.targetArn()).isEqualTo(services.functionArn());
        });
        Resource httpApi = resource(inventory, "arn:aws:apigateway:" + region + "::/apis/" + services.httpApiId());
        assertThat(httpApi.type()).isEqualTo(ResourceType.API_GATEWAY_HTTP_API);
        assertThat(((ResourceDetails.ApiGateway) httpApi.details()).integrations()).singleElement().satisfies(integration -> {
            assertThat(integration.route()).isEqualTo("GET /cart");
            assertThat(integration.targetArn()).isEqualTo(services.functionArn());
        });
        assertThat(inventory.flowLogs()).filteredOn(flowLog -> flowLog.region().equals(region)).singleElement()
                .isEqualTo(new FlowLogConfiguration(services.flowLogId(), ACCOUNT, region, core.vpcId(), "ALL", "s3",
                        "arn:aws:s3:::" + core.bucketName(), null, FlowLogConfiguration.DEFAULT_LOG_FORMAT));
    }

    private static Resource resource(Inventory inventory, String id)
    {
        Optional<Resource> resource = inventory.resource(id);
        assertThat(resource).as("resource %s among %s", id, inventory.resources().stream().map(Resource::id).toList()).isPresent();
        return resource.orElseThrow();
    }
}
