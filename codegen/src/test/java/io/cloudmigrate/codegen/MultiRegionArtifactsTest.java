package io.cloudmigrate.codegen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * A wave whose sources are in two accounts and two Regions: each target must land in its source's
 * pair, through its own provider alias in Terraform and its own stack in CloudFormation.
 */
class MultiRegionArtifactsTest
{
    private static final String US = "aws.a111111111111_us_east_1";
    private static final String EU = "aws.a222222222222_eu_west_1";
    private static final Pattern RESOURCE = Pattern.compile("(?m)^resource \"([a-z0-9_]+)\" \"([a-z0-9_]+)\" \\{\\n(?:  provider = (aws\\.[a-z0-9_]+)\\n)?");

    @TempDir
    static Path output;

    private static GeneratedArtifacts artifacts;

    @BeforeAll
    static void generate()
    {
        artifacts = new ArtifactGenerator().generate(MultiRegionFixture.assessment(), output, GenerationOptions.defaults());
    }

    @Test
    void declaresOneAliasedProviderPerSourceAccountAndRegion()
            throws IOException
    {
        String main = read("terraform/wave-01/main.tf");

        assertThat(Pattern.compile("(?m)^provider \"aws\" \\{\\n  alias  = \"([a-z0-9_]+)\"\\n  region = var\\.([a-z0-9_]+)\\n").matcher(main).results()
                .map(result -> result.group(1) + " " + result.group(2)))
                .containsExactly("a111111111111_us_east_1 region_a111111111111_us_east_1", "a222222222222_eu_west_1 region_a222222222222_eu_west_1");
        // no default configuration: every provider block is one of the two aliased ones
        assertThat(Pattern.compile("(?m)^provider ").matcher(main).results().count()).isEqualTo(2);
    }

    @Test
    void placesEveryResourceWithTheProviderOfItsSourcePair()
            throws IOException
    {
        String main = read("terraform/wave-01/main.tf");

        Map<String, String> providers = new TreeMap<>();
        Matcher matcher = RESOURCE.matcher(main);
        while (matcher.find()) {
            providers.put(matcher.group(1) + "." + matcher.group(2), String.valueOf(matcher.group(3)));
        }
        assertThat(providers).containsExactly(
                entry("aws_iam_instance_profile.instances_a111111111111_us_east_1", US),
                entry("aws_iam_instance_profile.instances_a222222222222_eu_west_1", EU),
                entry("aws_iam_role.instances_a111111111111_us_east_1", US),
                entry("aws_iam_role.instances_a222222222222_eu_west_1", EU),
                entry("aws_iam_role_policy_attachment.instances_a111111111111_us_east_1_ssm", US),
                entry("aws_iam_role_policy_attachment.instances_a222222222222_eu_west_1_ssm", EU),
                entry("aws_instance.web_eu", EU),
                entry("aws_instance.web_us", US),
                entry("aws_lb.eu_alb", EU),
                entry("aws_lb_listener.eu_alb_http_80", EU),
                entry("aws_lb_target_group.eu_alb_http_80", EU),
                entry("aws_lb_target_group_attachment.eu_alb_http_80_web_eu", EU),
                entry("aws_security_group.web_eu", EU),
                entry("aws_security_group.web_us", US),
                entry("aws_vpc_security_group_egress_rule.web_eu_egress_1", EU),
                entry("aws_vpc_security_group_egress_rule.web_us_egress_1", US),
                entry("aws_vpc_security_group_ingress_rule.web_eu_ingress_1", EU),
                entry("aws_vpc_security_group_ingress_rule.web_us_ingress_1", US));
    }

    @Test
    void defaultsEachRegionToTheSourceRegionAndAssumesNoRoleUnlessAsked()
            throws IOException
    {
        String variables = read("terraform/wave-01/variables.tf");

        assertThat(variables)
                .contains("variable \"region_a111111111111_us_east_1\" {")
                .contains("variable \"region_a222222222222_eu_west_1\" {")
                .contains("  default     = \"us-east-1\"\n")
                .contains("  default     = \"eu-west-1\"\n")
                .contains("variable \"target_role_arns\" {\n")
                .contains("contains([\"a111111111111_us_east_1\", \"a222222222222_eu_west_1\"], alias)")
                .doesNotContain("variable \"region\" {");
        assertThat(read("terraform/wave-01/main.tf"))
                .contains("    for_each = compact([lookup(var.target_role_arns, \"a222222222222_eu_west_1\", \"\")])\n")
                .contains("      role_arn = assume_role.value\n");
    }

