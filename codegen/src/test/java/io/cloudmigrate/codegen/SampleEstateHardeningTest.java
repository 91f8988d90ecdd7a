package io.cloudmigrate.codegen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static io.cloudmigrate.codegen.SampleEstateTargetsTest.block;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The sample estate's Terraform as a platform team adopts it: target choices as inputs with the
 * recommendation as default, secure settings, tags on rules, and checkov checks skipped only where
 * their condition holds, each with its reason.
 */
class SampleEstateHardeningTest
{
    @TempDir
    static Path sample;

    @TempDir
    static Path output;

    @BeforeAll
    static void generate()
    {
        DemoArtifacts.generate(sample, output);
    }

    private static String read(String relative)
            throws IOException
    {
        return Files.readString(output.resolve(relative));
    }

    @Test
    void makesTheRecommendedInstanceTypeTheDefaultOfAnInput()
            throws IOException
    {
        String main = read("terraform/wave-01/main.tf");

        assertThat(block(main, "variable \"legacy_sftp_1_instance_type\"")).contains("  default     = \"t2.medium\"\n");
        assertThat(block(main, "resource \"aws_instance\" \"legacy_sftp_1\"")).containsPattern("(?m)^  instance_type +\\= var\\.legacy_sftp_1_instance_type$");
        assertThat(block(read("terraform/wave-01/variables.tf"), "variable \"default_tags\""))
                .contains("    \"cloudmigrate:assessment\" = \"Northwind Traders\"\n");
    }

    @Test
    void monitorsEncryptsAndManagesInstancesThroughSystemsManager()
            throws IOException
    {
        String main = read("terraform/wave-01/main.tf");

        assertThat(block(main, "resource \"aws_instance\" \"legacy_sftp_1\""))
                .contains("  iam_instance_profile   = aws_iam_instance_profile.instances_a111111111111_us_east_1.name\n")
                .contains("  monitoring             = true\n")
                .contains("    http_tokens   = \"required\"\n")
                .contains("  root_block_device {\n    volume_size = var.legacy_sftp_1_root_volume_size\n    volume_type = var.legacy_sftp_1_root_volume_type\n"
                        + "    encrypted   = true\n    kms_key_id  = var.ebs_kms_key_id\n  }\n");
        assertThat(block(main, "resource \"aws_iam_role_policy_attachment\" \"instances_a111111111111_us_east_1_ssm\""))
                .contains("arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore");
    }

    @Test
    void exportsDatabaseLogsAndMonitorsTheDatabase()
            throws IOException
    {
        String primary = block(read("terraform/wave-01/main.tf"), "resource \"aws_db_instance\" \"storefront_db\"");

        assertThat(primary)
                .containsPattern("enabled_cloudwatch_logs_exports +\\= \\[\"postgresql\", \"upgrade\"\\]")
                .containsPattern("iam_database_authentication_enabled +\\= true")
                .containsPattern("monitoring_role_arn +\\= aws_iam_role\\.rds_monitoring_a111111111111_us_east_1\\.arn");
    }

    @Test
    void skipsTheOpenSshCheckOnlyOnARuleOpenToTheInternetOnPort22()
            throws IOException
    {
        String main = read("terraform/wave-01/main.tf");
        String open = block(main, "resource \"aws_vpc_security_group_ingress_rule\" \"legacy_sftp_ingress_1\"");

        assertThat(open).contains("  cidr_ipv4         = \"0.0.0.0/0\"\n").contains("  #checkov:skip=CKV_AWS_24:Ingress rules reproduce the source's");
        for (String rule : List.of("storefront_db_ingress_1", "storefront_tasks_ingress_1")) {
            assertThat(block(main, "resource \"aws_vpc_security_group_ingress_rule\" \"" + rule + "\"")).as(rule)
                    .doesNotContain("CKV_AWS_24")
                    .containsPattern("  description +\\= \"")
                    .contains("    \"cloudmigrate:source-id\" = \"sg-");
        }
    }

    @Test
    void monitorsCloudFormationDatabasesAndSkipsChecksOnlyWhereTheirConditionHolds()
            throws IOException
    {
        String primary = block(read("cloudformation/wave-01-111111111111-us-east-1.yaml"), "  StorefrontDbDatabase:");
        String replica = block(read("cloudformation/wave-02-111111111111-eu-west-1.yaml"), "  StorefrontEuDbDatabase:");

        assertThat(primary)
                .contains("      MonitoringInterval: 60\n      MonitoringRoleArn: {\"Fn::GetAtt\": [\"DatabaseMonitoringRole\", \"Arn\"]}\n")
                .contains("      EnableIAMDatabaseAuthentication: true\n")
                .contains("      EnableCloudwatchLogsExports:\n        - \"postgresql\"\n        - \"upgrade\"\n")
                // Multi-AZ like its source, so no skip of the Multi-AZ check; the cfn-lint ignore shares the one Metadata
                .doesNotContain("checkov")
                .contains("    Metadata:\n      cfn-lint:\n");
        assertThat(replica)
                .contains("          - id: \"CKV_AWS_16\"\n            comment: \"A read replica is encrypted as its encrypted primary is")
                .contains("      MonitoringInterval: 60\n");
        assertThat(block(read("cloudformation/wave-01-111111111111-us-east-1.yaml"), "  LegacySftpIngress1:"))
                .contains("          - id: \"CKV_AWS_24\"\n");
        assertThat(ArtifactGenerator.checkovSkips(new GeneratedArtifacts(output, List.of("cloudformation/wave-01-111111111111-us-east-1.yaml",
                "cloudformation/wave-02-111111111111-eu-west-1.yaml")))).as("Metadata skips of two templates: the replication group encrypts in transit, so of its skips only its AUTH token's key one is left")
                .isEqualTo(7);
    }

    @Test
    void countsTheSkipCommentsOfTheTerraformFiles()
    {
        List<String> files = List.of("terraform/wave-01/main.tf", "terraform/wave-02/main.tf", "terraform/wave-03/main.tf", "terraform/wave-04/main.tf",
                "terraform/wave-01/variables.tf", "runbooks/wave-01.md");

        // the skip comments of this generation's four main.tf files, and none elsewhere; on the output of
        // `cloudmigrate demo` checkov 3.3.30 reported 0 failed and every skip comment as one skip
        assertThat(ArtifactGenerator.checkovSkips(new GeneratedArtifacts(output, files))).isEqualTo(67);
    }
}
