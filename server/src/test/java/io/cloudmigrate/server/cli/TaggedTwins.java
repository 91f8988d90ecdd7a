package io.cloudmigrate.server.cli;

import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudwatch.CloudWatchClient;
import software.amazon.awssdk.services.cloudwatch.model.MetricDatum;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.elasticache.ElastiCacheClient;
import software.amazon.awssdk.services.elasticloadbalancingv2.ElasticLoadBalancingV2Client;
import software.amazon.awssdk.services.lambda.LambdaClient;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Seeds moto with pairs of resources that are equally in use: a Lambda function with invocations, an
 * ElastiCache cluster with CPU and connections, and an ECS service that an ALB forwards to. One of
 * each pair ({@link #CLAIMED}) has owner and app tags, set through the service's own API; the other
 * has none.
 */
final class TaggedTwins
{
    static final String CLAIMED = "claimed";
    static final String UNCLAIMED = "unclaimed";
    static final List<String> NAMES = List.of(CLAIMED, UNCLAIMED);
    static final Map<String, String> OWNER_AND_APP = Map.of("owner", "orders-team", "app", "orders");

    private TaggedTwins() {}

    /** Resets moto and seeds the pairs; skips the test without an emulator, fails it on CI ({@link Moto#reset()}). */
    static URI seed(String region)
    {
        URI endpoint = Moto.reset();
        // moto checks that a function's role exists; the IAM SDK is not a dependency, so the role is made with one raw query call
        Moto.post(endpoint, "/?Action=CreateRole&Version=2010-05-08&RoleName=twins&AssumeRolePolicyDocument=%7B%7D", "iam");
        AwsCredentialsProvider credentials = DefaultCredentialsProvider.builder().build();
        Instant day = Instant.now().truncatedTo(ChronoUnit.DAYS).minus(3, ChronoUnit.DAYS);
        try (LambdaClient lambda = configure(LambdaClient.builder(), endpoint, credentials, region).build();
                ElastiCacheClient elastiCache = configure(ElastiCacheClient.builder(), endpoint, credentials, region).build();
                CloudWatchClient cloudWatch = configure(CloudWatchClient.builder(), endpoint, credentials, region).build();
                Ec2Client ec2 = configure(Ec2Client.builder(), endpoint, credentials, region).build();
                ElasticLoadBalancingV2Client elb = configure(ElasticLoadBalancingV2Client.builder(), endpoint, credentials, region).build();
                EcsClient ecs = configure(EcsClient.builder(), endpoint, credentials, region).build()) {
            String vpcId = ec2.createVpc(request -> request.cidrBlock("10.90.0.0/16")).vpc().vpcId();
            String subnetA = ec2.createSubnet(request -> request.vpcId(vpcId).cidrBlock("10.90.1.0/24").availabilityZone(region + "a")).subnet().subnetId();
            String subnetB = ec2.createSubnet(request -> request.vpcId(vpcId).cidrBlock("10.90.2.0/24").availabilityZone(region + "b")).subnet().subnetId();
            String balancerArn = elb.createLoadBalancer(request -> request.name("shop").subnets(subnetA, subnetB).type("application"))
                    .loadBalancers().getFirst().loadBalancerArn();
            ecs.createCluster(request -> request.clusterName("shop"));
            String taskDefinition = ecs.registerTaskDefinition(request -> request.family("web")
                    .containerDefinitions(container -> container.name("web").image("web:1").memory(512))).taskDefinition().taskDefinitionArn();
            int port = 80;
            for (String name : NAMES) {
                Map<String, String> tags = name.equals(CLAIMED) ? OWNER_AND_APP : Map.of();
                lambda.createFunction(request -> request.functionName(name).runtime("python3.12").handler("app.handler")
                        .role("arn:aws:iam::123456789012:role/twins").code(code -> code.zipFile(SdkBytes.fromByteArray(zip()))).tags(tags));
                elastiCache.createCacheCluster(request -> request.cacheClusterId(name).engine("redis").cacheNodeType("cache.t3.micro").numCacheNodes(1)
                        .tags(tags.entrySet().stream().map(tag -> software.amazon.awssdk.services.elasticache.model.Tag.builder()
                                .key(tag.getKey()).value(tag.getValue()).build()).toList()));
                cloudWatch.putMetricData(request -> request.namespace("AWS/Lambda").metricData(datum("Invocations", "FunctionName", name, 1200, day)));
                cloudWatch.putMetricData(request -> request.namespace("AWS/ElastiCache").metricData(
                        datum("CPUUtilization", "CacheClusterId", name, 40, day), datum("CurrConnections", "CacheClusterId", name, 25, day)));

                String targetGroupArn = elb.createTargetGroup(request -> request.name(name).protocol("HTTP").port(8080).vpcId(vpcId).targetType("ip"))
                        .targetGroups().getFirst().targetGroupArn();
                int listenerPort = port++;
                elb.createListener(request -> request.loadBalancerArn(balancerArn).protocol("HTTP").port(listenerPort)
                        .defaultActions(action -> action.type("forward").targetGroupArn(targetGroupArn)));
                ecs.createService(request -> request.cluster("shop").serviceName(name).taskDefinition(taskDefinition).desiredCount(2)
                        .loadBalancers(balancer -> balancer.targetGroupArn(targetGroupArn).containerName("web").containerPort(8080))
                        .tags(tags.entrySet().stream().map(tag -> software.amazon.awssdk.services.ecs.model.Tag.builder()
                                .key(tag.getKey()).value(tag.getValue()).build()).toList()));
                // moto starts no tasks for a new service; UpdateService sets its running count to the desired count
                ecs.updateService(request -> request.cluster("shop").service(name).desiredCount(2));
            }
        }
        return endpoint;
    }

    private static MetricDatum datum(String metric, String dimension, String value, double amount, Instant timestamp)
    {
        return MetricDatum.builder().metricName(metric).dimensions(name -> name.name(dimension).value(value)).timestamp(timestamp).value(amount).build();
    }

    private static <B extends AwsClientBuilder<B, C>, C> B configure(B builder, URI endpoint, AwsCredentialsProvider credentials, String region)
    {
        return builder.endpointOverride(endpoint).credentialsProvider(credentials).region(Region.of(region));
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
