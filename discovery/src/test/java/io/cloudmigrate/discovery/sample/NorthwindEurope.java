package io.cloudmigrate.discovery.sample;

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
 * The European storefront in eu-west-1: a smaller copy of the us-east-1 web tiers, reading from a
 * cross-region read replica of the PostgreSQL primary.
 */
final class NorthwindEurope
{
    private NorthwindEurope() {}

    static void build(EstateBuilder estate, NorthwindAccounts accounts)
    {
        AccountRegion where = accounts.productionEuWest1();
        Vpc vpc = estate.vpc(where, "storefront-eu", "10.50.0.0/16", tags("storefront-eu"));
        Subnet publicA = estate.subnet(vpc, "storefront-eu-public-a", "10.50.0.0/24", "eu-west-1a", true);
        Subnet publicB = estate.subnet(vpc, "storefront-eu-public-b", "10.50.1.0/24", "eu-west-1b", true);
        Subnet appA = estate.subnet(vpc, "storefront-eu-app-a", "10.50.10.0/24", "eu-west-1a", false);
        Subnet appB = estate.subnet(vpc, "storefront-eu-app-b", "10.50.11.0/24", "eu-west-1b", false);
        Subnet dataA = estate.subnet(vpc, "storefront-eu-data-a", "10.50.20.0/24", "eu-west-1a", false);
        Subnet dataB = estate.subnet(vpc, "storefront-eu-data-b", "10.50.21.0/24", "eu-west-1b", false);

        SecurityGroup alb = estate.securityGroup(vpc, "storefront-eu-alb", "Public HTTPS to the EU storefront", tags("storefront-eu-alb"),
                Rule.tcp(443, "0.0.0.0/0", "HTTPS"), Rule.tcp(80, "0.0.0.0/0", "Redirect to HTTPS"));
        SecurityGroup web = estate.securityGroup(vpc, "storefront-eu-web", "EU web tier (EC2)", tags("storefront-eu-web"),
                Rule.tcpFromGroup(8080, "storefront-eu-alb", "From the ALB"));
        SecurityGroup tasks = estate.securityGroup(vpc, "storefront-eu-tasks", "EU ECS tasks", tags("storefront-eu-tasks"),
                Rule.tcpFromGroup(8080, "storefront-eu-alb", "From the ALB"));
        SecurityGroup admin = estate.securityGroup(vpc, "storefront-eu-admin", "Administration from shared services", SampleTags.name("storefront-eu-admin"),
                Rule.tcp(22, "10.100.0.0/16", "SSH from shared services"), Rule.tcp(9100, "10.100.0.0/16", "node_exporter scrapes"));
        SecurityGroup database = estate.securityGroup(vpc, "storefront-eu-db", "EU PostgreSQL replica", tags("storefront-eu-db"),
                Rule.tcpFromGroup(5432, "storefront-eu-web", null), Rule.tcpFromGroup(5432, "storefront-eu-tasks", null),
                Rule.tcpFromGroup(5432, "storefront-eu-lambda", null));
        SecurityGroup cache = estate.securityGroup(vpc, "storefront-eu-cache", "EU Redis", tags("storefront-eu-cache"),
                Rule.tcpFromGroup(6379, "storefront-eu-web", null), Rule.tcpFromGroup(6379, "storefront-eu-tasks", null));
        SecurityGroup lambda = estate.securityGroup(vpc, "storefront-eu-lambda", "EU API functions", tags("storefront-eu-lambda"));

        estate.natGateway("storefront-eu-nat-a", publicA, "192.0.2.50", tags("storefront-eu-nat-a"));
        estate.gatewayEndpoint("storefront-eu-s3-gateway", vpc, "s3", SampleTags.name("storefront-eu-s3-gateway"));

        List<Instance> webTier = new ArrayList<>();
        List<Subnet> webSubnets = List.of(appA, appB);
        for (int number = 1; number <= webSubnets.size(); number++) {
            String name = "storefront-eu-web-" + number;
            webTier.add(estate.instance(name, webSubnets.get(number - 1), "m6i.large", OperatingSystem.AMAZON_LINUX_2023)
                    .groups(web, admin)
                    .tags(tags(name))
                    .profile(UsageProfile.steady(31 + 2 * number, 14, 0))
                    .software("nginx", "1.24.0", "Amazon Linux")
                    .software("java-17-amazon-corretto-headless", "17.0.13+11-1", "Amazon.com")
                    .launched("2026-07-0" + (number + 3) + "T07:5" + number + ":40+00:00")
                    .add());
        }

        String source = "arn:aws:rds:us-east-1:" + where.accountId() + ":db:storefront-db";
        estate.database("storefront-eu-db", dataA, List.of(dataA, dataB), "storefront-eu-db-subnets", List.of(database), "13.15", "db.r6g.large", 500, false,
                source, tags("storefront-eu-db"), UsageProfile.steady(21, 0, 60), "2023-05-09T07:33:18.206000+00:00");
        estate.cacheCluster("storefront-eu-cache-001", "storefront-eu-cache", dataB, "storefront-eu-cache-subnets", List.of(cache), "7.1.0", "cache.t4g.medium",
                UsageProfile.steady(9, 0, 150), "2024-05-22T08:10:05.733000+00:00", unnamed("storefront"));

        EcsCluster cluster = estate.ecsCluster("storefront-eu", where, unnamed("storefront"));
        EcsService service = estate.ecsService(cluster, "storefront-web", "storefront-web:42", 2, List.of(appA, appB), List.of(tasks), "storefront-eu-web-ecs", 8080,
                UsageProfile.steady(36, 11, 0), "2025-11-04T09:12:30.118000+00:00", unnamed("storefront"));

        TargetGroup ec2Targets = new TargetGroup("storefront-eu-web-ec2", SampleIds.hex("tg:storefront-eu-web-ec2", 16), vpc, "instance", 8080, 50, "/healthz",
                webTier.stream().map(instance -> new Target(instance.id(), 8080, null)).toList());
        TargetGroup ecsTargets = new TargetGroup("storefront-eu-web-ecs", SampleIds.hex("tg:storefront-eu-web-ecs", 16), vpc, "ip", 8080, 50, "/healthz",
                service.tasks().stream()
                        .map(task -> new Target(task.networkInterface().privateIp(), 8080, task.networkInterface().subnet().availabilityZone()))
                        .toList());
        estate.applicationLoadBalancer("storefront-eu-alb", List.of(publicA, publicB), List.of(alb), List.of("192.0.2.51", "192.0.2.52"),
                List.of(ec2Targets, ecsTargets), "2022-04-19T11:45:52.310000+00:00", unnamed("storefront"));

        estate.function("catalog-api-search-eu", where, "nodejs22.x", "index.handler", 1024, 10, 2_811_774, "arm64", "Full-text catalog search (EU)",
                List.of(appA, appB), List.of(lambda), UsageProfile.steady(88, 0, 121_000), "2026-10-14T16:09:02.000+0000",
                unnamed("catalog"));
    }

    private static List<Tag> unnamed(String application)
    {
        return SampleTags.unnamed("production", NorthwindStorefront.TEAM, application, NorthwindStorefront.COST_CENTER);
    }

    private static List<Tag> tags(String name)
    {
        return SampleTags.standard(name, "production", NorthwindStorefront.TEAM, "storefront", NorthwindStorefront.COST_CENTER);
    }
}
