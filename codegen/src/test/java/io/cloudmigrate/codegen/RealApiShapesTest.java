package io.cloudmigrate.codegen;

import io.cloudmigrate.codegen.internal.EstateIndex;
import io.cloudmigrate.codegen.internal.TargetPlanner;
import io.cloudmigrate.codegen.internal.Targets;
import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.Strategy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shapes of real AWS responses that the sample estate never has: the nodes of a cluster-mode Redis
 * group whose group the inventory lacks, Classic Load Balancers that report no subnets, and a function
 * whose runtime upgrade is newer than the provider the Terraform pins.
 */
class RealApiShapesTest
{
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "eu-west-1";
    private static final String CACHE = "arn:aws:elasticache:eu-west-1:111122223333:cluster:";
    private static final String BALANCER = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/";
    private static final List<String> NODES = List.of("grp-0001-001", "grp-0001-002", "grp-0002-001", "grp-0002-002", "grp-0003-001", "grp-0004-001");

    @TempDir
    Path output;

    @Test
    void makesSixNodesOfFourShardsOneClusterModeGroupWithTheSecurityGroupsOfAllItsNodes()
    {
        Targets.Cache cache = wave().caches().getFirst();

        assertThat(wave().caches()).hasSize(1);
        assertThat(cache.clusterId()).isEqualTo("grp");
        assertThat(cache.replicationGroup()).isTrue();
        assertThat(cache.nodeGroups()).isEqualTo(4);
        assertThat(cache.replicasPerNodeGroup()).isEqualTo(1);
        assertThat(cache.nodes()).isZero();
        assertThat(cache.clusterModeParameterGroup()).isEqualTo("default.redis7.cluster.on");
        assertThat(cache.securityGroups()).extracting(Targets.GroupReference::sourceId).containsExactly("sg-0cache", "sg-0extra");
        assertThat(cache.sourceSubnetIds()).containsExactly("subnet-0a", "subnet-0b");
        assertThat(wave().skipped()).filteredOn(skipped -> skipped.name().name().startsWith("grp-")).hasSize(5).allSatisfy(skipped -> assertThat(skipped.reason())
                .startsWith("created as a node of replication group grp with grp-0001-001")
                .contains("its nodes have different security groups, so the group takes all of them (sg-0cache, sg-0extra)")
                .contains("its shards have 1 to 2 nodes in the inventory, and every shard of the target gets 1 replica(s)"));
    }

    @Test
    void givesAClassicLoadBalancerWithoutSubnetsTheSubnetsOfItsInstances()
    {
        assertThat(wave().loadBalancers()).singleElement().satisfies(balancer -> {
            assertThat(balancer.name().name()).isEqualTo("classic-web");
            assertThat(balancer.sourceSubnetIds()).containsExactly("subnet-0a", "subnet-0b");
            assertThat(balancer.sourceVpcId()).isEqualTo("vpc-0c");
        });
    }

    @Test
    void generatesNoLoadBalancerWhoseSubnetsAreUnknownAndSaysWhatToDo()
    {
        assertThat(wave().skipped()).filteredOn(skipped -> skipped.name().name().equals("classic-lonely")).singleElement().satisfies(skipped -> {
            assertThat(skipped.deliberate()).isFalse();
            assertThat(skipped.reason()).startsWith("its subnets are unknown (the inventory names none, as for EC2-Classic");
        });
    }

    @Test
    void generatesNoFunctionWhoseTargetRuntimeThePinnedProviderRefuses()
    {
        assertThat(wave().functions()).isEmpty();
        assertThat(wave().skipped()).filteredOn(skipped -> skipped.name().name().equals("orders")).singleElement()
                .satisfies(skipped -> assertThat(skipped.reason()).startsWith("its target runtime nodejs24.x is newer than the hashicorp/aws 5 provider"));
    }

    @Test
    void recordsWhatIsUnknownInTheRunbookAsUnknown()
            throws IOException
    {
        new ArtifactGenerator().generate(assessment(true), output, GenerationOptions.defaults().withKinds(Set.of(ArtifactKind.RUNBOOK)));

        assertThat(Files.readString(output.resolve("runbooks/wave-01.md")))
                // the instances that move the same way are one step, a row each
                .contains("| untyped | i-untyped: instance type unknown, Linux/UNIX, 0 GiB, no EBS volume |")
                .contains("Record `resizer`: container image, 1024 MB")
                .doesNotContain("null");
    }

    @Test
    void writesTerraformThatValidates()
            throws IOException, InterruptedException
    {
        new ArtifactGenerator().generate(assessment(false), output, GenerationOptions.defaults().withKinds(Set.of(ArtifactKind.TERRAFORM)));

        ExternalTools.assertTerraformValid(output.resolve("terraform/wave-01"));
    }

    private static Targets.Wave wave()
    {
        return new TargetPlanner(new EstateIndex(assessment(false))).plan().getFirst();
    }

