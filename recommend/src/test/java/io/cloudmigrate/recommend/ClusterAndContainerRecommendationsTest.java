package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Utilization;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.scoring.Strategy;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.cloudmigrate.recommend.Workloads.ACCOUNT;
import static io.cloudmigrate.recommend.Workloads.AS_OF;
import static io.cloudmigrate.recommend.Workloads.OWNED;
import static io.cloudmigrate.recommend.Workloads.cpu;
import static io.cloudmigrate.recommend.Workloads.graph;
import static io.cloudmigrate.recommend.Workloads.inventory;
import static io.cloudmigrate.recommend.Workloads.lambda;
import static io.cloudmigrate.recommend.Workloads.observed;
import static io.cloudmigrate.recommend.Workloads.usage;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ClusterAndContainerRecommendationsTest
{
    private static final String PREFIX = "arn:aws:rds:us-east-1:" + ACCOUNT + ":";

    private final Recommender recommender = Recommender.ruleBased();

    @Test
    void upgradesAMultiAzDbClusterPastStandardSupportAndItsMembersFollow()
    {
        Resource cluster = cluster("payments", "postgres", "12.19", "db.m6gd.large");
        Resource writer = member("payments-1", "postgres", "12.19");
        Resource reader = member("payments-2", "postgres", "12.19");

        List<Recommendation> recommendations = recommend(List.of(cluster, writer, reader), BusinessGoals.DEFAULT);

        assertThat(recommendations).extracting(Recommendation::resourceId, Recommendation::strategy, Recommendation::target, Recommendation::ruleId).containsExactly(
                tuple(cluster.id(), Strategy.REPLATFORM, "Amazon RDS for PostgreSQL 17", "F2"),
                tuple(writer.id(), Strategy.REPLATFORM, "Amazon RDS for PostgreSQL 17", "A0"),
                tuple(reader.id(), Strategy.REPLATFORM, "Amazon RDS for PostgreSQL 17", "A0"));
        Recommendation member = recommendations.get(1);
        assertThat(member.reason()).isEqualTo("A member of DB cluster payments, which is recommended Replatform to Amazon RDS for PostgreSQL 17 (F2): "
                + "it moves with its DB cluster.");
        assertThat(member.evidence()).containsExactly("memberOf=" + cluster.id(), "groupRule=F2");
        assertThat(member.confidence()).isEqualTo(recommendations.getFirst().confidence());
    }

    @Test
    void makesAMemberThatOnlyItsClusterNamesFollowTheClusterAsTheGraphGroupsThem()
    {
        // An inventory pieced together from separate exports: the cluster lists the instance, the instance does not name the cluster.
        Resource cluster = new Resource(PREFIX + "cluster:payments", ResourceType.RDS_DB_CLUSTER, ACCOUNT, "us-east-1", "payments", OWNED, null,
                new ResourceDetails.RdsDbCluster("payments", "postgres", "12.19", "provisioned", List.of(new ResourceDetails.ClusterMember("payments-1", true)),
                        true, 400, "io1", 0, true, "db.m6gd.large", null, "payments.example", null, 5432, 7, true, null, null));
        Resource writer = new Resource(PREFIX + "db:payments-1", ResourceType.RDS_DB_INSTANCE, ACCOUNT, "us-east-1", "payments-1", OWNED, null,
                new ResourceDetails.RdsDbInstance("payments-1", "db.m6gd.large", "postgres", "12.19", null, 400, "io1", false, false, "payments-1.example", 5432, null));

        List<Recommendation> recommendations = recommend(List.of(cluster, writer), BusinessGoals.DEFAULT);

        assertThat(recommendations).extracting(Recommendation::resourceId, Recommendation::strategy, Recommendation::ruleId).containsExactly(
                tuple(cluster.id(), Strategy.REPLATFORM, "F2"),
                tuple(writer.id(), Strategy.REPLATFORM, "A0"));
    }

    @Test
    void reportsAnAuroraClusterWhoseVersionTheTableDoesNotListAsOfUnknownLifecycleWithItsInstances()
    {
        Resource cluster = cluster("ledger", "aurora-postgresql", "18.1", null);
        Resource writer = member("ledger-1", "aurora-postgresql", "18.1");

        List<Recommendation> recommendations = recommend(List.of(cluster, writer), BusinessGoals.DEFAULT);

        assertThat(recommendations.getFirst().ruleId()).isEqualTo("H3");
        assertThat(recommendations.getFirst().strategy()).isEqualTo(Strategy.RETAIN);
        assertThat(recommendations.getFirst().reason()).isEqualTo("Already on Amazon Aurora (aurora-postgresql 18.1), but its lifecycle status is unknown: "
                + "the lifecycle table does not list aurora-postgresql 18.1, so it is not known to be supported. Check it on the engine's release calendar "
                + "in the AWS documentation before leaving it as it is.");
        assertThat(recommendations.get(1).ruleId()).isEqualTo("A0");
        assertThat(recommendations.get(1).strategy()).isEqualTo(Strategy.RETAIN);
    }

    @Test
    void upgradesARedisReplicationGroupOnAnOldEngineWithItsNodes()
    {
        Resource group = new Resource("arn:aws:elasticache:us-east-1:" + ACCOUNT + ":replicationgroup:carts", ResourceType.ELASTICACHE_REPLICATION_GROUP,
                ACCOUNT, "us-east-1", "carts", OWNED, null, new ResourceDetails.ElastiCacheReplicationGroup("carts", "carts", "redis", "5.0.6",
                        "cache.m6g.large", List.of("carts-001"), 1, false, "enabled", true, true, true, 6379, 1));
        Resource node = new Resource("arn:aws:elasticache:us-east-1:" + ACCOUNT + ":cluster:carts-001", ResourceType.ELASTICACHE_CLUSTER, ACCOUNT, "us-east-1",
                "carts-001", OWNED, null, new ResourceDetails.ElastiCacheCluster("carts-001", "cache.m6g.large", "redis", "5.0.6", 1, "carts", 6379));

        List<Recommendation> recommendations = recommend(List.of(group, node), BusinessGoals.DEFAULT);

        assertThat(recommendations).extracting(Recommendation::resourceId, Recommendation::strategy, Recommendation::target, Recommendation::ruleId).containsExactly(
                tuple(node.id(), Strategy.REPLATFORM, "Amazon ElastiCache for Redis OSS 7.1", "A0"),
                tuple(group.id(), Strategy.REPLATFORM, "Amazon ElastiCache for Redis OSS 7.1", "F2"));
        assertThat(recommendations.getFirst().reason()).startsWith("A member of replication group carts, which is recommended Replatform");
    }

    @Test
    void doesNotTakeAGroupsOwnNodesForUsersOfIt()
    {
        Resource group = new Resource("arn:aws:elasticache:us-east-1:" + ACCOUNT + ":replicationgroup:carts", ResourceType.ELASTICACHE_REPLICATION_GROUP,
                ACCOUNT, "us-east-1", "carts", Map.of(), null, new ResourceDetails.ElastiCacheReplicationGroup("carts", "carts", "redis", "7.1.0",
                        "cache.m6g.large", List.of("carts-001"), 1, false, "enabled", true, true, true, 6379, 1));
        Resource node = new Resource("arn:aws:elasticache:us-east-1:" + ACCOUNT + ":cluster:carts-001", ResourceType.ELASTICACHE_CLUSTER, ACCOUNT, "us-east-1",
                "carts-001", OWNED, null, new ResourceDetails.ElastiCacheCluster("carts-001", "cache.m6g.large", "redis", "7.1.0", 1, "carts", 6379));
        List<DependencyEdge> membership = List.of(
                new DependencyEdge(node.id(), group.id(), EdgeKind.CONFIGURED, -1, null, 0, 0, "member"),
                new DependencyEdge(group.id(), node.id(), EdgeKind.CONFIGURED, -1, null, 0, 0, "member"));

        Recommendation recommendation = recommender.recommend(inventory(List.of(group, node), List.of()), graph(List.of(group, node), membership), AS_OF,
                BusinessGoals.DEFAULT).getLast();

        // untagged, but only its own node points at it: not an unknown application in use (C3)
        assertThat(recommendation.resourceId()).isEqualTo(group.id());
        assertThat(recommendation.ruleId()).isEqualTo("H1");
    }

    @Test
    void leavesOutAnEngineVersionThatTheInventoryDoesNotKnow()
    {
        Resource group = new Resource("arn:aws:elasticache:us-east-1:" + ACCOUNT + ":replicationgroup:carts", ResourceType.ELASTICACHE_REPLICATION_GROUP,
                ACCOUNT, "us-east-1", "carts", Map.of(), null, new ResourceDetails.ElastiCacheReplicationGroup("carts", "carts", "redis", null,
                        "cache.m6g.large", List.of(), 1, false, "enabled", true, true, true, 6379, 1));

        Recommendation recommendation = recommender.recommend(inventory(List.of(group), List.of()), graph(List.of(group), List.of()), AS_OF,
                BusinessGoals.DEFAULT).getFirst();

        assertThat(recommendation.reason()).contains("(redis, version unknown), but its lifecycle status is unknown").doesNotContain("null");
    }

    @Test
    void movesAServiceToFargateWhenItsTaskDefinitionShowsNothingTiesItToEc2()
    {
        ResourceDetails.TaskDefinition definition = new ResourceDetails.TaskDefinition("arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/cart:7", "cart", 7,
                List.of("EC2"), List.of("EC2", "FARGATE"), "bridge", 512, 1024, null, null, null, null, List.of(),
                List.of(new ResourceDetails.Container("app", "cart:1.4", 512, 1024, false, true)));
        Resource service = service("cart", "REPLICA", definition);

        Recommendation managed = recommend(List.of(service), new BusinessGoals(3, 4, 3, 3)).getFirst();

        assertThat(managed.ruleId()).isEqualTo("G6");
        assertThat(managed.strategy()).isEqualTo(Strategy.REPLATFORM);
        assertThat(managed.target()).isEqualTo("AWS Fargate");
        assertThat(managed.confidence()).isEqualTo(0.64);
        assertThat(managed.reason()).isEqualTo("ECS service on the EC2 launch type and the operational-overhead goal is 4: run its tasks on AWS Fargate: "
                + "task definition cart:7 needs no privileged mode, host volumes or daemons and ECS already validated it for Fargate; its network mode bridge "
                + "becomes awsvpc, so each task gets its own network interface and port mappings change.");
        assertThat(managed.evidence()).contains("taskDefinition=cart:7", "networkMode=bridge", "compatibilities=EC2,FARGATE");
    }

    @Test
    void keepsADaemonWithPrivilegedContainersAndHostVolumesOnEc2WhateverTheGoals()
    {
        ResourceDetails.TaskDefinition definition = new ResourceDetails.TaskDefinition("arn:aws:ecs:us-east-1:" + ACCOUNT + ":task-definition/agent:2", "agent", 2,
                List.of(), List.of("EC2"), "host", 0, 0, null, null, "host", null, List.of("docker-socket"),
                List.of(new ResourceDetails.Container("agent", "datadog/agent:7", 0, 256, true, true)));
        Resource service = service("agent", "DAEMON", definition);

        Recommendation managed = recommend(List.of(service), new BusinessGoals(3, 5, 3, 3)).getFirst();

        assertThat(managed.ruleId()).isEqualTo("G6");
        assertThat(managed.strategy()).isEqualTo(Strategy.RETAIN);
        assertThat(managed.reason()).isEqualTo("ECS service on the EC2 launch type that needs what AWS Fargate does not offer (daemon scheduling (one task on every "
                + "container instance), privileged container agent, host volume docker-socket, host PID namespace): keep it on its EC2 capacity.");
        assertThat(managed.evidence()).contains("fargateBlocker=privileged container agent", "fargateBlocker=host volume docker-socket");
    }

    @Test
    void retiresAClusterWhoseMembersAreAllIdleAndTheMembersFollow()
    {
        Resource cluster = cluster("ledger", "aurora-postgresql", "15.4", null);
        Resource writer = member("ledger-1", "aurora-postgresql", "15.4");
        Resource reader = member("ledger-2", "aurora-postgresql", "15.4");
        List<Resource> resources = List.of(cluster, writer, reader);
        List<Utilization> idle = List.of(usage(writer, cpu(2.5, 3.0)), usage(reader, cpu(1.5, 2.0)));

        List<Recommendation> recommendations = recommender.recommend(inventory(resources, idle), graph(resources, membership(cluster, writer, reader)),
                AS_OF, BusinessGoals.DEFAULT);

        assertThat(recommendations).extracting(Recommendation::resourceId, Recommendation::strategy, Recommendation::ruleId).containsExactly(
                tuple(cluster.id(), Strategy.RETIRE, "B1"),
                tuple(writer.id(), Strategy.RETIRE, "A0"),
                tuple(reader.id(), Strategy.RETIRE, "A0"));
        assertThat(recommendations.getFirst().evidence()).contains("cpuAverage=2.5%", "inboundDependencies=0");
    }

    @Test
    void keepsAnIdleLookingClusterWhenOneMemberIsBusyOrUnmeasuredOrSomethingUsesAMember()
    {
        Resource cluster = cluster("ledger", "aurora-postgresql", "15.4", null);
        Resource writer = member("ledger-1", "aurora-postgresql", "15.4");
        Resource reader = member("ledger-2", "aurora-postgresql", "15.4");
        Resource app = lambda("ledger-api", "python3.12");
        List<Resource> resources = List.of(cluster, writer, reader);
        List<DependencyEdge> membership = membership(cluster, writer, reader);

        Recommendation busyReader = recommender.recommend(inventory(resources, List.of(usage(writer, cpu(2.5, 3.0)), usage(reader, cpu(35, 38)))),
                graph(resources, membership), AS_OF, BusinessGoals.DEFAULT).getFirst();
        Recommendation unmeasuredReader = recommender.recommend(inventory(resources, List.of(usage(writer, cpu(2.5, 3.0)))),
                graph(resources, membership), AS_OF, BusinessGoals.DEFAULT).getFirst();
        List<Resource> withApp = List.of(cluster, writer, reader, app);
        List<DependencyEdge> appEdges = new ArrayList<>(membership);
        appEdges.add(observed(app, writer, 4_000));
        Recommendation used = recommender.recommend(inventory(withApp, List.of(usage(writer, cpu(2.5, 3.0)), usage(reader, cpu(1.5, 2.0)))),
                graph(withApp, appEdges), AS_OF, BusinessGoals.DEFAULT).stream().filter(recommendation -> recommendation.resourceId().equals(cluster.id()))
                .findFirst().orElseThrow();

        assertThat(busyReader.strategy()).isNotEqualTo(Strategy.RETIRE);
        assertThat(unmeasuredReader.strategy()).isNotEqualTo(Strategy.RETIRE);
        assertThat(used.ruleId()).isEqualTo("B5");
        assertThat(used.reason()).contains("1 resource depends on it (ledger-api)");
    }

    /** Configured edges both ways between a cluster and each member, as the graph's membership edges are. */
    private static List<DependencyEdge> membership(Resource cluster, Resource... members)
    {
        List<DependencyEdge> edges = new ArrayList<>();
        for (Resource member : members) {
            edges.add(new DependencyEdge(member.id(), cluster.id(), EdgeKind.CONFIGURED, -1, null, 0, 0, member.name() + " is a member of " + cluster.name()));
            edges.add(new DependencyEdge(cluster.id(), member.id(), EdgeKind.CONFIGURED, -1, null, 0, 0, cluster.name() + " has member " + member.name()));
        }
        return edges;
    }

    private List<Recommendation> recommend(List<Resource> resources, BusinessGoals goals)
    {
        return recommender.recommend(inventory(resources, List.of()), graph(resources, List.of()), AS_OF, goals);
    }

    private static Resource cluster(String name, String engine, String version, String instanceClass)
    {
        return new Resource(PREFIX + "cluster:" + name, ResourceType.RDS_DB_CLUSTER, ACCOUNT, "us-east-1", name, OWNED, null,
                new ResourceDetails.RdsDbCluster(name, engine, version, "provisioned", List.of(new ResourceDetails.ClusterMember(name + "-1", true)), true,
                        engine.startsWith("aurora") ? 1 : 400, engine.startsWith("aurora") ? "aurora" : "io1", 0, true, instanceClass, null, name + ".example",
                        null, 5432, 7, true, null, null));
    }

    private static Resource member(String name, String engine, String version)
    {
        String cluster = name.substring(0, name.lastIndexOf('-'));
        return new Resource(PREFIX + "db:" + name, ResourceType.RDS_DB_INSTANCE, ACCOUNT, "us-east-1", name, OWNED, null,
                new ResourceDetails.RdsDbInstance(name, "db.m6gd.large", engine, version, null, 400, "io1", false, false, name + ".example", 5432, null, cluster));
    }

    private static Resource service(String name, String scheduling, ResourceDetails.TaskDefinition definition)
    {
        return new Resource("arn:aws:ecs:us-east-1:" + ACCOUNT + ":service/shop/" + name, ResourceType.ECS_SERVICE, ACCOUNT, "us-east-1", name, OWNED, null,
                new ResourceDetails.EcsService("arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/shop", name, "EC2", 2, 2, definition.taskDefinitionArn(), List.of(),
                        scheduling, definition));
    }
}
