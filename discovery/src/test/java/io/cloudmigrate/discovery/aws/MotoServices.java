package io.cloudmigrate.discovery.aws;

import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.apigateway.ApiGatewayClient;
import software.amazon.awssdk.services.apigatewayv2.ApiGatewayV2Client;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticloadbalancing.ElasticLoadBalancingClient;
import software.amazon.awssdk.services.lambda.LambdaClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static io.cloudmigrate.discovery.aws.MotoEstate.configure;

/**
 * Seeds the services beyond the core estate of {@link MotoEstate} into that estate's account: a
 * Lambda function in the VPC with the ENI AWS would create for it, a REST API and a VPC flow log on
 * every emulator, and where the emulator offers them an ElastiCache cluster, a Classic Load
 * Balancer, an ECS cluster with a service and an HTTP API.
 */
final class MotoServices
{
    /** What was seeded, for assertions; the HTTP API's id is null where the emulator has none. */
    record Seeded(String functionArn, String restApiId, String httpApiId, String lambdaInterfaceId, String flowLogId) {}

    private MotoServices() {}

    static Seeded seed(URI endpoint, MotoEstate.Seeded core)
    {
        return seed(MotoEstate.callerAccount(endpoint), core);
    }

    static Seeded seed(MotoEstate estate, MotoEstate.Seeded core)
    {
        String region = core.region();
        URI endpoint = estate.endpoint();
        var credentials = estate.credentials();
        // moto checks that a function's role exists; the IAM SDK is not a dependency, so the role is made with one raw query call
        MotoEmulator.post(endpoint, "/?Action=CreateRole&Version=2010-05-08&RoleName=lambda-" + region
                + "&AssumeRolePolicyDocument=%7B%7D", "", "iam", credentials.resolveCredentials().accessKeyId());
        try (LambdaClient lambda = configure(LambdaClient.builder(), endpoint, credentials, region).build();
                Ec2Client ec2 = configure(Ec2Client.builder(), endpoint, credentials, region).build();
                ApiGatewayClient restApis = configure(ApiGatewayClient.builder(), endpoint, credentials, region).build()) {
            String functionArn = lambda.createFunction(request -> request.functionName("orders-api").runtime("python3.12").handler("app.handler")
                    .role("arn:aws:iam::" + estate.accountId() + ":role/lambda-" + region).memorySize(512).timeout(30)
                    .code(code -> code.zipFile(SdkBytes.fromByteArray(zip())))
                    .vpcConfig(vpc -> vpc.subnetIds(core.subnetId()).securityGroupIds(core.securityGroupId()))).functionArn();
            // neither emulator creates an ENI for a function in a VPC; AWS would, with this description
            String lambdaInterfaceId = ec2.createNetworkInterface(request -> request.subnetId(core.subnetId()).groups(core.securityGroupId())
                    .description("AWS Lambda VPC ENI-orders-api-0b7c4a1e-4f7e-4d8a-9a61-3c2f1d5e6b7a")).networkInterface().networkInterfaceId();

            if (estate.offers(AwsEmulator.Service.ELASTICACHE)) {
                seedCache(estate, region, core);
            }
            if (estate.offers(AwsEmulator.Service.CLASSIC_LOAD_BALANCING)) {
                seedClassicBalancer(estate, region, core);
            }
            if (estate.offers(AwsEmulator.Service.ECS)) {
                seedContainers(estate, region);
            }

            String restApiId = restApis.createRestApi(request -> request.name("orders")).id();
            String rootId = restApis.getResources(request -> request.restApiId(restApiId)).items().getFirst().id();
            String ordersId = restApis.createResource(request -> request.restApiId(restApiId).parentId(rootId).pathPart("orders")).id();
            restApis.putMethod(request -> request.restApiId(restApiId).resourceId(ordersId).httpMethod("GET").authorizationType("NONE"));
            restApis.putIntegration(request -> request.restApiId(restApiId).resourceId(ordersId).httpMethod("GET").type("AWS_PROXY")
                    .integrationHttpMethod("POST")
                    .uri("arn:aws:apigateway:" + region + ":lambda:path/2015-03-31/functions/" + functionArn + "/invocations"));

            String httpApiId = estate.offers(AwsEmulator.Service.API_GATEWAY_V2) ? seedHttpApi(estate, region, functionArn) : null;

            String flowLogId = ec2.createFlowLogs(request -> request.resourceIds(core.vpcId()).resourceType("VPC").trafficType("ALL")
                    .logDestinationType("s3").logDestination("arn:aws:s3:::" + core.bucketName())
                    .logFormat("${version} ${account-id} ${interface-id} ${srcaddr} ${dstaddr} ${srcport} ${dstport} ${protocol} ${packets} ${bytes} ${start} ${end} ${action} ${log-status}"))
                    .flowLogIds().getFirst();
            return new Seeded(functionArn, restApiId, httpApiId, lambdaInterfaceId, flowLogId);
        }
    }