    /** @param incomplete with an instance that reports no InstanceType and a container image function (the Terraform templates are not yet ready for the first) */
    private static Assessment assessment(boolean incomplete)
    {
        List<Resource> resources = new ArrayList<>();
        List<Recommendation> recommendations = new ArrayList<>();
        for (String node : NODES) {
            // one node in a second subnet, another with a security group the others lack
            List<String> groups = node.equals("grp-0003-001") ? List.of("sg-0cache", "sg-0extra") : List.of("sg-0cache");
            resources.add(new Resource(CACHE + node, ResourceType.ELASTICACHE_CLUSTER, ACCOUNT, REGION, node, Map.of(),
                    new NetworkPlacement("vpc-0c", List.of(node.endsWith("-002") ? "subnet-0b" : "subnet-0a"), groups, List.of(), List.of(), List.of()),
                    new ResourceDetails.ElastiCacheCluster(node, "cache.r6g.large", "redis", "7.1.0", 1, "grp", 6379)));
            recommendations.add(recommend(CACHE + node, Strategy.REHOST, "Amazon ElastiCache for Redis OSS 7.1"));
        }
        resources.add(instance("web-1", "subnet-0a"));
        resources.add(instance("web-2", "subnet-0b"));
        recommendations.add(recommend(instanceId("web-1"), Strategy.REHOST, "EC2 m5.large"));
        recommendations.add(recommend(instanceId("web-2"), Strategy.REHOST, "EC2 m5.large"));
        if (incomplete) {
            addIncomplete(resources, recommendations);
        }
        resources.add(classic("classic-web", List.of("i-web-1", "i-web-2")));
        resources.add(classic("classic-lonely", List.of("i-gone")));
        recommendations.add(recommend(BALANCER + "classic-web", Strategy.REPLATFORM, "Application Load Balancer"));
        recommendations.add(recommend(BALANCER + "classic-lonely", Strategy.REPLATFORM, "Application Load Balancer"));
        String function = "arn:aws:lambda:eu-west-1:111122223333:function:orders";
        resources.add(new Resource(function, ResourceType.LAMBDA_FUNCTION, ACCOUNT, REGION, "orders", Map.of(), null,
                new ResourceDetails.LambdaFunction("orders", "nodejs22.x", "index.handler", 256, 30, 1024, "arm64", "Zip")));
        recommendations.add(recommend(function, Strategy.REPLATFORM, "AWS Lambda runtime nodejs24.x"));
        List<String> ids = resources.stream().map(Resource::id).toList();
        Inventory inventory = new Inventory(Inventory.SCHEMA_VERSION, "scan-shapes", "Shapes estate", "2026-11-22T00:00:00Z",
                new Scope(List.of(ACCOUNT), List.of(REGION)), resources, List.of(
                        new SecurityGroup("sg-0cache", ACCOUNT, REGION, "vpc-0c", "cache", "cache nodes", Map.of(), List.of(), List.of()),
                        new SecurityGroup("sg-0extra", ACCOUNT, REGION, "vpc-0c", "extra", "one node only", Map.of(), List.of(), List.of())),
                List.of(), List.of(), List.of());
        GraphAnalysis graph = new GraphAnalysis(ids, List.of(), List.of(), List.of(new MigrationWave(1, ids)), List.of(), List.of());
        return new Assessment(Assessment.SCHEMA_VERSION, "shapes", "2026-11-22", inventory, 0, graph, List.of(), List.of(), recommendations);
    }

    private static void addIncomplete(List<Resource> resources, List<Recommendation> recommendations)
    {
        resources.add(new Resource(instanceId("untyped"), ResourceType.EC2_INSTANCE, ACCOUNT, REGION, "untyped", Map.of(), null,
                new ResourceDetails.Ec2Instance("i-untyped", null, "running", "Linux/UNIX", null, null, "x86_64", "ami-0a", null, List.of(), List.of(), 0, null, List.of())));
        recommendations.add(recommend(instanceId("untyped"), Strategy.REHOST, "EC2, instance type unknown (same operating system and stack; choose a type)"));
        String image = "arn:aws:lambda:eu-west-1:111122223333:function:resizer";
        resources.add(new Resource(image, ResourceType.LAMBDA_FUNCTION, ACCOUNT, REGION, "resizer", Map.of(), null,
                new ResourceDetails.LambdaFunction("resizer", null, null, 1024, 60, 0, "x86_64", "Image")));
        recommendations.add(recommend(image, Strategy.RELOCATE, "AWS Lambda in the target account"));
    }

    private static Resource instance(String name, String subnet)
    {
        return new Resource(instanceId(name), ResourceType.EC2_INSTANCE, ACCOUNT, REGION, name, Map.of(),
                new NetworkPlacement("vpc-0c", List.of(subnet), List.of(), List.of(), List.of("10.0.0.1"), List.of()),
                new ResourceDetails.Ec2Instance("i-" + name, "m5.large", "running", "Linux/UNIX", null, null, "x86_64", "ami-0a", null, List.of(), List.of(), 0, null, List.of()));
    }

    private static String instanceId(String name)
    {
        return "arn:aws:ec2:eu-west-1:111122223333:instance/i-" + name;
    }

    // EC2-Classic: the describe call names no VPC and no subnets
    private static Resource classic(String name, List<String> instances)
    {
        return new Resource(BALANCER + name, ResourceType.LOAD_BALANCER, ACCOUNT, REGION, name, Map.of(),
                new NetworkPlacement(null, List.of(), List.of(), List.of(), List.of(), List.of()),
                new ResourceDetails.LoadBalancer(name, "classic", "internet-facing", name + ".example", List.of(new ResourceDetails.Listener("HTTP", 80, 8080)),
                        List.of(), instances));
    }

    private static Recommendation recommend(String id, Strategy strategy, String target)
    {
        return new Recommendation(id, strategy, target, "T", "Chosen for the test.", 0.5, List.of());
    }
}
