package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.FlowLogConfiguration;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkInterface;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services beyond the core estate: Lambda, ElastiCache, Classic ELB, ECS, API Gateway v1 and v2,
 * flow logs, and ENI owners; on each emulator, for the services it offers (see {@link EmulatorGaps}).
 */
class LiveScanServicesTest
{
    @ParameterizedTest(name = "{0}")
    @MethodSource("io.cloudmigrate.discovery.aws.AwsEmulator#both")
    void scansEveryServiceInTwoRegionsAndResolvesInterfaceOwners(AwsEmulator emulator)
    {
        AwsEmulator.Account account = emulator.freshAccount();
        MotoEstate estate = MotoEstate.in(emulator, account);
        MotoEstate.Seeded eastCore = estate.seed("us-east-1", "10.40.0.0/16");
        MotoServices.Seeded east = MotoServices.seed(estate, eastCore);
        MotoEstate.Seeded westCore = estate.seed("eu-west-1", "10.41.0.0/16");
        MotoServices.Seeded west = MotoServices.seed(estate, westCore);

        Inventory inventory = AwsScan.run(new AwsScanOptions(emulator.toString(), Optional.empty(), List.of("us-east-1", "eu-west-1"),
                List.of(account.roleArn()), Optional.empty(), Optional.empty(), Optional.of(account.endpoint()), 4), AwsScan.factories(),
                new ApiCallRecorder(), progress -> {}).inventory();

        assertRegion(inventory, estate, eastCore, east);
        assertRegion(inventory, estate, westCore, west);
        assertThat(inventory.flowLogs()).hasSize(2);
        assertThat(EmulatorGaps.servicesWarnedAbout(inventory)).as("warnings %s", inventory.warnings()).isEqualTo(EmulatorGaps.missingServices(emulator));
    }

    private static void assertRegion(Inventory inventory, MotoEstate estate, MotoEstate.Seeded core, MotoServices.Seeded services)
    {
        String region = core.region();
        String account = estate.accountId();

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

        if (estate.offers(AwsEmulator.Service.ELASTICACHE)) {
            assertCache(inventory, estate, core);
        }
        if (estate.offers(AwsEmulator.Service.CLASSIC_LOAD_BALANCING)) {
            assertClassicBalancer(inventory, estate, core);
        }
        if (estate.offers(AwsEmulator.Service.ECS)) {
            assertContainers(inventory, estate, region);
        }

        Resource restApi = resource(inventory, "arn:aws:apigateway:" + region + "::/restapis/" + services.restApiId());
        assertThat(((ResourceDetails.ApiGateway) restApi.details()).integrations()).singleElement().satisfies(integration -> {
            assertThat(integration.route()).isEqualTo("GET /orders");
            assertThat(integration.integrationType()).isEqualTo("AWS_PROXY");
            assertThat(integration.targetArn()).isEqualTo(services.functionArn());
        });
        if (estate.offers(AwsEmulator.Service.API_GATEWAY_V2)) {
            Resource httpApi = resource(inventory, "arn:aws:apigateway:" + region + "::/apis/" + services.httpApiId());
            assertThat(httpApi.type()).isEqualTo(ResourceType.API_GATEWAY_HTTP_API);
            assertThat(((ResourceDetails.ApiGateway) httpApi.details()).integrations()).singleElement().satisfies(integration -> {
                assertThat(integration.route()).isEqualTo("GET /cart");
                assertThat(integration.targetArn()).isEqualTo(services.functionArn());
            });
        }
        assertThat(inventory.flowLogs()).filteredOn(flowLog -> flowLog.region().equals(region)).singleElement()
                .isEqualTo(new FlowLogConfiguration(services.flowLogId(), account, region, core.vpcId(), "ALL", "s3",
                        "arn:aws:s3:::" + core.bucketName(), null, FlowLogConfiguration.DEFAULT_LOG_FORMAT));
    }

    private static void assertCache(Inventory inventory, MotoEstate estate, MotoEstate.Seeded core)
    {
        Resource cache = resource(inventory, estate.arn(core.region(), "elasticache", "cluster:sessions"));
        ResourceDetails.ElastiCacheCluster cluster = (ResourceDetails.ElastiCacheCluster) cache.details();
        assertThat(cluster.engine()).isEqualTo("redis");
        assertThat(cluster.cacheNodeType()).isEqualTo("cache.t3.micro");
        assertThat(cluster.numCacheNodes()).isEqualTo(1);
        // describe-cache-clusters names only the subnet group; its VPC and subnets come from DescribeCacheSubnetGroups
        assertThat(cache.network().vpcId()).isEqualTo(core.vpcId());
        assertThat(cache.network().subnetIds()).containsExactly(core.subnetId());

    }

    private static void assertClassicBalancer(Inventory inventory, MotoEstate estate, MotoEstate.Seeded core)
    {
        String region = core.region();
        Resource legacy = resource(inventory, estate.arn(region, "elasticloadbalancing", "loadbalancer/legacy-" + region));
        ResourceDetails.LoadBalancer classic = (ResourceDetails.LoadBalancer) legacy.details();
        assertThat(legacy.type()).isEqualTo(ResourceType.LOAD_BALANCER);
        assertThat(classic.loadBalancerType()).isEqualTo("classic");
        assertThat(classic.listeners()).containsExactly(new ResourceDetails.Listener("HTTP", 80, 8080));
        assertThat(classic.targets()).containsExactly(estate.arn(region, "ec2", "instance/" + core.instanceId()));
    }

    private static void assertContainers(Inventory inventory, MotoEstate estate, String region)
    {
        Resource ecsCluster = resource(inventory, estate.arn(region, "ecs", "cluster/shop"));
        // moto leaves a cluster's activeServicesCount at 0, so only the name is checked here
        assertThat(((ResourceDetails.EcsCluster) ecsCluster.details()).clusterName()).isEqualTo("shop");
        Resource service = resource(inventory, estate.arn(region, "ecs", "service/shop/cart"));
        ResourceDetails.EcsService cart = (ResourceDetails.EcsService) service.details();
        assertThat(cart.desiredCount()).isEqualTo(2);
        assertThat(cart.taskDefinitionArn()).endsWith(":task-definition/cart:1");
    }

    private static Resource resource(Inventory inventory, String id)
    {
        Optional<Resource> resource = inventory.resource(id);
        assertThat(resource).as("resource %s among %s", id, inventory.resources().stream().map(Resource::id).toList()).isPresent();
        return resource.orElseThrow();
    }
}
