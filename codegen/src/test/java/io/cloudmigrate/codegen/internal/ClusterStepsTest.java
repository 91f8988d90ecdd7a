package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ClusterStepsTest
{
    @Test
    void leavesOutAnEngineVersionThatTheInventoryDoesNotKnow()
    {
        ResourceDetails.ElastiCacheReplicationGroup group = new ResourceDetails.ElastiCacheReplicationGroup("carts", "carts", "redis", null,
                "cache.m6g.large", List.of("carts-001"), 1, false, "enabled", true, true, true, 6379, 1);
        Resource resource = new Resource("arn:aws:elasticache:eu-west-1:111122223333:replicationgroup:carts", ResourceType.ELASTICACHE_REPLICATION_GROUP,
                "111122223333", "eu-west-1", "carts", Map.of(), null, group);
        StepContext context = new StepContext(resource, Optional.empty(), Optional.empty(), Optional.empty(), "01", "carts",
                Optional.of("not assessed"), List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
        MoveSteps.Phases phases = new MoveSteps.Phases(List.of());

        ClusterSteps.replicationGroup(phases, context, group);

        assertThat(phases.build().getFirst().actions().getFirst())
                .isEqualTo("Record `carts`: redis, 1 node(s) of `cache.m6g.large` in 1 shard(s), automatic fail-over enabled, port 6379.");
    }
}
