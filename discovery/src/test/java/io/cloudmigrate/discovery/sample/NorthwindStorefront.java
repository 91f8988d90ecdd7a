package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleCompute.Database;
import io.cloudmigrate.discovery.sample.SampleCompute.EcsCluster;
import io.cloudmigrate.discovery.sample.SampleCompute.EcsService;
import io.cloudmigrate.discovery.sample.SampleCompute.Instance;
import io.cloudmigrate.discovery.sample.SampleCompute.OperatingSystem;
import io.cloudmigrate.discovery.sample.SampleCompute.UsageProfile;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.Rule;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;
import io.cloudmigrate.discovery.sample.SampleNetwork.Tag;
import io.cloudmigrate.discovery.sample.SampleNetwork.Vpc;
import io.cloudmigrate.discovery.sample.SampleServices.Target;
import io.cloudmigrate.discovery.sample.SampleServices.TargetGroup;

import java.util.ArrayList;
import java.util.List;

/**
 * The production storefront VPC in us-east-1: the three-tier web shop (ALB → ECS service and EC2 web
 * tier → RDS PostgreSQL and ElastiCache Redis), the orders and inventory services that call each
 * other, their self-managed MySQL, and the nightly batch jobs. The serverless APIs in front of the
 * same database are in {@link NorthwindServerless}.
 */
final class NorthwindStorefront
{
    static final String TEAM = "storefront-team";
    static final String COST_CENTER = "CC-1001";
    static final String ORDERS_TEAM = "orders-team";
    private static final String DATA_TEAM = "data-team";

    private NorthwindStorefront() {}

