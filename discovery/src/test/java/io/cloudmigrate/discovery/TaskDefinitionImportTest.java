package io.cloudmigrate.discovery;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static io.cloudmigrate.discovery.EstateFixture.details;
import static io.cloudmigrate.discovery.EstateFixture.warnings;
import static org.assertj.core.api.Assertions.assertThat;

class TaskDefinitionImportTest
{
    private static final String ACCOUNT = "111111111111";
    private static final String CLUSTER = "arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/shop";
    private static final String CART = "arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/cart:7";
    private static final String AGENT = "arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/agent:2";

    @TempDir
    Path directory;

    @Test
    void foldsTheTaskDefinitionIntoTheServiceThatRunsIt()
    {
        Inventory inventory = EstateFixture.in(directory)
                .account("us-east-1", ACCOUNT)
                .file("us-east-1/ecs-describe-services/" + encode(CLUSTER), """
                        {"services": [
                          {"serviceName": "cart", "serviceArn": "arn:aws:ecs:us-east-1:111111111111:service/shop/cart", "clusterArn": "%s",
                           "launchType": "EC2", "desiredCount": 2, "runningCount": 2, "taskDefinition": "%s", "schedulingStrategy": "REPLICA"},
                          {"serviceName": "agent", "serviceArn": "arn:aws:ecs:us-east-1:111111111111:service/shop/agent", "clusterArn": "%s",
                           "launchType": "EC2", "desiredCount": 3, "runningCount": 3, "taskDefinition": "%s", "schedulingStrategy": "DAEMON"},
                          {"serviceName": "gone", "serviceArn": "arn:aws:ecs:us-east-1:111111111111:service/shop/gone", "clusterArn": "%s",
                           "taskDefinition": "arn:aws:ecs:us-east-1:111111111111:task-definition/gone:1"}]}
                        """.formatted(CLUSTER, CART, CLUSTER, AGENT, CLUSTER))
                .file("us-east-1/ecs-describe-task-definition/" + encode(CART), """
                        {"taskDefinition": {"taskDefinitionArn": "%s", "family": "cart", "revision": 7, "networkMode": "bridge",
                          "requiresCompatibilities": ["EC2"], "compatibilities": ["EC2", "FARGATE"], "cpu": "512", "memory": "1024",
                          "runtimePlatform": {"cpuArchitecture": "ARM64", "operatingSystemFamily": "LINUX"},
                          "containerDefinitions": [
                            {"name": "app", "image": "111111111111.dkr.ecr.us-east-1.amazonaws.com/cart:1.4", "cpu": 384, "memory": 768, "essential": true},
                            {"name": "log-router", "image": "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32", "memoryReservation": 64, "essential": false}],
                          "volumes": []},
                         "tags": []}
                        """.formatted(CART))
                // saved under family:revision rather than the ARN: found all the same
                .file("us-east-1/ecs-describe-task-definition/agent%3A2.json", """
                        {"taskDefinition": {"taskDefinitionArn": "%s", "family": "agent", "revision": 2, "networkMode": "host", "pidMode": "host",
                          "containerDefinitions": [{"name": "agent", "image": "datadog/agent:7", "memory": 256, "privileged": true}],
                          "volumes": [{"name": "docker-socket", "host": {"sourcePath": "/var/run/docker.sock"}}, {"name": "scratch", "host": {}}]}}
                        """.formatted(AGENT))
                .importEstate();

        ResourceDetails.EcsService cart = details(inventory, "arn:aws:ecs:us-east-1:" + ACCOUNT + ":service/shop/cart", ResourceDetails.EcsService.class);
        assertThat(cart.schedulingStrategy()).isEqualTo("REPLICA");
        assertThat(cart.taskDefinition()).isEqualTo(new ResourceDetails.TaskDefinition(CART, "cart", 7, List.of("EC2"), List.of("EC2", "FARGATE"), "bridge",
                512, 1024, "ARM64", "LINUX", null, null, List.of(), List.of(
                        new ResourceDetails.Container("app", "111111111111.dkr.ecr.us-east-1.amazonaws.com/cart:1.4", 384, 768, false, true),
                        new ResourceDetails.Container("log-router", "public.ecr.aws/aws-observability/aws-for-fluent-bit:2.32", 0, 64, false, false))));

        ResourceDetails.EcsService agent = details(inventory, "arn:aws:ecs:us-east-1:" + ACCOUNT + ":service/shop/agent", ResourceDetails.EcsService.class);
        assertThat(agent.schedulingStrategy()).isEqualTo("DAEMON");
        assertThat(agent.taskDefinition().networkMode()).isEqualTo("host");
        assertThat(agent.taskDefinition().pidMode()).isEqualTo("host");
        assertThat(agent.taskDefinition().hostVolumes()).containsExactly("docker-socket");
        assertThat(agent.taskDefinition().containers()).singleElement().satisfies(container -> {
            assertThat(container.privileged()).isTrue();
            assertThat(container.essential()).isTrue();
        });

        assertThat(details(inventory, "arn:aws:ecs:us-east-1:" + ACCOUNT + ":service/shop/gone", ResourceDetails.EcsService.class).taskDefinition()).isNull();
        assertThat(warnings(inventory, "DanglingReference")).extracting(InventoryWarning::message).containsExactly(
                "arn:aws:ecs:us-east-1:111111111111:service/shop/gone names task definition arn:aws:ecs:us-east-1:111111111111:task-definition/gone:1,"
                        + " which is not in ecs-describe-task-definition of 111111111111/us-east-1");
    }

    private static String encode(String arn)
    {
        return URLEncoder.encode(arn, StandardCharsets.UTF_8);
    }
}