    private static void seedCache(MotoEstate estate, String region, MotoEstate.Seeded core)
    {
        try (ElastiCacheClient elastiCache = configure(ElastiCacheClient.builder(), estate.endpoint(), estate.credentials(), region).build()) {
            elastiCache.createCacheSubnetGroup(request -> request.cacheSubnetGroupName("private-cache").cacheSubnetGroupDescription("cache subnets")
                    .subnetIds(core.subnetId()));
            elastiCache.createCacheCluster(request -> request.cacheClusterId("sessions").engine("redis").engineVersion("7.1")
                    .cacheNodeType("cache.t3.micro").numCacheNodes(1).cacheSubnetGroupName("private-cache"));
        }
    }

    private static void seedClassicBalancer(MotoEstate estate, String region, MotoEstate.Seeded core)
    {
        try (ElasticLoadBalancingClient elb = configure(ElasticLoadBalancingClient.builder(), estate.endpoint(), estate.credentials(), region).build()) {
            elb.createLoadBalancer(request -> request.loadBalancerName("legacy-" + region).subnets(core.subnetId())
                    .listeners(listener -> listener.protocol("HTTP").loadBalancerPort(80).instanceProtocol("HTTP").instancePort(8080)));
            elb.registerInstancesWithLoadBalancer(request -> request.loadBalancerName("legacy-" + region).instances(instance -> instance.instanceId(core.instanceId())));
        }
    }

    private static void seedContainers(MotoEstate estate, String region)
    {
        try (EcsClient ecs = configure(EcsClient.builder(), estate.endpoint(), estate.credentials(), region).build()) {
            ecs.createCluster(request -> request.clusterName("shop"));
            String taskDefinition = ecs.registerTaskDefinition(request -> request.family("cart")
                    .containerDefinitions(container -> container.name("cart").image("cart:1.4").memory(512))).taskDefinition().taskDefinitionArn();
            ecs.createService(request -> request.cluster("shop").serviceName("cart").taskDefinition(taskDefinition).desiredCount(2));
        }
    }

    private static String seedHttpApi(MotoEstate estate, String region, String functionArn)
    {
        try (ApiGatewayV2Client httpApis = configure(ApiGatewayV2Client.builder(), estate.endpoint(), estate.credentials(), region).build()) {
            String httpApiId = httpApis.createApi(request -> request.name("cart").protocolType("HTTP")).apiId();
            String integrationId = httpApis.createIntegration(request -> request.apiId(httpApiId).integrationType("AWS_PROXY")
                    .integrationUri(functionArn).payloadFormatVersion("2.0")).integrationId();
            httpApis.createRoute(request -> request.apiId(httpApiId).routeKey("GET /cart").target("integrations/" + integrationId));
            return httpApiId;
        }
    }

    private static byte[] zip()
    {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("app.py"));
            zip.write("def handler(event, context):\n    return {}\n".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