    static void build(EstateBuilder estate, NorthwindAccounts accounts)
    {
        AccountRegion where = accounts.productionUsEast1();
        Vpc vpc = estate.vpc(where, "storefront-prod", "10.10.0.0/16", tags("storefront-prod", TEAM, "storefront"));
        Subnet publicA = estate.subnet(vpc, "storefront-public-a", "10.10.0.0/24", "us-east-1a", true);
        Subnet publicB = estate.subnet(vpc, "storefront-public-b", "10.10.1.0/24", "us-east-1b", true);
        Subnet appA = estate.subnet(vpc, "storefront-app-a", "10.10.10.0/24", "us-east-1a", false);
        Subnet appB = estate.subnet(vpc, "storefront-app-b", "10.10.11.0/24", "us-east-1b", false);
        Subnet dataA = estate.subnet(vpc, "storefront-data-a", "10.10.20.0/24", "us-east-1a", false);
        Subnet dataB = estate.subnet(vpc, "storefront-data-b", "10.10.21.0/24", "us-east-1b", false);

        SecurityGroup alb = estate.securityGroup(vpc, "storefront-alb", "Public HTTPS to the storefront", tags("storefront-alb", TEAM, "storefront"),
                Rule.tcp(443, "0.0.0.0/0", "HTTPS"), Rule.tcp(443, "::/0", "HTTPS"), Rule.tcp(80, "0.0.0.0/0", "Redirect to HTTPS"), Rule.tcp(80, "::/0", "Redirect to HTTPS"));
        SecurityGroup web = estate.securityGroup(vpc, "storefront-web", "Storefront web tier (EC2)", tags("storefront-web", TEAM, "storefront"),
                Rule.tcpFromGroup(8080, "storefront-alb", "From the ALB"));
        SecurityGroup tasks = estate.securityGroup(vpc, "storefront-tasks", "Storefront ECS tasks", tags("storefront-tasks", TEAM, "storefront"),
                Rule.tcpFromGroup(8080, "storefront-alb", "From the ALB"));
        SecurityGroup admin = estate.securityGroup(vpc, "storefront-admin", "Administration from shared services", SampleTags.name("storefront-admin"),
                Rule.tcpFromGroup(22, "shared-bastion", "SSH from the bastion"), Rule.tcp(9100, "10.100.0.0/16", "node_exporter scrapes"));
        SecurityGroup orders = estate.securityGroup(vpc, "orders-svc", "Orders service", tags("orders-svc", ORDERS_TEAM, "orders"),
                Rule.tcpFromGroup(8080, "storefront-web", "Storefront web tier"), Rule.tcpFromGroup(8080, "storefront-tasks", "Storefront tasks"),
                Rule.tcpFromGroup(8080, "inventory-svc", "Inventory callbacks"), Rule.tcp(8443, "10.0.0.0/8", "Old TLS port, kept just in case"));
        SecurityGroup inventory = estate.securityGroup(vpc, "inventory-svc", "Inventory service", tags("inventory-svc", ORDERS_TEAM, "inventory"),
                Rule.tcpFromGroup(8080, "orders-svc", "Orders service"));
        SecurityGroup mysql = estate.securityGroup(vpc, "orders-mysql", "Self-managed MySQL for orders", tags("orders-mysql", ORDERS_TEAM, "orders"),
                Rule.tcpFromGroup(3306, "orders-svc", null), Rule.tcpFromGroup(3306, "inventory-svc", null), Rule.tcpFromGroup(3306, "storefront-batch", "Nightly reports"));
        SecurityGroup database = estate.securityGroup(vpc, "storefront-db", "Storefront PostgreSQL", tags("storefront-db", TEAM, "storefront"),
                Rule.tcpFromGroup(5432, "storefront-web", null), Rule.tcpFromGroup(5432, "storefront-tasks", null), Rule.tcpFromGroup(5432, "storefront-lambda", null),
                Rule.tcpFromGroup(5432, "storefront-db-read", "Replication"), Rule.tcp(5432, "10.99.0.0/16", "Old VPN range"));
        // the read replica has a group of its own, so readers can be given the replica and not the primary
        SecurityGroup replica = estate.securityGroup(vpc, "storefront-db-read", "Storefront PostgreSQL read replicas", tags("storefront-db-read", TEAM, "storefront"),
                Rule.tcpFromGroup(5432, "storefront-web", null), Rule.tcpFromGroup(5432, "storefront-tasks", null), Rule.tcpFromGroup(5432, "storefront-lambda", null),
                Rule.tcpFromGroup(5432, "storefront-batch", "Nightly ETL"));
        SecurityGroup cache = estate.securityGroup(vpc, "storefront-cache", "Storefront Redis", tags("storefront-cache", TEAM, "storefront"),
                Rule.tcpFromGroup(6379, "storefront-web", null), Rule.tcpFromGroup(6379, "storefront-tasks", null),
                Rule.tcpFromGroup(6379, "storefront-cache", "Replication"), Rule.tcpFromGroup(11211, "storefront-web", "Memcached (retired)"));
        estate.securityGroup(vpc, "storefront-lambda", "Storefront API functions", tags("storefront-lambda", TEAM, "storefront-api"));
        SecurityGroup batch = estate.securityGroup(vpc, "storefront-batch", "Nightly batch jobs", tags("storefront-batch", DATA_TEAM, "nightly-batch"));
        SecurityGroup analytics = estate.securityGroup(vpc, "storefront-analytics", "Analytics Aurora cluster", tags("storefront-analytics", DATA_TEAM, "analytics"),
                Rule.tcpFromGroup(5432, "storefront-batch", "Nightly loads and reports"));
        SecurityGroup endpoints = estate.securityGroup(vpc, "storefront-endpoints", "HTTPS to interface endpoints", SampleTags.name("storefront-endpoints"),
                Rule.tcp(443, "10.10.0.0/16", "Storefront VPC"));

        estate.natGateway("storefront-nat-a", publicA, "192.0.2.10", tags("storefront-nat-a", TEAM, "storefront"));
        estate.gatewayEndpoint("storefront-s3-gateway", vpc, "s3", SampleTags.name("storefront-s3-gateway"));
        estate.interfaceEndpoint("storefront-s3-interface", vpc, "s3", List.of(appA, appB), List.of(endpoints), SampleTags.name("storefront-s3-interface"));
        estate.interfaceEndpoint("storefront-secretsmanager", vpc, "secretsmanager", List.of(appA, appB), List.of(endpoints), SampleTags.name("storefront-secretsmanager"));

        List<Subnet> webSubnets = List.of(appA, appB, appA);
        List<Instance> webTier = new ArrayList<>();
        for (int number = 1; number <= webSubnets.size(); number++) {
            String name = "storefront-web-" + number;
            InstanceDraft draft = estate.instance(name, webSubnets.get(number - 1), "m6i.large", OperatingSystem.AMAZON_LINUX_2023)
                    .groups(web, admin)
                    .tags(SampleTags.with(tags(name, TEAM, "storefront"), "aws:cloudformation:stack-name", "storefront-web"))
                    .profile(UsageProfile.steady(41 + number, 36, 0))
                    .software("nginx", "1.24.0", "Amazon Linux")
                    .software("java-17-amazon-corretto-headless", "17.0.13+11-1", "Amazon.com")
                    .launched("2026-07-0" + number + "T10:1" + number + ":08+00:00");
            // only the first web server runs the CloudWatch agent: the others were launched from an older template
            webTier.add((number == 1 ? draft.memoryAgent() : draft).add());
        }
        estate.instance("orders-svc-1", appA, "c6i.large", OperatingSystem.AMAZON_LINUX_2)
                .groups(orders, admin)
                .tags(tags("orders-svc-1", ORDERS_TEAM, "orders"))
                .profile(UsageProfile.steady(34, 9, 0))
                .software("java-11-amazon-corretto-headless", "11.0.25+9-1", "Amazon.com")
                .launched("2023-09-18T13:05:51+00:00")
                .add();
        estate.instance("inventory-svc-1", appB, "c6i.large", OperatingSystem.AMAZON_LINUX_2)
                .groups(inventory, admin)
                .tags(tags("inventory-svc-1", ORDERS_TEAM, "inventory"))
                .profile(UsageProfile.steady(29, 7, 0))
                .software("java-11-amazon-corretto-headless", "11.0.25+9-1", "Amazon.com")
                .launched("2023-09-18T13:07:30+00:00")
                .add();
        estate.instance("orders-mysql-1", dataA, "r5.xlarge", OperatingSystem.AMAZON_LINUX_2)
                .groups(mysql, admin)
                .tags(tags("orders-mysql-1", ORDERS_TEAM, "orders"))
                .profile(UsageProfile.steady(22, 5, 0))
                .memoryAgent()
                .software("MySQL Server", "8.0.35", "Oracle Corporation")
                .software("percona-xtrabackup-80", "8.0.35-30", "Percona")
                .volumes(30, 500)
                .imdsOptional()
                .keyName("orders-2021")
                .launched("2021-06-14T07:48:22+00:00")
                .add();
        estate.instance("batch-etl-1", appB, "c5.2xlarge", OperatingSystem.AMAZON_LINUX_2)
                .groups(batch, admin)
                .tags(tags("batch-etl-1", DATA_TEAM, "nightly-batch"))
                .profile(UsageProfile.batch(90, 60))
                .memoryAgent()
                .software("python3", "3.7.16", "Amazon Linux")
                .software("aws-cli", "2.17.50", "Amazon.com")
                .volumes(20, 200)
                .launched("2022-02-07T21:30:00+00:00")
                .add();
        estate.instance("batch-reports-1", appA, "m5.xlarge", OperatingSystem.AMAZON_LINUX_2)
                .groups(batch, admin)
                .tags(tags("batch-reports-1", DATA_TEAM, "nightly-batch"))
                .profile(UsageProfile.batch(84, 12))
                .software("python3", "3.7.16", "Amazon Linux")
                .software("mysql-community-client", "8.0.35", "Oracle Corporation")
                .launched("2022-02-07T21:34:12+00:00")
                .add();

        Database primary = estate.database("storefront-db", dataA, List.of(dataA, dataB), "storefront-db-subnets", List.of(database), "13.15", "db.r6g.2xlarge",
                500, true, null, tags("storefront-db", TEAM, "storefront"), UsageProfile.steady(38, 0, 180), "2020-10-05T12:41:09.332000+00:00");
        estate.database("storefront-db-replica-1", dataB, List.of(dataA, dataB), "storefront-db-subnets", List.of(replica), "13.15", "db.r6g.xlarge",
                500, false, primary.identifier(), tags("storefront-db-replica-1", TEAM, "storefront"), UsageProfile.steady(24, 0, 90),
                "2023-03-28T09:12:44.871000+00:00");
        // the analytics store, moved to Aurora in 2024: a writer and a reader, loaded and read by the nightly batch
        estate.auroraInstance("storefront-analytics-1", "storefront-analytics", dataA, List.of(dataA, dataB), "storefront-db-subnets", List.of(analytics), "16.4",
                "db.r6g.large", tags("storefront-analytics-1", DATA_TEAM, "analytics"), UsageProfile.steady(21, 0, 40), "2024-03-12T10:21:37.552000+00:00");
        estate.auroraInstance("storefront-analytics-2", "storefront-analytics", dataB, List.of(dataA, dataB), "storefront-db-subnets", List.of(analytics), "16.4",
                "db.r6g.large", tags("storefront-analytics-2", DATA_TEAM, "analytics"), UsageProfile.steady(8, 0, 14), "2024-03-12T10:38:02.104000+00:00");
        estate.cacheCluster("storefront-sessions-001", "storefront-sessions", dataA, "storefront-cache-subnets", List.of(cache), "5.0.6", "cache.r5.large",
                UsageProfile.steady(11, 0, 820), "2020-10-05T13:02:55.019000+00:00", unnamed(TEAM, "storefront"));
        estate.cacheCluster("storefront-sessions-002", "storefront-sessions", dataB, "storefront-cache-subnets", List.of(cache), "5.0.6", "cache.r5.large",
                UsageProfile.steady(6, 0, 12), "2020-10-05T13:02:55.019000+00:00", unnamed(TEAM, "storefront"));
        estate.cacheCluster("storefront-cart-001", "storefront-cart", dataB, "storefront-cache-subnets", List.of(cache), "7.1.0", "cache.r7g.large",
                UsageProfile.steady(15, 0, 610), "2024-05-21T16:20:31.447000+00:00", unnamed(TEAM, "storefront"));

        EcsCluster cluster = estate.ecsCluster("storefront-prod", where, unnamed(TEAM, "storefront"));
        EcsService service = estate.ecsService(cluster, "storefront-web", "storefront-web:42", 3, List.of(appA, appB), List.of(tasks), "storefront-web-ecs", 8080,
                UsageProfile.steady(46, 30, 0), "2025-11-03T10:00:41.227000+00:00", unnamed(TEAM, "storefront"));
        estate.ecsService(cluster, "storefront-worker", "storefront-worker:17", 2, List.of(appA, appB), List.of(tasks), null, 0,
                UsageProfile.bursty(28, 4, 0), "2025-11-03T10:04:12.905000+00:00", unnamed(TEAM, "storefront"));

        TargetGroup ec2Targets = new TargetGroup("storefront-web-ec2", SampleIds.hex("tg:storefront-web-ec2", 16), vpc, "instance", 8080, 30, "/healthz",
                webTier.stream().map(instance -> new Target(instance.id(), 8080, null)).toList());
        TargetGroup ecsTargets = new TargetGroup("storefront-web-ecs", SampleIds.hex("tg:storefront-web-ecs", 16), vpc, "ip", 8080, 70, "/healthz",
                service.tasks().stream()
                        .map(task -> new Target(task.networkInterface().privateIp(), 8080, task.networkInterface().subnet().availabilityZone()))
                        .toList());
        estate.applicationLoadBalancer("storefront-alb", List.of(publicA, publicB), List.of(alb), List.of("192.0.2.11", "192.0.2.12"),
                List.of(ec2Targets, ecsTargets), "2020-10-05T12:20:17.110000+00:00", unnamed(TEAM, "storefront"));

        NorthwindServerless.build(estate, where, List.of(appA, appB));
    }

    private static List<Tag> unnamed(String owner, String application)
    {
        return SampleTags.unnamed("production", owner, application, COST_CENTER);
    }

    private static List<Tag> tags(String name, String owner, String application)
    {
        return SampleTags.standard(name, "production", owner, application, COST_CENTER);
    }
}
