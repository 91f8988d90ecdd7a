package io.cloudmigrate.codegen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders every template branch once (caches, functions, containers, ALB and NLB, unsupported
 * members) and checks the result with the same validators as the small estate.
 */
class BroadEstateTest
{
    @TempDir
    static Path output;

    @BeforeAll
    static void generate()
    {
        new ArtifactGenerator().generate(BroadEstateFixture.assessment(), output, GenerationOptions.defaults());
    }

    @Test
    void generatesReplicationGroupsClustersFunctionsAndServices()
            throws IOException
    {
        String main = read("terraform/wave-01/main.tf");
        assertThat(main)
                .contains("resource \"aws_elasticache_replication_group\" \"sessions_001\" {")
                .contains("  num_cache_clusters         = 2\n")
                .contains("resource \"aws_elasticache_cluster\" \"fragments\" {")
                .contains("  runtime          = \"python3.12\"\n")
                .contains("  package_type  = \"Image\"\n")
                .contains("  cluster         = aws_ecs_cluster.apps.arn\n")
                .contains("# Not provisioned: sessions-002 (ElastiCache cluster, " + BroadEstateFixture.CACHE_B + "): created as a node of replication group sessions with sessions-001")
                .contains("# Not generated: reports-aurora (RDS DB instance, " + BroadEstateFixture.AURORA + "): an Aurora instance is created with its DB cluster, and the inventory names none")
                .contains("# The source bucket never had versioning, so none is configured for acme-logs.");
        assertThat(read("terraform/wave-02/main.tf"))
                .contains("  certificate_arn   = var.certificate_arn\n")
                .contains("  protocol          = \"TLS\"\n")
                .contains("resource \"aws_lb_target_group_attachment\" \"shop_alb_https_443_app\" {")
                .contains("# Target 10.0.0.9 is no instance that this wave or an earlier one creates here")
                .contains("  cluster         = var.ecs_cluster_arns[\"arn:aws:ecs:eu-west-1:111122223333:cluster/other\"]\n")
                // the recommended type is the default of the instance's input, which a team may set otherwise
                .containsPattern("variable \"[a-z0-9_]+_instance_type\" \\{\\n(?:.*\\n){2}  default     = \"m7i\\.xlarge\"\\n")
                .contains("# Not generated: legacy (EC2 instance, " + BroadEstateFixture.LEGACY + "): Replatform to Amazon ECS on Fargate moves it to another service")
                .contains("# Not generated: erp (EC2 instance, " + BroadEstateFixture.ERP + "): Repurchase to SaaS ERP replaces it with a product")
                .contains("# Not generated: reporting (Lambda function, " + BroadEstateFixture.REPORTING + "): Refactor to AWS Step Functions is a new design")
                .doesNotContain("resource \"aws_lambda_function\" \"reporting\"");
    }

    @Test
    void generatesTheLoadBalancersFunctionsAndServicesInCloudFormationToo()
            throws IOException
    {
        String templates = cloudFormation();

        assertThat(templates)
                .contains("Type: \"AWS::ElasticLoadBalancingV2::LoadBalancer\"")
                .contains("Type: \"AWS::ElasticLoadBalancingV2::Listener\"")
                .contains("Type: \"AWS::Lambda::Function\"")
                .contains("Type: \"AWS::ECS::Cluster\"")
                .contains("Type: \"AWS::ECS::Service\"")
                .contains("        - CertificateArn: {\"Ref\": \"CertificateArn\"}")
                .containsPattern("      Targets:\n        - Id: \\{\"(Ref|Fn::ImportValue)\": ")
                .doesNotContain("Terraform only");
    }

    private static String cloudFormation()
            throws IOException
    {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(output.resolve("cloudformation"))) {
            for (Path file : files.sorted().toList()) {
                all.append(Files.readString(file));
            }
        }
        return all.toString();
    }

    @Test
    void balancesEveryTerraformFile()
            throws IOException
    {
        for (String wave : List.of("wave-01", "wave-02")) {
            for (String file : List.of("versions.tf", "variables.tf", "main.tf", "outputs.tf")) {
                assertThat(TerraformArtifactsTest.unbalanced(read("terraform/" + wave + "/" + file))).as(wave + "/" + file).isEmpty();
            }
        }
    }

    @Test
    void isFormattedAsTerraformFmtWants()
            throws IOException, InterruptedException
    {
        ExternalTools.assertTerraformFormatted(output.resolve("terraform"));
    }

    @Test
    void passesCfnLint()
            throws IOException, InterruptedException
    {
        Path cfnLint = ExternalTools.require("cfn-lint");
        ExternalTools.Result result = ExternalTools.run(output, List.of(cfnLint.toString(), "--", "cloudformation/wave-01-111122223333-eu-west-1.yaml", "cloudformation/wave-02-111122223333-eu-west-1.yaml"));
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void writesStepsForEveryMember()
            throws IOException
    {
        String wave2 = read("runbooks/wave-02.md");
        assertThat(wave2)
                .contains("### 1. app\n")
                .contains("Register the replacements of these targets, which this wave does not create, in its target groups: 10.0.0.9.")
                .contains("**Build**")
                .contains("Procure SaaS ERP");
        assertThat(read("runbooks/wave-01.md")).contains("Runtime upgrade python3.8 to python3.12");
    }

    private static String read(String file)
            throws IOException
    {
        return Files.readString(output.resolve(file));
    }
}
