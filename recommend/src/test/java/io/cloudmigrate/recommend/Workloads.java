package io.cloudmigrate.recommend;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.MetricSummary;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import io.cloudmigrate.discovery.Utilization;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.graph.MoveGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hand-built workloads for recommendation tests. Every resource carries owner and app tags unless a
 * test removes them, so that rule C3 (unknown application) stays out of the way.
 */
public final class Workloads
{
    public static final String ACCOUNT = "111122223333";
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    public static final Map<String, String> OWNED = Map.of("owner", "team-shop", "app", "shop");

    private Workloads() {}

    public static Ec2 ec2(String name)
    {
        return new Ec2(name);
    }

    /** An EC2 instance: m5.large, Amazon Linux 2023 with a small software inventory, owned. */
    public static final class Ec2
    {
        private final String name;
        private String operatingSystem = "Amazon Linux";
        private String operatingSystemVersion = "2023";
        private String platform = "Linux/UNIX";
        private List<String> software = List.of("openssh-server 8.7p1");
        private final Map<String, String> tags = new TreeMap<>(OWNED);

        private Ec2(String name)
        {
            this.name = name;
        }

        public Ec2 operatingSystem(String value, String version)
        {
            operatingSystem = value;
            operatingSystemVersion = version;
            platform = value.toLowerCase().contains("windows") ? "Windows" : "Linux/UNIX";
            return this;
        }

        /** EC2's {@code PlatformDetails}, e.g. {@code Windows BYOL}. */
        public Ec2 platform(String value)
        {
            platform = value;
            return this;
        }

        public Ec2 software(String... values)
        {
            software = List.of(values);
            return this;
        }

        public Ec2 tag(String key, String value)
        {
            tags.put(key, value);
            return this;
        }

        public Ec2 untagged()
        {
            tags.clear();
            return this;
        }

        public Resource build()
        {
            return new Resource("arn:aws:ec2:us-east-1:" + ACCOUNT + ":instance/i-" + name, ResourceType.EC2_INSTANCE, ACCOUNT, "us-east-1", name, tags,
                    new NetworkPlacement("vpc-1", List.of("subnet-1"), List.of(), List.of(), List.of("10.0.0.1"), List.of()),
                    new ResourceDetails.Ec2Instance("i-" + name, "m5.large", "running", platform, operatingSystem, operatingSystemVersion, "x86_64", "ami-1",
                            "2024-01-01T00:00:00Z", software, List.of("vol-1"), 100, "required", List.of()));
        }
    }

    public static Resource rds(String name, String engine, String version)
    {
        return new Resource("arn:aws:rds:us-east-1:" + ACCOUNT + ":db:" + name, ResourceType.RDS_DB_INSTANCE, ACCOUNT, "us-east-1", name, OWNED, null,
                new ResourceDetails.RdsDbInstance(name, "db.m6g.large", engine, version, "general-public-license", 100, "gp3", true, false, name + ".example", 5432, null));
    }

    public static Resource cache(String name, String engine, String version)
    {
        return new Resource("arn:aws:elasticache:us-east-1:" + ACCOUNT + ":cluster:" + name, ResourceType.ELASTICACHE_CLUSTER, ACCOUNT, "us-east-1", name, OWNED, null,
                new ResourceDetails.ElastiCacheCluster(name, "cache.m6g.large", engine, version, 2, null, 6379));
    }

    public static Resource classicLoadBalancer(String name, String protocol)
    {
        return new Resource("arn:aws:elasticloadbalancing:us-east-1:" + ACCOUNT + ":loadbalancer/" + name, ResourceType.LOAD_BALANCER, ACCOUNT, "us-east-1", name,
                OWNED, null, new ResourceDetails.LoadBalancer(name, "classic", "internet-facing", name + ".example",
                List.of(new ResourceDetails.Listener(protocol, 443, 8443)), List.of(), List.of("i-web")));
    }

    public static Resource lambda(String name, String runtime)
    {
        return new Resource("arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:" + name, ResourceType.LAMBDA_FUNCTION, ACCOUNT, "us-east-1", name, OWNED, null,
                new ResourceDetails.LambdaFunction(name, runtime, "index.handler", 256, 30, 2048, "arm64", "Zip"));
    }

    public static Resource unattachedVolume(String volumeId, Map<String, String> tags)
    {
        return new Resource("arn:aws:ec2:us-east-1:" + ACCOUNT + ":volume/" + volumeId, ResourceType.EBS_VOLUME, ACCOUNT, "us-east-1", volumeId, tags,
                NetworkPlacement.NONE, new ResourceDetails.UnattachedVolume(volumeId, "gp3", 100, 3000, 125, true, "us-east-1a", "available", null,
                "2024-05-01T00:00:00Z"));
    }

    public static Resource ecsService(String name, String launchType)
    {
        return new Resource("arn:aws:ecs:us-east-1:" + ACCOUNT + ":service/shop/" + name, ResourceType.ECS_SERVICE, ACCOUNT, "us-east-1", name, OWNED, null,
                new ResourceDetails.EcsService("arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/shop", name, launchType, 2, 2, "task:1", List.of()));
    }

    public static Utilization usage(Resource resource, MetricSummary... metrics)
    {
        return new Utilization(resource.id(), 90, List.of(metrics));
    }

    public static MetricSummary cpu(double average, double p95)
    {
        return new MetricSummary(MetricName.CPU_UTILIZATION, average, p95, p95, 90);
    }

    public static MetricSummary memory(double average)
    {
        return new MetricSummary(MetricName.MEMORY_UTILIZATION, average, average, average, 90);
    }

    public static MetricSummary metric(MetricName name, double average, double maximum)
    {
        return new MetricSummary(name, average, maximum, maximum, 90);
    }

    public static Inventory inventory(List<Resource> resources, List<Utilization> utilization)
    {
        return new Inventory(Inventory.SCHEMA_VERSION, "scan-1", "Shop estate", "2026-11-22T08:30:00Z", new Scope(List.of(ACCOUNT), List.of("us-east-1")),
                resources, List.of(), List.of(), utilization, List.of());
    }

    public static GraphAnalysis graph(List<Resource> nodes, List<DependencyEdge> edges)
    {
        List<String> ids = new ArrayList<>(nodes.stream().map(Resource::id).toList());
        return new GraphAnalysis(ids, edges, List.<MoveGroup>of(), List.of(new MigrationWave(1, ids)), List.of(), List.of());
    }

    public static DependencyEdge observed(Resource source, Resource target, long bytes)
    {
        return new DependencyEdge(source.id(), target.id(), EdgeKind.OBSERVED, 443, "tcp", 12, bytes, "flow logs");
    }
}
