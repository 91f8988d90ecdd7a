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
 * Generates DB clusters with their instances and replication groups from the group resource, and
 * checks the result with terraform fmt, terraform validate and cfn-lint.
 */
class ClusterEstateTest
{
    private static final String CLOUDFORMATION = "cloudformation/wave-01-111122223333-eu-west-1.yaml";

    @TempDir
    static Path output;

    @BeforeAll
    static void generate()
    {
        new ArtifactGenerator().generate(ClusterEstateFixture.assessment(), output, GenerationOptions.defaults());
    }

    @Test
    void generatesAnAuroraClusterWithItsInstances()
            throws IOException
    {
        String main = read("terraform/wave-01/main.tf");
        assertThat(main)
                .contains("""
                        resource "aws_rds_cluster" "ledger" {
                          provider = aws.a111122223333_eu_west_1

                          cluster_identifier          = "ledger${var.name_suffix}"
                          engine                      = "aurora-postgresql"
                          engine_version              = "16"
                          allow_major_version_upgrade = true
                          storage_encrypted           = true
                          port                        = 5432
                          db_subnet_group_name        = aws_db_subnet_group.ledger.name
                          vpc_security_group_ids      = [aws_security_group.db.id]
                          master_username             = var.database_master_username
                          manage_master_user_password = true
                        """)
                .contains("""
                          serverlessv2_scaling_configuration {
                            min_capacity = 0.5
                            max_capacity = 16
                          }
                        """)
                .contains("""
                        resource "aws_rds_cluster_instance" "ledger_1" {
                          provider = aws.a111122223333_eu_west_1

                          identifier            = "ledger-1${var.name_suffix}"
                          cluster_identifier    = aws_rds_cluster.ledger.id
                          instance_class        = var.ledger_1_instance_class
                          engine                = aws_rds_cluster.ledger.engine
                          engine_version        = aws_rds_cluster.ledger.engine_version
                          promotion_tier        = 0
                        """)
                .contains("  instance_class        = var.ledger_2_instance_class\n  engine                = aws_rds_cluster.ledger.engine\n  engine_version        = aws_rds_cluster.ledger.engine_version\n  promotion_tier        = 1\n")
                .containsPattern("variable \"ledger_2_instance_class\" \\{\\n(?:.*\\n){2}  default     = \"db\\.serverless\"\\n")
                .doesNotContain("resource \"aws_db_instance\"");
        assertThat(read("terraform/wave-02/main.tf")).contains("# Not generated: ledger-3 (RDS DB instance, " + ClusterEstateFixture.LEDGER_3
                + "): a member of DB cluster ledger, which is not generated in this wave; it is created with its cluster");
        assertThat(read("terraform/wave-01/outputs.tf")).contains("output \"ledger_reader_endpoint\" {");
    }

    @Test
    void generatesAMultiAzDbClusterThatCreatesItsOwnInstances()
            throws IOException
    {
        assertThat(read("terraform/wave-01/main.tf"))
                .contains("  db_cluster_instance_class   = \"db.m6gd.large\"\n  allocated_storage           = 400\n  storage_type                = \"io1\"\n  iops                        = 3000\n")
                .contains("# Not provisioned: payments-1 (RDS DB instance, " + ClusterEstateFixture.PAYMENTS_1 + "): created by Multi-AZ DB cluster payments with payments");
    }

    @Test
    void generatesReplicationGroupsFromTheGroupAndNotFromItsNodes()
            throws IOException
    {
        String main = read("terraform/wave-01/main.tf");
        assertThat(main)
                .contains("resource \"aws_elasticache_replication_group\" \"carts\" {")
                .contains("  num_cache_clusters         = 2\n  automatic_failover_enabled = true\n  at_rest_encryption_enabled = true\n  transit_encryption_enabled = true\n")
                .contains("resource \"aws_elasticache_replication_group\" \"feed\" {")
                .contains("  engine                     = \"valkey\"\n")
                .contains("  num_node_groups            = 2\n  replicas_per_node_group    = 1\n  parameter_group_name       = \"default.valkey8.cluster.on\"\n")
                .contains("# Not provisioned: carts-001 (ElastiCache cluster, " + ClusterEstateFixture.CARTS_1 + "): created as a node of replication group carts with carts")
                .doesNotContain("resource \"aws_elasticache_cluster\"")
                .doesNotContain("resource \"aws_elasticache_replication_group\" \"carts_001\"");
    }

