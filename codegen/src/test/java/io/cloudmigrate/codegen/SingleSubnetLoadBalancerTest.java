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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import static io.cloudmigrate.discovery.SecurityGroupRule.PeerKind.CIDR_IPV4;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An Application Load Balancer whose source names one subnet: AWS wants two in different Availability
 * Zones, so both formats ask for a second one as a required, described input; a Network Load Balancer
 * in one subnet needs none.
 */
class SingleSubnetLoadBalancerTest
{
    private static final String ACCOUNT = "111122223333";
    private static final String REGION = "eu-west-1";
    private static final String ALB = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/app/one-zone-alb/1";
    private static final String NLB = "arn:aws:elasticloadbalancing:eu-west-1:111122223333:loadbalancer/net/one-zone-nlb/2";
    private static final String STACK = "cloudformation/wave-01-111122223333-eu-west-1.yaml";

    @TempDir
    static Path output;

    @BeforeAll
    static void generate()
    {
        new ArtifactGenerator().generate(assessment(), output, GenerationOptions.defaults().withKinds(EnumSet.of(ArtifactKind.TERRAFORM, ArtifactKind.CLOUDFORMATION)));
    }

    @Test
    void asksTerraformForARequiredDescribedSecondSubnet()
            throws IOException
    {
        String main = Files.readString(output.resolve("terraform/wave-01/main.tf"));

        assertThat(main)
                .contains("variable \"one_zone_alb_second_subnet_id\" {\n"
                        + "  description = \"A target subnet in a second Availability Zone for one-zone-alb: an Application Load Balancer needs subnets in two "
                        + "Availability Zones, and the source names only subnet-0one.\"\n"
                        + "  type        = string\n"
                        + "}\n")
                .contains("  subnets                    = [var.subnet_ids[\"subnet-0one\"], var.one_zone_alb_second_subnet_id]\n")
                .doesNotContain("one_zone_nlb_second_subnet_id");
        assertThat(main.substring(main.indexOf("variable \"one_zone_alb_second_subnet_id\""))).as("no default: terraform plan asks for it")
                .startsWith("variable \"one_zone_alb_second_subnet_id\" {\n  description")
                .satisfies(block -> assertThat(block.substring(0, block.indexOf("}\n"))).doesNotContain("default"));
    }

    @Test
    void asksCloudFormationForARequiredDescribedSecondSubnet()
            throws IOException
    {
        Map<String, Object> template = new Yaml(new SafeConstructor(new LoaderOptions())).load(Files.readString(output.resolve(STACK)));

        Map<String, Object> parameters = map(template, "Parameters");
        assertThat(map(parameters, "OneZoneAlbSecondSubnet"))
                .containsEntry("Type", "AWS::EC2::Subnet::Id")
                .doesNotContainKey("Default")
                .containsEntry("Description", "A target subnet in a second Availability Zone for one-zone-alb: an Application Load Balancer needs two, "
                        + "and the source names only subnet-0one.");
        assertThat(parameters).doesNotContainKey("OneZoneNlbSecondSubnet");
        assertThat(map(map(map(template, "Resources"), "OneZoneAlbLoadBalancer"), "Properties"))
                .containsEntry("Subnets", List.of(Map.of("Ref", "Subnet0one"), Map.of("Ref", "OneZoneAlbSecondSubnet")));
        assertThat(map(map(map(template, "Resources"), "OneZoneNlbLoadBalancer"), "Properties"))
                .containsEntry("Subnets", List.of(Map.of("Ref", "Subnet0one")));
    }

    @Test
    void passesTerraformValidateAndFmt()
            throws IOException, InterruptedException
    {
        ExternalTools.assertTerraformFormatted(output.resolve("terraform"));
        ExternalTools.assertTerraformValid(output.resolve("terraform/wave-01"));
    }

    @Test
    void passesCfnLint()
            throws IOException, InterruptedException
    {
        Path cfnLint = ExternalTools.require("cfn-lint");
        ExternalTools.Result result = ExternalTools.run(output, List.of(cfnLint.toString(), "--", STACK));
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    private static Assessment assessment()
    {
        NetworkPlacement oneSubnet = new NetworkPlacement("vpc-0one", List.of("subnet-0one"), List.of("sg-0lb"), List.of(), List.of(), List.of());
        List<ResourceDetails.Listener> listeners = List.of(new ResourceDetails.Listener("HTTP", 80, 8080));
        Inventory inventory = new Inventory(Inventory.SCHEMA_VERSION, "scan-one-zone", "One zone", "2025-06-30T00:00:00Z",
                new Scope(List.of(ACCOUNT), List.of(REGION)),
                List.of(new Resource(ALB, ResourceType.LOAD_BALANCER_V2, ACCOUNT, REGION, "one-zone-alb", Map.of(), oneSubnet,
                                new ResourceDetails.LoadBalancer("one-zone-alb", "application", "internal", "alb.example", listeners, List.of(), List.of())),
                        new Resource(NLB, ResourceType.LOAD_BALANCER_V2, ACCOUNT, REGION, "one-zone-nlb", Map.of(), oneSubnet,
                                new ResourceDetails.LoadBalancer("one-zone-nlb", "network", "internal", "nlb.example",
                                        List.of(new ResourceDetails.Listener("TCP", 25, 25)), List.of(), List.of()))),
                List.of(new SecurityGroup("sg-0lb", ACCOUNT, REGION, "vpc-0one", "lb", "Internal load balancers", Map.of(),
                        List.of(new SecurityGroupRule("tcp", 80, 80, CIDR_IPV4, "10.0.0.0/16", "HTTP from the VPC")),
                        List.of(new SecurityGroupRule("tcp", 8080, 8080, CIDR_IPV4, "10.0.0.0/16", "to the targets")))),
                List.of(), List.of(), List.of());
        GraphAnalysis graph = new GraphAnalysis(List.of(ALB, NLB), List.of(), List.of(), List.of(new MigrationWave(1, List.of(ALB, NLB))), List.of(), List.of());
        List<Recommendation> recommendations = List.of(
                new Recommendation(ALB, Strategy.RELOCATE, "Application Load Balancer", "L1", "Chosen for the test.", 0.5, List.of()),
                new Recommendation(NLB, Strategy.RELOCATE, "Network Load Balancer", "L1", "Chosen for the test.", 0.5, List.of()));
        return new Assessment(Assessment.SCHEMA_VERSION, "one-zone", "2025-07-01", inventory, 0, graph, List.of(), List.of(), recommendations);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key)
    {
        assertThat(parent).containsKey(key);
        return (Map<String, Object>) parent.get(key);
    }
}
