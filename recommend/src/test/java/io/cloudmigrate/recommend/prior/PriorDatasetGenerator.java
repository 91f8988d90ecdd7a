package io.cloudmigrate.recommend.prior;

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
import io.cloudmigrate.recommend.BusinessGoals;
import io.cloudmigrate.recommend.internal.ExampleTable;
import io.cloudmigrate.recommend.internal.PriorLabels;
import io.cloudmigrate.recommend.internal.TrainingExample;
import io.cloudmigrate.scoring.LifecycleCatalog;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * Writes the prior dataset (recommend's {@code prior/strategy-prior-v3.csv}): {@value #ESTATES} synthetic
 * estates of {@value #RESOURCES_PER_ESTATE} resources, each with its own business goals, sampled from a
 * fixed seed over the facts the rules read (the sampling plan is in recommend's README), and labelled
 * by the rubric's rules through {@link PriorLabels}; then the rubric's worked cases. The same seed gives
 * the same bytes: {@code PriorDatasetTest} checks that the committed file is exactly this output.
 */
public final class PriorDatasetGenerator
{
    public static final long SEED = 7_2026_11_22L;
    public static final int ESTATES = 100;
    public static final int RESOURCES_PER_ESTATE = 40;
    public static final LocalDate AS_OF = LocalDate.of(2026, 11, 22);
    private static final long HISTORY_SEED = 20261205L;
    static final String ACCOUNT = "111122223333";

    private static final String[][] OPERATING_SYSTEMS = {
            {"Amazon Linux", "2023"}, {"Amazon Linux", "2023"}, {"Amazon Linux", "2"}, {"Microsoft Windows Server 2012 R2 Standard", "6.3.9600"},
            {"Microsoft Windows Server 2016 Datacenter", "10.0.14393"}, {"Microsoft Windows Server 2022 Datacenter", "10.0.20348"},
            {"Ubuntu", "22.04"}, {"Ubuntu", "18.04"}, {"CentOS Linux", "7"}, {"Red Hat Enterprise Linux", "9.4"}, {null, null}};
    private static final String[][] SOFTWARE = {
            {}, {"openssh-server 8.7p1"}, {"openssh-server 8.7p1"}, {"openssh-server 8.7p1"}, {"mysql-community-server 8.4.2"}, {"mysql-community-server 5.7.44"},
            {"postgresql15-server 15.6"}, {"postgresql16-server 16.4"}, {"Microsoft SQL Server 2019 (64-bit)"}, {"Microsoft SQL Server 2014 (64-bit)"},
            {"Oracle Database 19c Enterprise Edition"}, {"Oracle Database 19c Enterprise Edition", "Oracle Real Application Clusters 19c"},
            {"redis6 6.2.14"}, {"memcached 1.6.21"}, {"Atlassian Jira Server 8.20.1"}};
    private static final String[][] RDS_ENGINES = {
            {"postgres", "12.15"}, {"postgres", "13.11"}, {"postgres", "15.6"}, {"postgres", "16.4"}, {"postgres", "17.2"}, {"mysql", "5.7.44"}, {"mysql", "8.0.36"},
            {"mysql", "8.4.3"}, {"sqlserver-se", "15.00.4345.5.v1"}};
    private static final String[] RUNTIMES = {"python3.12", "python3.13", "python3.9", "nodejs22.x", "nodejs18.x", "java21", "java8.al2", "dotnet8"};
    private static final String[] VOLUME_TYPES = {"gp3", "gp3", "gp2", "gp2", "io1", "st1"};
    private static final String[] ENVIRONMENTS = {"production", "production", "prod", "dev", "test", "staging", "sandbox", null};

    private PriorDatasetGenerator() {}

    public static String generate()
    {
        SplittableRandom random = new SplittableRandom(SEED);
        PriorLabels labels = new PriorLabels(LifecycleCatalog.bundled());
        List<TrainingExample> examples = new ArrayList<>();
        for (int estate = 0; estate < ESTATES; estate++) {
            BusinessGoals goals = new BusinessGoals(weight(random), weight(random), weight(random), weight(random));
            List<Resource> resources = new ArrayList<>();
            List<Utilization> utilization = new ArrayList<>();
            for (int index = 0; index < RESOURCES_PER_ESTATE; index++) {
                String name = "e" + estate + "-r" + index;
                Resource resource = resource(random, name);
                resources.add(resource);
                usage(random, resource).ifPresent(utilization::add);
            }
            List<DependencyEdge> edges = new ArrayList<>();
            for (Resource target : resources) {
                if (attachedToNothing(target)) {
                    continue;
                }
                int callers = random.nextInt(10) < 6 ? 0 : random.nextInt(1, 4);
                for (int caller = 0; caller < callers; caller++) {
                    Resource source = resources.get(random.nextInt(resources.size()));
                    if (!source.id().equals(target.id()) && !attachedToNothing(source)) {
                        edges.add(new DependencyEdge(source.id(), target.id(), EdgeKind.OBSERVED, 443, "tcp", 12, 1_000_000, "flow logs"));
                    }
                }
            }
            examples.addAll(labels.label(inventory(resources, utilization), graph(resources, edges), AS_OF, goals, "prior"));
        }
        examples.addAll(WorkedCases.examples(labels));
        return ExampleTable.write(examples);
    }

    /** A sampled estate of the plan's resources with their utilisation and dependencies, for benchmarks. */
    public record Estate(Inventory inventory, GraphAnalysis graph) {}

    public static Estate estate(long seed, int size)
    {
        SplittableRandom random = new SplittableRandom(seed);
        List<Resource> resources = new ArrayList<>();
        List<Utilization> utilization = new ArrayList<>();
        for (int index = 0; index < size; index++) {
            Resource resource = resource(random, "b-r" + index);
            resources.add(resource);
            usage(random, resource).ifPresent(utilization::add);
        }
        List<DependencyEdge> edges = new ArrayList<>();
        for (int index = 1; index < size; index += 3) {
            edges.add(new DependencyEdge(resources.get(index - 1).id(), resources.get(index).id(), EdgeKind.OBSERVED, 443, "tcp", 12, 1_000_000, "flow logs"));
        }
        return new Estate(inventory(resources, utilization), graph(resources, edges));
    }

    /** A volume attached to nothing neither calls nor is called: flow logs cannot show an edge to it. */
    private static boolean attachedToNothing(Resource resource)
    {
        return resource.type() == ResourceType.EBS_VOLUME;
    }

    private static int weight(SplittableRandom random)
    {
        return random.nextInt(BusinessGoals.WEIGHT_MINIMUM, BusinessGoals.WEIGHT_MAXIMUM + 1);
    }

    private static Resource resource(SplittableRandom random, String name)
    {
        return withHistory(kindOf(random, name), new SplittableRandom(HISTORY_SEED ^ name.hashCode()));
    }

    /**
     * Data size, age and licence model, which the rules do not read: drawn from their own random stream per
     * resource, so that the rest of the sample (and every label) is what it was before these features existed.
     * Sizes are log-uniform from 1 GB to 16 TB with 1 in 10 unknown; ages up to 8 years; 1 in 3 Windows
     * instances and SQL Server databases bring their own licence, and 1 in 3 SQL Server instances run on a
     * licence-included SQL Server AMI.
     */
    private static Resource withHistory(Resource resource, SplittableRandom random)
    {
        int storage = random.nextInt(10) == 0 ? 0 : (int) Math.round(Math.pow(2, random.nextDouble(0, 14)));
        String launched = AS_OF.minusDays(random.nextInt(1, 8 * 365)) + "T00:00:00Z";
        boolean byol = random.nextInt(3) == 0;
        boolean sqlServerAmi = random.nextInt(3) == 0;
        ResourceDetails details = resource.details();
        if (details instanceof ResourceDetails.Ec2Instance instance) {
            boolean windows = instance.platform().startsWith("Windows");
            boolean sqlServer = instance.software().stream().anyMatch(software -> software.contains("SQL Server"));
            String platform = !windows ? instance.platform() : byol ? "Windows BYOL" : sqlServer && sqlServerAmi ? "Windows with SQL Server Standard" : "Windows";
            details = new ResourceDetails.Ec2Instance(instance.instanceId(), instance.instanceType(), instance.state(), platform, instance.operatingSystem(),
                    instance.operatingSystemVersion(), instance.architecture(), instance.imageId(), launched, instance.software(), instance.ebsVolumeIds(), storage,
                    instance.imdsHttpTokens(), List.of());
        }
        else if (details instanceof ResourceDetails.RdsDbInstance database) {
            details = new ResourceDetails.RdsDbInstance(database.dbInstanceIdentifier(), database.dbInstanceClass(), database.engine(), database.engineVersion(),
                    database.engine().startsWith("sqlserver") ? byol ? "bring-your-own-license" : "license-included" : database.licenseModel(), storage,
                    database.storageType(), database.multiAz(), database.publiclyAccessible(), database.endpointAddress(), database.port(),
                    database.readReplicaSourceIdentifier());
        }
        else if (details instanceof ResourceDetails.UnattachedVolume volume) {
            details = new ResourceDetails.UnattachedVolume(volume.volumeId(), volume.volumeType(), volume.sizeGb(), volume.iops(), volume.throughputMibps(),
                    volume.encrypted(), volume.availabilityZone(), volume.state(), volume.snapshotId(), launched);
        }
        else if (details instanceof ResourceDetails.S3Bucket bucket) {
            details = new ResourceDetails.S3Bucket(bucket.bucketName(), launched, bucket.versioning(), bucket.encryption(), bucket.sizeBytes(), bucket.objectCount(), bucket.storageTypes());
        }
        return new Resource(resource.id(), resource.type(), resource.accountId(), resource.region(), resource.name(), resource.tags(), resource.network(), details);
    }

    private static Resource kindOf(SplittableRandom random, String name)
    {
        Map<String, String> tags = tags(random);
        int kind = random.nextInt(100);
        if (kind < 42) {
            String[] os = pick(random, OPERATING_SYSTEMS);
            String[] software = random.nextInt(10) == 0 ? new String[0] : pick(random, SOFTWARE);
            String family = pick(random, new String[] {"m5", "m6i", "m7g", "t2", "c5", "r6i", "m4"});
            return ec2(name, tags, os[0], os[1], family + ".large", family.endsWith("g") ? "arm64" : "x86_64", List.of(software));
        }
        if (kind < 45) {
            return volume(random, name, tags);
        }
        if (kind < 60) {
            String[] engine = pick(random, RDS_ENGINES);
            return new Resource("arn:aws:rds:us-east-1:" + ACCOUNT + ":db:" + name, ResourceType.RDS_DB_INSTANCE, ACCOUNT, "us-east-1", name, tags, null,
                    new ResourceDetails.RdsDbInstance(name, "db.m6g.large", engine[0], engine[1], "general-public-license", 100, "gp3", true, false, name + ".example", 5432, null));
        }
        if (kind < 68) {
            String version = pick(random, new String[] {"5.0.6", "6.2.6", "7.1.0"});
            return new Resource("arn:aws:elasticache:us-east-1:" + ACCOUNT + ":cluster:" + name, ResourceType.ELASTICACHE_CLUSTER, ACCOUNT, "us-east-1", name, tags, null,
                    new ResourceDetails.ElastiCacheCluster(name, "cache.m6g.large", "redis", version, 2, null, 6379));
        }
        if (kind < 78) {
            return new Resource("arn:aws:lambda:us-east-1:" + ACCOUNT + ":function:" + name, ResourceType.LAMBDA_FUNCTION, ACCOUNT, "us-east-1", name, tags, null,
                    new ResourceDetails.LambdaFunction(name, pick(random, RUNTIMES), "index.handler", 256, 30, 2048, random.nextBoolean() ? "arm64" : "x86_64", "Zip"));
        }
        if (kind < 86) {
            boolean classic = random.nextBoolean();
            List<String> targets = random.nextInt(8) == 0 ? List.of() : List.of("i-web");
            return new Resource("arn:aws:elasticloadbalancing:us-east-1:" + ACCOUNT + ":loadbalancer/" + name, classic ? ResourceType.LOAD_BALANCER : ResourceType.LOAD_BALANCER_V2,
                    ACCOUNT, "us-east-1", name, tags, null, new ResourceDetails.LoadBalancer(name, classic ? "classic" : "application", "internet-facing", name + ".example",
                    List.of(new ResourceDetails.Listener(random.nextBoolean() ? "HTTPS" : "TCP", 443, 8443)), List.of(), targets));
        }
        if (kind < 94) {
            return new Resource("arn:aws:s3:::" + name, ResourceType.S3_BUCKET, ACCOUNT, "us-east-1", name, tags, null,
                    new ResourceDetails.S3Bucket(name, "2022-01-01T00:00:00Z", "Enabled", "AES256", random.nextLong(0, 1L << 40), random.nextLong(0, 1_000_000), List.of()));
        }
        if (kind < 96) {
            return new Resource("arn:aws:apigateway:us-east-1::/restapis/" + name, ResourceType.API_GATEWAY_REST_API, ACCOUNT, "us-east-1", name, tags, null,
                    new ResourceDetails.ApiGateway(name, "REST", "REGIONAL", List.of()));
        }
        if (kind < 97) {
            return new Resource("arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/" + name, ResourceType.ECS_CLUSTER, ACCOUNT, "us-east-1", name, tags, null,
                    new ResourceDetails.EcsCluster(name, 1, 2));
        }
        int running = random.nextInt(10) == 0 ? 0 : 2;
        return new Resource("arn:aws:ecs:us-east-1:" + ACCOUNT + ":service/shop/" + name, ResourceType.ECS_SERVICE, ACCOUNT, "us-east-1", name, tags, null,
                new ResourceDetails.EcsService("arn:aws:ecs:us-east-1:" + ACCOUNT + ":cluster/shop", name, random.nextBoolean() ? "EC2" : "FARGATE", 2, running, "task:1", List.of()));
    }

    /**
     * An EBS volume attached to nothing: gp2, gp3, io1 or st1 (st1 at its 125 GB minimum and up), 1 GB to 4 TB, created from a snapshot
     * or not; 1 in 5 carries a legal hold of its own besides the estate-wide tags, so the prior sees held volumes kept (C1).
     */
    private static Resource volume(SplittableRandom random, String name, Map<String, String> estateTags)
    {
        Map<String, String> tags = new TreeMap<>(estateTags);
        if (random.nextInt(5) == 0) {
            tags.put("legal_hold", "case-" + random.nextInt(100));
        }
        String type = pick(random, VOLUME_TYPES);
        int size = (int) Math.round(Math.pow(2, random.nextDouble("st1".equals(type) ? 7 : 0, 12)));
        Integer iops = switch (type) {
            case "gp3" -> 3000;
            case "gp2" -> Math.max(100, 3 * size);
            case "io1" -> random.nextInt(1, 33) * 1000;
            default -> null;
        };
        Integer throughput = "gp3".equals(type) ? 125 : null;
        String snapshot = random.nextBoolean() ? "snap-" + name : null;
        return new Resource("arn:aws:ec2:us-east-1:" + ACCOUNT + ":volume/vol-" + name, ResourceType.EBS_VOLUME, ACCOUNT, "us-east-1", name, tags, null,
                new ResourceDetails.UnattachedVolume("vol-" + name, type, size, iops, throughput, random.nextBoolean(), "us-east-1a", "available", snapshot,
                        "2024-01-01T00:00:00Z"));
    }

    static Resource ec2(String name, Map<String, String> tags, String os, String version, String type, String architecture, List<String> software)
    {
        String platform = os != null && os.toLowerCase(java.util.Locale.ROOT).contains("windows") ? "Windows" : "Linux/UNIX";
        return new Resource("arn:aws:ec2:us-east-1:" + ACCOUNT + ":instance/i-" + name, ResourceType.EC2_INSTANCE, ACCOUNT, "us-east-1", name, tags,
                new NetworkPlacement("vpc-1", List.of("subnet-1"), List.of(), List.of(), List.of("10.0.0.1"), List.of()),
                new ResourceDetails.Ec2Instance("i-" + name, type, "running", platform, os, version, architecture, "ami-1", "2024-01-01T00:00:00Z", software, List.of("vol-1"), 100,
                        "required", List.of()));
    }

    private static Map<String, String> tags(SplittableRandom random)
    {
        Map<String, String> tags = new TreeMap<>();
        if (random.nextInt(10) != 0) {
            tags.put("owner", "team-" + random.nextInt(5));
            tags.put("app", "app-" + random.nextInt(9));
        }
        String environment = pick(random, ENVIRONMENTS);
        if (environment != null) {
            tags.put("Environment", environment);
        }
        int special = random.nextInt(100);
        if (special < 4) {
            tags.put("compliance", "pci");
        }
        else if (special < 7) {
            tags.put("role", "dr-passive");
        }
        return tags;
    }

    /** The utilisation profiles of the plan: none, idle, steady, bursty; windows of 90, 30 or 21 days; memory measured or not. */
    private static java.util.Optional<Utilization> usage(SplittableRandom random, Resource resource)
    {
        if (resource.type() == ResourceType.EBS_VOLUME) {
            // CloudWatch reports no utilisation for a volume attached to nothing; a scan has none to give
            return java.util.Optional.empty();
        }
        int profile = random.nextInt(10);
        if (profile == 0) {
            return java.util.Optional.empty();
        }
        int days = random.nextInt(10) < 7 ? 90 : random.nextBoolean() ? 30 : 21;
        double cpu;
        double p95;
        if (profile < 4) {
            cpu = random.nextDouble(0.2, 5);
            p95 = cpu * random.nextDouble(1, 3);
        }
        else if (profile < 6) {
            cpu = random.nextDouble(5, 20);
            p95 = cpu * random.nextDouble(1, 2);
        }
        else if (profile < 8) {
            cpu = random.nextDouble(20, 70);
            p95 = Math.min(100, cpu * random.nextDouble(1, 1.5));
        }
        else {
            cpu = random.nextDouble(2, 9);
            p95 = Math.min(100, cpu * random.nextDouble(4.5, 9));
        }
        boolean idle = profile < 6;
        List<MetricSummary> metrics = new ArrayList<>();
        metrics.add(summary(MetricName.CPU_UTILIZATION, cpu, p95, days));
        switch (resource.type()) {
            case EC2_INSTANCE -> {
                if (random.nextBoolean()) {
                    metrics.add(summary(MetricName.MEMORY_UTILIZATION, idle ? random.nextDouble(1, 8) : random.nextDouble(20, 80), 0, days));
                }
                double megabytes = idle && random.nextBoolean() ? random.nextDouble(0.1, 4) : random.nextDouble(50, 7000);
                metrics.add(summary(MetricName.NETWORK_IN, megabytes * 1_000_000 / 2, 0, days));
                metrics.add(summary(MetricName.NETWORK_OUT, megabytes * 1_000_000 / 2, 0, days));
            }
            case RDS_DB_INSTANCE -> metrics.add(zeroOr(random, MetricName.DATABASE_CONNECTIONS, idle, days));
            case ELASTICACHE_CLUSTER -> metrics.add(zeroOr(random, MetricName.CURRENT_CONNECTIONS, idle, days));
            case LAMBDA_FUNCTION -> {
                metrics.clear();
                metrics.add(zeroOr(random, MetricName.INVOCATIONS, idle, days));
            }
            case LOAD_BALANCER, LOAD_BALANCER_V2 -> {
                metrics.clear();
                double requests = idle ? random.nextDouble(0, 99) : random.nextDouble(500, 100_000);
                metrics.add(new MetricSummary(MetricName.REQUEST_COUNT, requests, requests, requests, days));
            }
            case ECS_SERVICE, VPC, SUBNET, ROUTE_TABLE, NAT_GATEWAY, VPC_ENDPOINT, ECS_CLUSTER, S3_BUCKET, API_GATEWAY_REST_API, API_GATEWAY_HTTP_API,
                 RDS_DB_CLUSTER, ELASTICACHE_REPLICATION_GROUP -> { }
        }
        return java.util.Optional.of(new Utilization(resource.id(), days, metrics));
    }

    private static MetricSummary zeroOr(SplittableRandom random, MetricName name, boolean idle, int days)
    {
        if (idle && random.nextBoolean()) {
            return new MetricSummary(name, 0, 0, 0, days);
        }
        double average = idle ? random.nextDouble(1, 45) : random.nextDouble(20, 500);
        return new MetricSummary(name, average, average * 1.5, average * 2, days);
    }

    private static MetricSummary summary(MetricName name, double average, double p95, int days)
    {
        return new MetricSummary(name, average, p95 == 0 ? average : p95, p95 == 0 ? average : p95, days);
    }

    static Inventory inventory(List<Resource> resources, List<Utilization> utilization)
    {
        return new Inventory(Inventory.SCHEMA_VERSION, "prior", "Prior sample", AS_OF + "T00:00:00Z", new Scope(List.of(ACCOUNT), List.of("us-east-1")),
                resources, List.of(), List.of(), utilization, List.of());
    }

    static GraphAnalysis graph(List<Resource> resources, List<DependencyEdge> edges)
    {
        List<String> ids = resources.stream().map(Resource::id).toList();
        return new GraphAnalysis(ids, edges, List.<MoveGroup>of(), List.of(new MigrationWave(1, ids)), List.of(), List.of());
    }

    private static <T> T pick(SplittableRandom random, T[] values)
    {
        return values[random.nextInt(values.length)];
    }
}
