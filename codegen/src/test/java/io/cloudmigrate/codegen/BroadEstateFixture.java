package io.cloudmigrate.codegen;

import io.cloudmigrate.discovery.Inventory;
import io.cloudmigrate.discovery.NetworkPlacement;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.discovery.ResourceType;
import io.cloudmigrate.discovery.Scope;
import io.cloudmigrate.discovery.SecurityGroup;
import io.cloudmigrate.discovery.SecurityGroupRule;
import io.cloudmigrate.graph.GraphAnalysis;
import io.cloudmigrate.graph.MigrationWave;
import io.cloudmigrate.recommend.Assessment;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.CostEstimate;
import io.cloudmigrate.scoring.RiskLevel;
import io.cloudmigrate.scoring.RiskScore;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.StrategyCost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static io.cloudmigrate.discovery.SecurityGroupRule.PeerKind.CIDR_IPV4;
import static io.cloudmigrate.discovery.SecurityGroupRule.PeerKind.CIDR_IPV6;
import static io.cloudmigrate.discovery.SecurityGroupRule.PeerKind.PREFIX_LIST;
import static io.cloudmigrate.discovery.SecurityGroupRule.PeerKind.SECURITY_GROUP;

/**
 * An estate with every resource type and strategy codegen treats differently: Redis replication
 * groups and a Memcached cluster, Lambda functions (zip with a runtime upgrade, and image), an ECS
 * cluster with services inside and outside the inventory, an ALB and an NLB with TLS, and members no
 * tool generates (Aurora, a replatform to containers, a repurchase, a refactor). Some resources are
 * neither scored nor priced.
 */
final class BroadEstateFixture
{
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "eu-west-1";
    private static final String PREFIX = "arn:aws:ec2:eu-west-1:111122223333:";

    static final String CACHE_A = "arn:aws:elasticache:eu-west-1:111122223333:cluster:sessions-001";
    static final String CACHE_B = "arn:aws:elasticache:eu-west-1:111122223333:cluster:sessions-002";
    static final String MEMCACHE = "arn:aws:elasticache:eu-west-1:111122223333:cluster:fragments";
    static final String AURORA = "arn:aws:rds:eu-west-1:111122223333:db:reports-aurora";
    static final String LOGS = "arn:aws:s3:::acme-logs";
    static final String CLUSTER = "arn:aws:ecs:eu-west-1:111122223333:cluster/apps";
    static final String API_SERVICE = "arn:aws:ecs:eu-west-1:111122223333:service/apps/api";
    static final String WORKER_SERVICE = "arn:aws:ecs:eu-west-1:111122223333:service/other/worker";
    static final String THUMBNAILER = "arn:aws:lambda:eu-west-1:111122223333:function:thumbnailer";
    static final String IMAGE_FUNCTION = "arn:aws:lambda:eu-west-1:111122223333:function:image-fn";
    static final String ALB = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/shop-alb/1";
    static final String NLB = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/tcp-nlb/2";
    static final String APP = PREFIX + "instance/i-0app";
    static final String LEGACY = PREFIX + "instance/i-0legacy";
    static final String ERP = PREFIX + "instance/i-0erp";
    static final String REPORTING = "arn:aws:lambda:eu-west-1:111122223333:function:reporting";

    private BroadEstateFixture() {}

    static Assessment assessment()
    {
        List<String> wave1 = List.of(CACHE_A, CACHE_B, MEMCACHE, AURORA, LOGS, CLUSTER, API_SERVICE, THUMBNAILER, IMAGE_FUNCTION);
        List<String> wave2 = List.of(ALB, NLB, APP, LEGACY, WORKER_SERVICE, ERP, REPORTING);
        List<String> nodes = new ArrayList<>(wave1);
        nodes.addAll(wave2);
        Inventory inventory = new Inventory(Inventory.SCHEMA_VERSION, "scan-broad", "Broad estate", "2025-06-30T00:00:00Z",
                new Scope(List.of(ACCOUNT), List.of(REGION)), resources(), securityGroups(), List.of(), List.of(), List.of());
        GraphAnalysis graph = new GraphAnalysis(nodes, List.of(), List.of(), List.of(new MigrationWave(1, wave1), new MigrationWave(2, wave2)), List.of(), List.of());
        List<Recommendation> recommendations = List.of(
                recommend(CACHE_A, Strategy.REHOST, "Amazon ElastiCache for Redis 7.1"),
                recommend(CACHE_B, Strategy.REHOST, "Amazon ElastiCache for Redis 7.1"),
                recommend(MEMCACHE, Strategy.RELOCATE, "Amazon ElastiCache for Memcached"),
                recommend(AURORA, Strategy.RELOCATE, "Amazon Aurora PostgreSQL"),
                recommend(LOGS, Strategy.RELOCATE, "Amazon S3"),
                recommend(CLUSTER, Strategy.RELOCATE, "Amazon ECS"),
                recommend(API_SERVICE, Strategy.RELOCATE, "Amazon ECS on Fargate"),
                recommend(THUMBNAILER, Strategy.REPLATFORM, "AWS Lambda python3.12"),
                recommend(IMAGE_FUNCTION, Strategy.RELOCATE, "AWS Lambda"),
                recommend(ALB, Strategy.RELOCATE, "Application Load Balancer"),
                recommend(NLB, Strategy.RELOCATE, "Network Load Balancer"),
                recommend(APP, Strategy.REHOST, "Amazon EC2"),
                recommend(LEGACY, Strategy.REPLATFORM, "Amazon ECS on Fargate"),
                recommend(WORKER_SERVICE, Strategy.REHOST, "Amazon ECS"),
                recommend(ERP, Strategy.REPURCHASE, "SaaS ERP"),
                recommend(REPORTING, Strategy.REFACTOR, "AWS Step Functions"));
        return new Assessment(Assessment.SCHEMA_VERSION, "broad", "2025-07-01", inventory, 0, graph,
                List.of(new RiskScore(APP, 60, RiskLevel.HIGH, List.of())),
                List.of(new CostEstimate(APP, 100, 0, List.of(new StrategyCost(Strategy.REHOST, "m7i.xlarge Linux", 140, 300)), "test prices")),
                recommendations);
    }

