package io.cloudmigrate.scoring;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.MetricSummary;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.discovery.SecurityGroupRule;
import io.cloudmigrate.discovery.Utilization;
import io.cloudmigrate.graph.DependencyEdge;
import io.cloudmigrate.graph.EdgeKind;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MoveGroup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Small hand-built estates for tests: resources, utilisation, security groups and graphs.
 */
public final class Estates
{
    public static final String ACCOUNT = "111122223333";
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);

    private Estates() {}

    public static Ec2 ec2(String name)
    {
        return new Ec2(name);
    }

    /** An EC2 instance with sensible defaults: m5.large, Linux, us-east-1, no software, 8 GB of EBS. */
    public static final class Ec2
    {
        private final String name;
        private String region = "us-east-1";
        private String instanceType = "m5.large";
        private String platform = "Linux/UNIX";
        private String operatingSystem;
        private String operatingSystemVersion;
        private List<String> software = List.of();
        private int storageGb = 8;
        private List<ResourceDetails.EbsVolume> volumes = List.of();
        private final Map<String, String> tags = new TreeMap<>();
        private final List<String> publicIps = new ArrayList<>();
        private final List<String> securityGroups = new ArrayList<>();

        private Ec2(String name)
        {
            this.name = name;
        }

        public Ec2 region(String value)
        {
            region = value;
            return this;
        }

        public Ec2 instanceType(String value)
        {
            instanceType = value;
            return this;
        }

        public Ec2 operatingSystem(String name, String version)
        {
            operatingSystem = name;
            operatingSystemVersion = version;
            if (name.toLowerCase().contains("windows")) {
                platform = "Windows";
            }
            return this;
        }

        public Ec2 software(String... values)
        {
            software = List.of(values);
            return this;
        }

        public Ec2 storageGb(int value)
        {
            storageGb = value;
            return this;
        }

        /** The instance's EBS volumes; the storage becomes the sum of their known sizes. */
        public Ec2 volumes(ResourceDetails.EbsVolume... values)
        {
            volumes = List.of(values);
            storageGb = volumes.stream().filter(volume -> volume.sizeGb() != null).mapToInt(ResourceDetails.EbsVolume::sizeGb).sum();
            return this;
        }

        public Ec2 tag(String key, String value)
        {
            tags.put(key, value);
            return this;
        }

        public Ec2 publicIp(String value)
        {
            publicIps.add(value);
            return this;
        }

        public Ec2 securityGroup(String value)
        {
            securityGroups.add(value);
            return this;
        }

        public Resource build()
        {
            String id = "arn:aws:ec2:" + region + ":" + ACCOUNT + ":instance/i-" + name;
            NetworkPlacement network = new NetworkPlacement("vpc-1", List.of("subnet-1"), securityGroups, List.of(), List.of("10.0.0.1"), publicIps);
            ResourceDetails.Ec2Instance details = new ResourceDetails.Ec2Instance("i-" + name, instanceType, "running", platform, operatingSystem,
                    operatingSystemVersion, "x86_64", "ami-1", "2024-01-01T00:00:00Z", software,
                    volumes.stream().map(ResourceDetails.EbsVolume::volumeId).toList(), storageGb, "required", volumes);
            return new Resource(id, ResourceType.EC2_INSTANCE, ACCOUNT, region, name, tags, network, details);
        }
    }

    public static Resource rds(String name, String engine, String version, String instanceClass, int storageGb, Map<String, String> tags, String... securityGroups)
    {
        NetworkPlacement network = new NetworkPlacement("vpc-1", List.of("subnet-1"), List.of(securityGroups), List.of(), List.of(), List.of());
        return new Resource("arn:aws:rds:us-east-1:" + ACCOUNT + ":db:" + name, ResourceType.RDS_DB_INSTANCE, ACCOUNT, "us-east-1", name, tags, network,
                new ResourceDetails.RdsDbInstance(name, instanceClass, engine, version, "general-public-license", storageGb, "gp2", false, false,
                        name + ".example", 5432, null));
    }

    public static Resource classicLoadBalancer(String name, String protocol)
    {
        return new Resource("arn:aws:elasticloadbalancing:us-east-1:" + ACCOUNT + ":loadbalancer/" + name, ResourceType.LOAD_BALANCER, ACCOUNT, "us-east-1",
                name, Map.of(), null, new ResourceDetails.LoadBalancer(name, "classic", "internet-facing", name + ".elb.example",
                List.of(new ResourceDetails.Listener(protocol, 80, 8080)), List.of(), List.of("i-web")));
    }

    /** An EBS volume attached to nothing, in us-east-1. */
    public static Resource unattachedVolume(String volumeId, String volumeType, Integer sizeGb, Integer iops, Integer throughputMibps)
    {
        return new Resource("arn:aws:ec2:us-east-1:" + ACCOUNT + ":volume/" + volumeId, ResourceType.EBS_VOLUME, ACCOUNT, "us-east-1", volumeId, Map.of(),
                NetworkPlacement.NONE, new ResourceDetails.UnattachedVolume(volumeId, volumeType, sizeGb, iops, throughputMibps, true, "us-east-1a", "available",
                        null, "2024-01-01T00:00:00Z"));
    }

    public static Resource lambda(String name, String runtime)
    {
        return new Resource("arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:" + name, ResourceType.LAMBDA_FUNCTION, ACCOUNT, "us-east-1", name,
                Map.of(), null, new ResourceDetails.LambdaFunction(name, runtime, "index.handler", 512, 30, 1024, "x86_64", "Zip"));
    }

    public static SecurityGroup openSecurityGroup(String id, int port)
    {
        return new SecurityGroup(id, ACCOUNT, "us-east-1", "vpc-1", id, "open", Map.of(),
                List.of(new SecurityGroupRule("tcp", port, port, SecurityGroupRule.PeerKind.CIDR_IPV4, "0.0.0.0/0", null)), List.of());
    }

    public static Utilization utilization(Resource resource, MetricSummary... metrics)
    {
        return new Utilization(resource.id(), 90, List.of(metrics));
    }

    public static MetricSummary metric(MetricName name, double average, double p95)
    {
        return new MetricSummary(name, average, p95, p95, 90);
    }

    public static Inventory inventory(List<Resource> resources, List<SecurityGroup> securityGroups, List<Utilization> utilization)
    {
        List<String> regions = resources.stream().map(Resource::region).toList();
        return new Inventory(Inventory.SCHEMA_VERSION, "scan-1", "test estate", "2026-11-22T08:00:00Z", new Scope(List.of(ACCOUNT), regions),
                resources, securityGroups, List.of(), utilization, List.of());
    }

    public static Inventory inventory(Resource... resources)
    {
        return inventory(List.of(resources), List.of(), List.of());
    }

    public static GraphAnalysis graph(List<Resource> nodes, List<DependencyEdge> edges, List<MoveGroup> moveGroups)
    {
        return new GraphAnalysis(nodes.stream().map(Resource::id).toList(), edges, moveGroups, List.of(), List.of(), List.of());
    }

    public static GraphAnalysis graph(Resource... nodes)
    {
        return graph(List.of(nodes), List.of(), List.of());
    }

    public static DependencyEdge edge(Resource source, Resource target, EdgeKind kind, int port)
    {
        return new DependencyEdge(source.id(), target.id(), kind, port, "tcp", 0, 0, kind.name().toLowerCase());
    }

    public static DependencyEdge observed(String source, String target, long bytes)
    {
        return new DependencyEdge(source, target, EdgeKind.OBSERVED, 443, "tcp", 10, bytes, "flow logs");
    }
}