    @Test
    void requiresATargetVpcForEachSourceVpc()
            throws IOException
    {
        String main = read("terraform/wave-01/main.tf");

        assertThat(read("terraform/wave-01/variables.tf"))
                .contains("variable \"vpc_ids\" {")
                .contains("condition     = alltrue([for source in [\"vpc-0eu\", \"vpc-0us\"] : contains(keys(var.vpc_ids), source)])")
                .doesNotContain("variable \"vpc_id\" {");
        assertThat(main)
                .contains("  vpc_id      = var.vpc_ids[\"vpc-0us\"]\n")
                .contains("  vpc_id      = var.vpc_ids[\"vpc-0eu\"]\n")
                .doesNotContain("var.vpc_id\n");
        // the ALB's target group goes into the EU VPC
        assertThat(main).containsPattern("resource \"aws_lb_target_group\" \"eu_alb_http_80\" \\{\\n(?:.*\\n){6}  vpc_id      = var\\.vpc_ids\\[\"vpc-0eu\"\\]");
    }

    @Test
    void admitsAGroupInAnotherRegionByCidrBlockInsteadOfAReference()
            throws IOException
    {
        String main = read("terraform/wave-01/main.tf");

        assertThat(main)
                .doesNotContain("referenced_security_group_id")
                .contains("# The source rule names group sg-0eu in account 222222222222, Region eu-west-1; security-group references do not cross Regions")
                .contains("""
                        resource "aws_vpc_security_group_ingress_rule" "web_us_ingress_1" {
                          provider = aws.a111111111111_us_east_1

                          security_group_id = aws_security_group.web_us.id
                          ip_protocol       = "tcp"
                          from_port         = 443
                          to_port           = 443
                          cidr_ipv4         = var.peer_cidr_blocks["sg-0eu"]
                          description       = "from the EU web tier"
                        """);
        assertThat(read("terraform/wave-01/variables.tf"))
                .contains("variable \"peer_cidr_blocks\" {")
                .contains("for source in [\"sg-0eu\", \"sg-0us\"] : can(cidrhost(var.peer_cidr_blocks[source], 0))")
                .doesNotContain("variable \"security_group_ids\"");
    }

    @Test
    void writesOneCloudFormationTemplatePerAccountAndRegion()
            throws IOException
    {
        assertThat(artifacts.files().stream().filter(file -> file.startsWith("cloudformation/")))
                .containsExactly("cloudformation/wave-01-111111111111-us-east-1.yaml", "cloudformation/wave-01-222222222222-eu-west-1.yaml");
        String us = read("cloudformation/wave-01-111111111111-us-east-1.yaml");
        String eu = read("cloudformation/wave-01-222222222222-eu-west-1.yaml");

        assertThat(us).contains("  WebUsInstance:\n").doesNotContain("WebEuInstance").contains("  VpcId0us:\n").doesNotContain("VpcId0eu")
                .contains("      CidrIp: {\"Ref\": \"PeerCidr0eu\"}\n").doesNotContain("SourceSecurityGroupId");
        assertThat(eu).contains("  WebEuInstance:\n").doesNotContain("WebUsInstance").contains("  VpcId0eu:\n").doesNotContain("VpcId0us")
                .contains("      CidrIp: {\"Ref\": \"PeerCidr0us\"}\n").doesNotContain("SourceSecurityGroupId");
    }

    @Test
    void passesCfnLintAndTerraformFmt()
            throws IOException, InterruptedException
    {
        ExternalTools.Result lint = ExternalTools.run(output, List.of(ExternalTools.require("cfn-lint").toString(), "--",
                "cloudformation/wave-01-111111111111-us-east-1.yaml", "cloudformation/wave-01-222222222222-eu-west-1.yaml"));
        assertThat(lint.exitCode()).as(lint.output()).isZero();
        ExternalTools.Result format = ExternalTools.run(output.resolve("terraform"),
                List.of(ExternalTools.require("terraform").toString(), "fmt", "-check", "-recursive", "-diff", "-no-color"));
        assertThat(format.exitCode()).as(format.output()).isZero();
    }

    @Test
    void namesTheProviderAliasAndStackInTheRunbookSteps()
            throws IOException
    {
        assertThat(read("runbooks/wave-01.md"))
                .contains("Create the target for account 222222222222, Region eu-west-1: apply `terraform/wave-01` (`aws_instance.web_eu` with provider `aws.a222222222222_eu_west_1`),"
                        + " or deploy `cloudformation/wave-01-222222222222-eu-west-1.yaml` as a stack there.")
                .contains("Create the target for account 111111111111, Region us-east-1: apply `terraform/wave-01` (`aws_instance.web_us` with provider `aws.a111111111111_us_east_1`)")
                .contains("- Sources in account 222222222222, Region eu-west-1: Terraform provider `aws.a222222222222_eu_west_1`, CloudFormation `cloudformation/wave-01-222222222222-eu-west-1.yaml`.")
                .contains("- A target VPC for each source VPC (vpc-0eu, vpc-0us), in the account and Region of its sources, reachable from the source network");
        assertThat(read("terraform/README.md"))
                .contains("| 01 | `wave-01/` | 3 | 0 | (none) | `aws.a111111111111_us_east_1`, `aws.a222222222222_eu_west_1` |");
    }

    private static String read(String file)
            throws IOException
    {
        return Files.readString(output.resolve(file));
    }
}