    private static Recommendation recommend(String id, Strategy strategy, String target)
    {
        return new Recommendation(id, strategy, target, "T", "Chosen for the test.", 0.5, List.of());
    }

    private static NetworkPlacement placement(List<String> subnets, List<String> groups)
    {
        return new NetworkPlacement("vpc-0b", subnets, groups, List.of(), List.of(), List.of());
    }

    private static List<Resource> resources()
    {
        List<String> app = List.of("subnet-0a", "subnet-0b");
        return List.of(
                new Resource(CACHE_A, ResourceType.ELASTICACHE_CLUSTER, ACCOUNT, REGION, "sessions-001", Map.of(), placement(app, List.of("sg-0cache")),
                        new ResourceDetails.ElastiCacheCluster("sessions-001", "cache.r6g.large", "redis", "7.1", 1, "sessions", 6379)),
                new Resource(CACHE_B, ResourceType.ELASTICACHE_CLUSTER, ACCOUNT, REGION, "sessions-002", Map.of(), placement(app, List.of("sg-0cache")),
                        new ResourceDetails.ElastiCacheCluster("sessions-002", "cache.r6g.large", "redis", "7.1", 1, "sessions", 6379)),
                new Resource(MEMCACHE, ResourceType.ELASTICACHE_CLUSTER, ACCOUNT, REGION, "fragments", Map.of(), placement(app, List.of("sg-0cache")),
                        new ResourceDetails.ElastiCacheCluster("fragments", "cache.t3.medium", "memcached", "1.6.22", 2, null, 11211)),
                new Resource(AURORA, ResourceType.RDS_DB_INSTANCE, ACCOUNT, REGION, "reports-aurora", Map.of(), placement(app, List.of()),
                        new ResourceDetails.RdsDbInstance("reports-aurora", "db.r6g.large", "aurora-postgresql", "15.4", null, 1, "aurora", false, false, "r.example", 5432, null)),
                new Resource(LOGS, ResourceType.S3_BUCKET, ACCOUNT, REGION, "acme-logs", Map.of("Name", "logs"), null,
                        new ResourceDetails.S3Bucket("acme-logs", "2020-01-01T00:00:00Z", null, "AES256", -1, 0, List.of())),
                new Resource(CLUSTER, ResourceType.ECS_CLUSTER, ACCOUNT, REGION, "apps", Map.of(), null, new ResourceDetails.EcsCluster("apps", 1, 3)),
                new Resource(API_SERVICE, ResourceType.ECS_SERVICE, ACCOUNT, REGION, "api", Map.of(), placement(app, List.of("sg-0api")),
                        new ResourceDetails.EcsService(CLUSTER, "api", "FARGATE", 3, 3, "arn:aws:ecs:eu-west-1:111122223333:task-definition/api:7", List.of())),
                new Resource(THUMBNAILER, ResourceType.LAMBDA_FUNCTION, ACCOUNT, REGION, "thumbnailer", Map.of(), placement(List.of("subnet-0a"), List.of("sg-0lambda")),
                        new ResourceDetails.LambdaFunction("thumbnailer", "python3.8", "app.handler", 512, 30, 1_000_000, "arm64", "Zip")),
                new Resource(IMAGE_FUNCTION, ResourceType.LAMBDA_FUNCTION, ACCOUNT, REGION, "image-fn", Map.of(), null,
                        new ResourceDetails.LambdaFunction("image-fn", null, null, 1024, 60, 0, "x86_64", "Image")),
                new Resource(ALB, ResourceType.LOAD_BALANCER_V2, ACCOUNT, REGION, "shop-alb", Map.of(), placement(app, List.of("sg-0alb")),
                        new ResourceDetails.LoadBalancer("shop-alb", "application", "internet-facing", "shop.example",
                                List.of(new ResourceDetails.Listener("HTTPS", 443, 8443), new ResourceDetails.Listener("HTTP", 80, 8080)), List.of(), List.of("10.0.0.9", "i-0app"))),
                new Resource(NLB, ResourceType.LOAD_BALANCER_V2, ACCOUNT, REGION, "tcp-nlb", Map.of(), placement(app, List.of()),
                        new ResourceDetails.LoadBalancer("tcp-nlb", "network", "internal", "nlb.example",
                                List.of(new ResourceDetails.Listener("TLS", 8443, 8443), new ResourceDetails.Listener("TCP", 25, 25)), List.of(), List.of("i-0app"))),
                new Resource(APP, ResourceType.EC2_INSTANCE, ACCOUNT, REGION, "app", Map.of(), placement(List.of("subnet-0a"), List.of("sg-0api")),
                        new ResourceDetails.Ec2Instance("i-0app", "m5.xlarge", "running", "Linux/UNIX", null, null, "x86_64", "ami-0app", null, List.of(), List.of(), 0, "required", List.of())),
                new Resource(LEGACY, ResourceType.EC2_INSTANCE, ACCOUNT, REGION, "legacy", Map.of(), placement(List.of("subnet-0a"), List.of()),
                        new ResourceDetails.Ec2Instance("i-0legacy", "m4.large", "running", "Linux/UNIX", null, null, "x86_64", "ami-0old", null, List.of(), List.of(), 0, null, List.of())),
                new Resource(WORKER_SERVICE, ResourceType.ECS_SERVICE, ACCOUNT, REGION, "worker", Map.of(), null,
                        new ResourceDetails.EcsService("arn:aws:ecs:eu-west-1:111122223333:cluster/other", "worker", "EC2", 2, 2, "arn:aws:ecs:eu-west-1:111122223333:task-definition/worker:3", List.of())),
                new Resource(ERP, ResourceType.EC2_INSTANCE, ACCOUNT, REGION, "erp", Map.of(), placement(List.of("subnet-0a"), List.of()),
                        new ResourceDetails.Ec2Instance("i-0erp", "r5.2xlarge", "running", "Windows", null, null, "x86_64", "ami-0erp", null, List.of(), List.of(), 0, null, List.of())),
                new Resource(REPORTING, ResourceType.LAMBDA_FUNCTION, ACCOUNT, REGION, "reporting", Map.of(), null,
                        new ResourceDetails.LambdaFunction("reporting", "nodejs18.x", "index.handler", 256, 900, 5_000, "x86_64", "Zip")));
    }

