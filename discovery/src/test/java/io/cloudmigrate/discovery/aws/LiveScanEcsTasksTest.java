package io.cloudmigrate.discovery.aws;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkInterface;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.aws.internal.ApiCallRecorder;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.RunTaskResponse;

import java.net.URI;
import java.util.List;
import java.util.Optional;

import static io.cloudmigrate.discovery.aws.MotoEstate.configure;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * ECS tasks of the EC2 launch type, on a container instance registered for the seeded EC2 instance.
 * moto 5.2.1 fails RunTask for {@code awsvpc} tasks (it cannot build the task's network interface),
 * so these tasks use bridge networking: they have no interface of their own, and their traffic leaves
 * through the instance's, which stays the instance's. Task interfaces ({@code awsvpc}) are covered by
 * the import tests, which read the same task output.
 */
class LiveScanEcsTasksTest
{
    private static final String REGION = "us-east-1";
    private static final String MANUAL_TASKS = "{\"model_name\": \"ecs::task\", \"transition\": {\"progression\": \"manual\", \"times\": 1000000000}}";

    @Test
    void readsTheRunningTasksOfAClusterAndLeavesTheirInterfaceWithTheInstance()
    {
        URI endpoint = MotoEmulator.require();
        MotoEstate estate = MotoEstate.callerAccount(endpoint);
        MotoEstate.Seeded core = estate.seed(REGION, "10.82.0.0/16");
        MotoServices.seed(estate, core);
        // tasks advance toward STOPPED on each DescribeTasks unless told to stay where they are
        MotoEmulator.post(endpoint, "/moto-api/state-manager/set-transition", MANUAL_TASKS);
        ApiCallRecorder recorder = new ApiCallRecorder();
        Inventory inventory;
        try (EcsClient ecs = configure(EcsClient.builder(), endpoint, DefaultCredentialsProvider.builder().build(), REGION).build()) {
            ecs.registerContainerInstance(request -> request.cluster("shop").instanceIdentityDocument("""
                    {"instanceId": "%s", "region": "%s", "availabilityZone": "%sa", "accountId": "%s"}"""
                    .formatted(core.instanceId(), REGION, REGION, MotoEmulator.FIRST_ACCOUNT)));
            RunTaskResponse run = ecs.runTask(request -> request.cluster("shop").taskDefinition("cart").launchType("EC2").count(2).group("service:cart")
                    .tags(tag -> tag.key("owner").value("cart-team")));
            assertThat(run.failures()).isEmpty();

            inventory = AwsScan.run(new AwsScanOptions("moto", Optional.empty(), List.of(REGION), List.of(), Optional.empty(), Optional.empty(),
                    Optional.of(endpoint), 4), AwsScan.factories(), recorder, progress -> {}).inventory();
        }
        finally {
            MotoEmulator.post(endpoint, "/moto-api/state-manager/unset-transition", "{\"model_name\": \"ecs::task\"}");
        }

        Resource cluster = inventory.resource(estate.arn(REGION, "ecs", "cluster/shop")).orElseThrow();
        assertThat(((ResourceDetails.EcsCluster) cluster.details()).runningTasksCount()).isEqualTo(2);
        assertThat(recorder.callsByOperation()).containsEntry("Ecs:ListTasks", 1L).containsEntry("Ecs:DescribeTasks", 1L);
        String instanceArn = estate.arn(REGION, "ec2", "instance/" + core.instanceId());
        Resource instance = inventory.resource(instanceArn).orElseThrow();
        NetworkInterface primary = inventory.networkInterfaces().stream()
                .filter(candidate -> candidate.id().equals(instance.network().networkInterfaceIds().getFirst())).findFirst().orElseThrow();
        assertThat(primary.ownerKind()).isEqualTo(NetworkInterface.OwnerKind.EC2_INSTANCE);
        assertThat(primary.ownerResourceId()).isEqualTo(instanceArn);
        assertThat(inventory.networkInterfaces()).noneMatch(candidate -> candidate.ownerKind() == NetworkInterface.OwnerKind.ECS_TASK);
        assertThat(inventory.warnings()).isEmpty();
    }
}
