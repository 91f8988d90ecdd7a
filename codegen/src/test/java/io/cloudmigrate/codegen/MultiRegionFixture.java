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
import io.cloudmigrate.scoring.Strategy;

import java.util.List;
import java.util.Map;

import static io.cloudmigrate.discovery.SecurityGroupRule.PeerKind.CIDR_IPV4;
import static io.cloudmigrate.discovery.SecurityGroupRule.PeerKind.SECURITY_GROUP;

/**
 * One wave spanning two accounts and two Regions: a web instance in account 111111111111, us-east-1,
 * and a web instance behind an ALB in account 222222222222, eu-west-1, each in its own VPC. Each
 * instance's security group admits the other's group, a reference that cannot cross Regions.
 */
final class MultiRegionFixture
{
    static final String US_ACCOUNT = "111111111111";
    static final String EU_ACCOUNT = "222222222222";
    static final String US_WEB = "arn:aws:ec2:us-east-1:111111111111:instance/i-0us";
    static final String EU_WEB = "arn:aws:ec2:eu-west-1:222222222222:instance/i-0eu";
    static final String EU_ALB = "arn:aws:elasticloadbalancing:eu-west-1:222222222222:loadbalancer/app/eu-alb/1";

    private MultiRegionFixture() {}

    static Assessment assessment()
    {
        List<String> wave = List.of(US_WEB, EU_WEB, EU_ALB);
        Inventory inventory = new Inventory(Inventory.SCHEMA_VERSION, "scan-regions", "Two Regions", "2025-06-30T00:00:00Z",
                new Scope(List.of(US_ACCOUNT, EU_ACCOUNT), List.of("us-east-1", "eu-west-1")), resources(), securityGroups(), List.of(), List.of(), List.of());
        GraphAnalysis graph = new GraphAnalysis(wave, List.of(), List.of(), List.of(new MigrationWave(1, wave)), List.of(), List.of());
        List<Recommendation> recommendations = List.of(
                recommend(US_WEB, Strategy.REHOST, "Amazon EC2"),
                recommend(EU_WEB, Strategy.REHOST, "Amazon EC2"),
                recommend(EU_ALB, Strategy.RELOCATE, "Application Load Balancer"));
        return new Assessment(Assessment.SCHEMA_VERSION, "regions", "2025-07-01", inventory, 0, graph, List.of(), List.of(), recommendations);
    }

    private static Recommendation recommend(String id, Strategy strategy, String target)
    {
        return new Recommendation(id, strategy, target, "T", "Chosen for the test.", 0.5, List.of());
    }

    private static List<Resource> resources()
    {
        return List.of(
                new Resource(US_WEB, ResourceType.EC2_INSTANCE, US_ACCOUNT, "us-east-1", "web-us", Map.of(),
                        new NetworkPlacement("vpc-0us", List.of("subnet-0us"), List.of("sg-0us"), List.of(), List.of(), List.of()),
                        instance("i-0us", "ami-0us")),
                new Resource(EU_WEB, ResourceType.EC2_INSTANCE, EU_ACCOUNT, "eu-west-1", "web-eu", Map.of(),
                        new NetworkPlacement("vpc-0eu", List.of("subnet-0eu"), List.of("sg-0eu"), List.of(), List.of(), List.of()),
                        instance("i-0eu", "ami-0eu")),
                new Resource(EU_ALB, ResourceType.LOAD_BALANCER_V2, EU_ACCOUNT, "eu-west-1", "eu-alb", Map.of(),
                        new NetworkPlacement("vpc-0eu", List.of("subnet-0eu"), List.of(), List.of(), List.of(), List.of()),
                        new ResourceDetails.LoadBalancer("eu-alb", "application", "internal", "eu.example",
                                List.of(new ResourceDetails.Listener("HTTP", 80, 8080)), List.of(), List.of("i-0eu"))));
    }

    private static ResourceDetails.Ec2Instance instance(String instanceId, String imageId)
    {
        return new ResourceDetails.Ec2Instance(instanceId, "m5.large", "running", "Linux/UNIX", null, null, "x86_64", imageId, null, List.of(), List.of(), 0, "required", List.of());
    }

    private static List<SecurityGroup> securityGroups()
    {
        SecurityGroupRule allEgress = new SecurityGroupRule("-1", -1, -1, CIDR_IPV4, "0.0.0.0/0", null);
        return List.of(
                new SecurityGroup("sg-0us", US_ACCOUNT, "us-east-1", "vpc-0us", "web-us", "US web", Map.of(),
                        List.of(new SecurityGroupRule("tcp", 443, 443, SECURITY_GROUP, "sg-0eu", "from the EU web tier")),
                        List.of(allEgress)),
                new SecurityGroup("sg-0eu", EU_ACCOUNT, "eu-west-1", "vpc-0eu", "web-eu", "EU web", Map.of(),
                        List.of(new SecurityGroupRule("tcp", 443, 443, SECURITY_GROUP, "sg-0us", "from the US web tier")),
                        List.of(allEgress)));
    }
}