    private static List<SecurityGroup> securityGroups()
    {
        SecurityGroupRule allEgress = new SecurityGroupRule("-1", -1, -1, CIDR_IPV4, "0.0.0.0/0", null);
        return List.of(
                new SecurityGroup("sg-0cache", ACCOUNT, REGION, "vpc-0b", "cache", null, Map.of(),
                        List.of(new SecurityGroupRule("tcp", 6379, 6379, SECURITY_GROUP, "sg-0api", null),
                                new SecurityGroupRule("tcp", 11211, 11211, SECURITY_GROUP, "sg-0lambda", null)),
                        List.of(allEgress)),
                new SecurityGroup("sg-0api", ACCOUNT, REGION, "vpc-0b", "api", "API tasks", Map.of("Owner", "platform"),
                        List.of(new SecurityGroupRule("tcp", 8080, 8080, SECURITY_GROUP, "sg-0alb", "from the ALB"),
                                new SecurityGroupRule("icmp", -1, -1, CIDR_IPV4, "10.0.0.0/8", null)),
                        List.of(new SecurityGroupRule("tcp", 443, 443, CIDR_IPV4, "0.0.0.0/0", null),
                                new SecurityGroupRule("tcp", -1, -1, PREFIX_LIST, "pl-0123", "S3"))),
                new SecurityGroup("sg-0lambda", ACCOUNT, REGION, "vpc-0b", "lambda", "Lambda", Map.of(),
                        List.of(),
                        List.of(new SecurityGroupRule("tcp", 11211, 11211, SECURITY_GROUP, "sg-0cache", null))),
                new SecurityGroup("sg-0alb", ACCOUNT, REGION, "vpc-0b", "alb", "ALB", Map.of(),
                        List.of(new SecurityGroupRule("tcp", 443, 443, CIDR_IPV6, "::/0", null),
                                new SecurityGroupRule("tcp", 80, 80, CIDR_IPV4, "0.0.0.0/0", null)),
                        List.of(allEgress)));
    }
}
