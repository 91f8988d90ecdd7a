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
                Optional.of("not assessed"), List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Optional.empty());
        MoveSteps.Phases phases = new MoveSteps.Phases(List.of());

        ClusterSteps.replicationGroup(phases, context, group);

        assertThat(phases.build().getFirst().actions().getFirst())
                .isEqualTo("Record `carts`: redis, 1 node(s) of `cache.m6g.large` in 1 shard(s), automatic fail-over enabled, port 6379.");
    }

    @Test
    void tellsClientsAboutTlsOnlyWhenTheTargetEncryptsInTransit()
    {
        ResourceDetails.ElastiCacheReplicationGroup group = new ResourceDetails.ElastiCacheReplicationGroup("carts", "carts", "redis", "3.2.10",
                "cache.m6g.large", List.of("carts-001"), 1, false, "enabled", true, true, true, 6379, 1);
        Resource resource = new Resource("arn:aws:elasticache:eu-west-1:111122223333:replicationgroup:carts", ResourceType.ELASTICACHE_REPLICATION_GROUP,
                "111122223333", "eu-west-1", "carts", Map.of(), null, group);

        assertThat(cutover(resource, group, false)).noneMatch(line -> line.contains("TLS"));
        assertThat(cutover(resource, group, true)).anyMatch(line -> line.contains("connect with TLS") && line.contains("carts_auth_token_secret_arn"));
    }

    private static List<String> cutover(Resource resource, ResourceDetails.ElastiCacheReplicationGroup group, boolean transitEncryption)
    {
        Targets.Name name = new Targets.Name(resource.id(), "carts", "ElastiCache replication group", "Rehost", "carts", "Carts", new Placement("111122223333", "eu-west-1"));
        Targets.Cache cache = new Targets.Cache(name, "carts", true, "redis", "3.2.10", "cache.m6g.large", 1, 0, 0, null, transitEncryption, 6379,
                List.of(), List.of(), new Targets.TagSet(List.of(), 0));
        StepContext context = new StepContext(resource, Optional.empty(), Optional.empty(), Optional.empty(), "01", "carts",
                Optional.empty(), List.of(), List.of(), List.of(), Optional.empty(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Optional.of(cache));
        MoveSteps.Phases phases = new MoveSteps.Phases(List.of());
        ClusterSteps.replicationGroup(phases, context, group);
        return phases.build().get(2).actions();
    }
}
