package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.ResourceDetails;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TaskSizeTest
{
    @Test
    void roundsUpToTheSmallestFargateSizeThatHoldsTheRequest()
    {
        assertThat(TaskSize.fargate(128, 256)).contains(new TaskSize.FargateSize(256, 512));
        assertThat(TaskSize.fargate(256, 1500)).contains(new TaskSize.FargateSize(256, 2048));
        // 256 CPU units take at most 2 GB: more memory needs more CPU
        assertThat(TaskSize.fargate(256, 2500)).contains(new TaskSize.FargateSize(512, 3072));
        assertThat(TaskSize.fargate(512, 512)).contains(new TaskSize.FargateSize(512, 1024));
        assertThat(TaskSize.fargate(1000, 9000)).contains(new TaskSize.FargateSize(2048, 9216));
        assertThat(TaskSize.fargate(2048, 4096)).contains(new TaskSize.FargateSize(2048, 4096));
        assertThat(TaskSize.fargate(4096, 31000)).contains(new TaskSize.FargateSize(8192, 32768));
        assertThat(TaskSize.fargate(8192, 17000)).contains(new TaskSize.FargateSize(8192, 20480));
        assertThat(TaskSize.fargate(10000, 1024)).contains(new TaskSize.FargateSize(16384, 32768));
        assertThat(TaskSize.fargate(16384, 120 * 1024 + 1)).isEmpty();
        assertThat(TaskSize.fargate(20000, 1024)).isEmpty();
    }

    @Test
    void pricesSmallContainersAsTheSmallestFargateTaskAndSaysSo()
    {
        ResourceDetails.TaskDefinition definition = new ResourceDetails.TaskDefinition("arn:aws:ecs:us-east-1:1:task-definition/cart:7", "cart", 7,
                List.of("EC2"), List.of("EC2"), "bridge", 0, 0, null, null, null, null, List.of(), List.of(
                        new ResourceDetails.Container("app", "cart:1.4", 128, 256, false, true)));

        TaskSize size = TaskSize.of(definition);

        assertThat(size.vcpu()).isEqualTo(0.25);
        assertThat(size.memoryGb()).isEqualTo(0.5);
        assertThat(size.basis()).isEqualTo("ECS task size from task definition cart:7: 0.125 vCPU / 0.25 GB per task, "
                + "priced as the smallest Fargate size that holds it, 0.25 vCPU / 0.5 GB");
    }
}