    @Test
    void generatesTheClustersInCloudFormation()
            throws IOException
    {
        assertThat(read(CLOUDFORMATION))
                .contains("  LedgerCluster:\n    Type: \"AWS::RDS::DBCluster\"\n")
                .contains("      DBClusterIdentifier: {\"Ref\": \"LedgerCluster\"}\n      Engine: \"aurora-postgresql\"\n      DBInstanceClass: \"db.r6g.large\"\n      PromotionTier: 0\n")
                .contains("      ServerlessV2ScalingConfiguration:\n        MinCapacity: 0.5\n        MaxCapacity: 16\n")
                .contains("      DBClusterInstanceClass: \"db.m6gd.large\"\n");
    }

    @Test
    void listsTheRoutesTheTargetSubnetsNeed()
            throws IOException
    {
        assertThat(read("runbooks/wave-01.md"))
                .contains("Routes for the target subnets replacing subnet-0a, as route table private (rtb-0private) has them: "
                        + "0.0.0.0/0 to NAT gateway nat-0a, 10.8.0.0/16 to transit gateway tgw-0a.")
                .contains("Routes for the target subnets replacing subnet-0b, as route table rtb-0main (the VPC's main table) has them: "
                        + "pl-6ea54007 to VPC endpoint vpce-0s3.");
    }

    @Test
    void takesTheOutsideCallersOfAClustersMembersAndNotTheMembersForUsersOfIt()
            throws IOException
    {
        String runbook = read("runbooks/wave-01-ledger.md");
        assertThat(runbook)
                .contains("Stop writes: put the resources that depend on it in maintenance: on-premises systems on tcp/5432 (observed).")
                // a member's path is checked against its cluster's endpoint, which the cluster's Terraform outputs
                .contains("Check that on-premises systems reaches ledger-1 on tcp/5432 (flow logs). The other end, on-premises systems, is outside the estate."
                        + " Run `host=\"$(terraform -chdir=terraform/wave-01 output -raw ledger_endpoint)\" && nc -z -w 5 \"${host%:*}\" 5432`")
                .doesNotContain("ledger-1 (configured)")
                .doesNotContain("ledger (configured)");
    }

    @Test
    void passesTerraformAndCfnLint()
            throws IOException, InterruptedException
    {
        ExternalTools.assertTerraformFormatted(output.resolve("terraform"));
        for (String wave : List.of("wave-01", "wave-02")) {
            ExternalTools.assertTerraformValid(output.resolve("terraform/" + wave));
        }
        Path cfnLint = ExternalTools.require("cfn-lint");
        ExternalTools.Result result = ExternalTools.run(output, List.of(cfnLint.toString(), "--", CLOUDFORMATION, "cloudformation/wave-02-111122223333-eu-west-1.yaml"));
        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void tellsTheClientsOfACacheEncryptedInTransitToUseTlsAndTheAuthTokenTheCodeKeeps()
            throws IOException
    {
        String runbook = read("runbooks/wave-01.md");
        assertThat(runbook).contains("The target encrypts in transit: before switching, configure its clients")
                .contains("They must also present the AUTH token, which the generated code keeps in Secrets Manager: read it with "
                        + "`aws secretsmanager get-secret-value --region eu-west-1 --secret-id \"$(terraform -chdir=terraform/wave-01 output -raw carts_auth_token_secret_arn)\""
                        + " --query SecretString --output text`")
                .contains("`host=\"$(terraform -chdir=terraform/wave-01 output -raw carts_endpoint)\" && echo | openssl s_client -connect \"${host%:*}:6379\" -brief`;"
                        + " expect `CONNECTION ESTABLISHED`");
        // the runbook reads the outputs the generated code declares, and only for the cache it encrypts
        assertThat(read("terraform/wave-01/outputs.tf")).contains("output \"carts_auth_token_secret_arn\" {").contains("output \"carts_endpoint\" {");
        String main = read("terraform/wave-01/main.tf");
        assertThat(runbook.split("The target encrypts in transit", -1).length - 1)
                .isEqualTo(main.split("transit_encryption_enabled\\s*=\\s*true", -1).length - 1)
                .isEqualTo(2);
    }

    private static String read(String file)
            throws IOException
    {
        return Files.readString(output.resolve(file));
    }
}
