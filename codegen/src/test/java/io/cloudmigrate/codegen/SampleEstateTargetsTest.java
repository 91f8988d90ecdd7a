package io.cloudmigrate.codegen;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the sample estate's targets are, block by block: the shapes a platform team relies on when it
 * adopts the generated code (validators only say that the code is well formed).
 */
class SampleEstateTargetsTest
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

    @Test
    void createsASameRegionReadReplicaFromThePrimarysArnBecauseItHasASubnetGroup()
            throws IOException
    {
        String main = read("terraform/wave-02/main.tf");
        String replica = block(main, "resource \"aws_db_instance\" \"storefront_db_replica_1\"");

        assertThat(main).doesNotContain("data \"aws_db_instance\"");
        assertThat(read("terraform/wave-01/outputs.tf")).contains("value       = aws_db_instance.storefront_db.arn");
        assertThat(replica)
                .containsPattern("db_subnet_group_name +\\= aws_db_subnet_group\\.storefront_db_replica_1\\.name")
                .containsPattern("replicate_source_db +\\= data\\.terraform_remote_state\\.wave_01\\.outputs\\.storefront_db_arn")
                .doesNotContainPattern("(?m)^  (username|manage_master_user_password|allocated_storage|engine|engine_version|final_snapshot_identifier) ")
                .containsPattern("skip_final_snapshot +\\= true");
    }

    @Test
    void createsACrossRegionReadReplicaFromThePrimarysArnWithAKeyOfItsOwnRegion()
            throws IOException
    {
        String main = read("terraform/wave-02/main.tf");
        String replica = block(main, "resource \"aws_db_instance\" \"storefront_eu_db\"");

        assertThat(replica)
                .contains("provider = aws.a111111111111_eu_west_1")
                .containsPattern("replicate_source_db +\\= data\\.terraform_remote_state\\.wave_01\\.outputs\\.storefront_db_arn")
                .containsPattern("kms_key_id +\\= data\\.aws_kms_alias\\.storefront_eu_db_replica_source_key\\.target_key_arn")
                .doesNotContainPattern("(?m)^  (username|allocated_storage|engine|engine_version) ");
        assertThat(read("terraform/wave-02/outputs.tf")).doesNotContain("storefront_eu_db_master_user_secret_arn", "storefront_db_replica_1_master_user_secret_arn");
    }

    @Test
    void createsReadReplicasInCloudFormationFromThePrimarysExportOrAcrossRegionsFromAParameter()
            throws IOException
    {
        String sameRegion = block(read("cloudformation/wave-02-111111111111-us-east-1.yaml"), "  StorefrontDbReplica1Database:");
        String crossRegion = block(read("cloudformation/wave-02-111111111111-eu-west-1.yaml"), "  StorefrontEuDbDatabase:");

        assertThat(sameRegion)
                .contains("SourceDBInstanceIdentifier: {\"Fn::ImportValue\": {\"Fn::Sub\": \"${Wave01StackName}-StorefrontDbDatabaseArn\"}}")
                .doesNotContain("MasterUsername", "AllocatedStorage", "Engine:", "KmsKeyId");
        assertThat(read("cloudformation/wave-02-111111111111-us-east-1.yaml"))
                .doesNotContain("StorefrontDbReplica1SourceDBInstance")
                .contains("  Wave01StackName:\n    Type: \"String\"\n    Description: \"Name of the stack created from cloudformation/wave-01-111111111111-us-east-1.yaml");
        assertThat(read("cloudformation/wave-01-111111111111-us-east-1.yaml")).contains("  StorefrontDbDatabaseArn:\n"
                + "    Description: \"ARN of storefront-db, for the read replicas of later stacks.\"\n"
                + "    Value: {\"Fn::GetAtt\": [\"StorefrontDbDatabase\", \"DBInstanceArn\"]}\n"
                + "    Export:\n"
                + "      Name: {\"Fn::Sub\": \"${AWS::StackName}-StorefrontDbDatabaseArn\"}");
        // exports do not cross Regions: the replica in eu-west-1 names the output to copy
        assertThat(read("cloudformation/wave-02-111111111111-eu-west-1.yaml"))
                .contains("output StorefrontDbDatabaseArn of stack wave-01-111111111111-us-east-1 (exports do not cross Regions)");
        assertThat(crossRegion)
                .contains("SourceDBInstanceIdentifier: {\"Ref\": \"StorefrontEuDbSourceDBInstance\"}")
                .contains("KmsKeyId: \"alias/aws/rds\"")
                .doesNotContain("MasterUsername", "AllocatedStorage", "Engine:");
    }

    @Test
    void namesEveryDatabaseInCloudFormationAsTerraformDoes()
            throws IOException
    {
        TreeSet<String> terraform = new TreeSet<>();
        TreeSet<String> cloudFormation = new TreeSet<>();
        try (Stream<Path> files = Files.walk(output)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                if (name.equals("main.tf")) {
                    collect(Pattern.compile("(?m)^  identifier +\\= \"([a-z0-9-]+)\\$\\{var\\.name_suffix}\"$"), Files.readString(file), terraform);
                }
                else if (name.endsWith(".yaml")) {
                    collect(Pattern.compile("(?m)^      DBInstanceIdentifier: \\{\"Fn::Join\": \\[\"\", \\[\"([a-z0-9-]+)\", \\{\"Ref\": \"NameSuffix\"}]]}$"), Files.readString(file), cloudFormation);
                }
            }
        }

        assertThat(terraform).containsExactly("storefront-db", "storefront-db-replica-1", "storefront-eu-db");
        assertThat(cloudFormation).isEqualTo(terraform);
        assertThat(read("cloudformation/wave-01-111111111111-us-east-1.yaml"))
                .contains("  NameSuffix:\n    Type: \"String\"\n")
                .containsPattern("    Default: \"\"\n    MaxLength: [0-9]+\n    AllowedPattern: \"\\^\\[a-z0-9]\\*\\(-\\[a-z0-9]\\+\\)\\*\\$\"\n");
        assertThat(read("terraform/wave-01/variables.tf")).contains("condition     = can(regex(\"^[a-z0-9]*(-[a-z0-9]+)*$\", var.name_suffix))")
                .containsPattern("condition     = length\\(var\\.name_suffix\\) <= [0-9]+\n    error_message = \"The name_suffix may have at most [0-9]+ characters here: ");
    }

    @Test
    void encryptsTheCacheInTransitWithAnAuthTokenKeptInSecretsManager()
            throws IOException
    {
        String main = read("terraform/wave-01/main.tf");
        String group = block(main, "resource \"aws_elasticache_replication_group\" \"storefront_sessions\"");

        assertThat(group)
                .containsPattern("transit_encryption_enabled +\\= true")
                .containsPattern("auth_token +\\= aws_secretsmanager_secret_version\\.storefront_sessions_auth_token\\.secret_string")
                .doesNotContain("CKV_AWS_30", "CKV_AWS_31");
        assertThat(block(main, "resource \"aws_secretsmanager_secret_version\" \"storefront_sessions_auth_token\""))
                .contains("secret_string = data.aws_secretsmanager_random_password.storefront_sessions_auth_token.random_password")
                .contains("ignore_changes = [secret_string]");
        assertThat(read("terraform/wave-01/outputs.tf")).contains("output \"storefront_sessions_auth_token_secret_arn\"");

        String template = read("cloudformation/wave-01-111111111111-us-east-1.yaml");
        assertThat(block(template, "  StorefrontSessionsAuthToken:")).contains("Type: \"AWS::SecretsManager::Secret\"").contains("GenerateSecretString:");
        assertThat(block(template, "  StorefrontSessionsReplicationGroup:"))
                .contains("TransitEncryptionEnabled: true")
                .contains("AuthToken: {\"Fn::Sub\": \"{{resolve:secretsmanager:${StorefrontSessionsAuthToken}:SecretString}}\"}")
                .doesNotContain("CKV_AWS_30", "CKV_AWS_31");
    }

    @Test
    void registersTheInstanceAnEarlierWaveCreatedInTheReplacementOfTheClassicLoadBalancer()
            throws IOException
    {
        String main = read("terraform/wave-03/main.tf");

        assertThat(main).doesNotContain("data \"aws_instance\"");
        assertThat(read("terraform/wave-01/outputs.tf")).contains("output \"legacy_erp_win_1_instance_id\"");
        assertThat(block(main, "resource \"aws_lb_target_group_attachment\" \"legacy_erp_clb_http_80_legacy_erp_win_1\""))
                .contains("target_group_arn = aws_lb_target_group.legacy_erp_clb_http_80.arn")
                .contains("target_id        = data.terraform_remote_state.wave_01.outputs.legacy_erp_win_1_instance_id")
                .contains("port             = 80");
        // legacy-erp-win-2 is retained where it is: no generated code creates it, so it stays a step of the runbook
        assertThat(main).contains("# Target arn:aws:ec2:us-east-1:111111111111:instance/i-0b6ca12f95b8ea19a (legacy-erp-win-2) is no instance");

        String template = read("cloudformation/wave-03-111111111111-us-east-1.yaml");
        assertThat(block(template, "  LegacyErpClbHttp80TargetGroup:"))
                .contains("      Targets:\n        - Id: {\"Fn::ImportValue\": {\"Fn::Sub\": \"${Wave01StackName}-LegacyErpWin1InstanceId\"}}\n          Port: 80\n");
        assertThat(block(template, "  LegacyErpClbLoadBalancer:"))
                .contains("Type: \"AWS::ElasticLoadBalancingV2::LoadBalancer\"")
                .contains("Name: {\"Fn::Join\": [\"\", [\"legacy-erp-clb\", {\"Ref\": \"NameSuffix\"}]]}");
        assertThat(template).contains("  OrdersApiGetOrderFunction:\n    Type: \"AWS::Lambda::Function\"").doesNotContain("Terraform only");
    }

    private static void collect(Pattern pattern, String text, TreeSet<String> into)
    {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            into.add(matcher.group(1));
        }
    }

    @Test
    void asksForNoSecurityGroupThatNoWaveCreates()
            throws IOException
    {
        for (String wave : List.of("wave-01", "wave-02", "wave-03", "wave-04")) {
            assertThat(read("terraform/" + wave + "/main.tf")).as(wave).doesNotContain("var.security_group_ids");
            assertThat(read("terraform/" + wave + "/variables.tf")).as(wave).doesNotContain("security_group_ids");
        }
    }

    @Test
    void createsAGroupOnlyRulesNameWithTheFirstGroupThatNamesIt()
            throws IOException
    {
        String tasks = block(read("terraform/wave-01/main.tf"), "resource \"aws_security_group\" \"storefront_tasks\"");

        assertThat(tasks).contains("\"cloudmigrate:source-id\" = \"sg-02dd21aba811dfc38\"");
    }

    @Test
    void readsAGroupAnEarlierWaveCreatedFromThatWavesState()
            throws IOException
    {
        String main = read("terraform/wave-02/main.tf");

        assertThat(block(main, "data \"terraform_remote_state\" \"wave_01\""))
                .contains("bucket = var.state_bucket")
                .contains("key    = \"cloudmigrate/");
        assertThat(main).doesNotContain("data \"aws_security_group\"")
                .contains("referenced_security_group_id = data.terraform_remote_state.wave_01.outputs.security_group_storefront_tasks_id");
    }

    static String read(String relative)
            throws IOException
    {
        return Files.readString(output.resolve(relative));
    }

    /**
     * The block that starts with {@code header}: in HCL up to the closing brace at the start of a line,
     * in YAML up to the next key of the same indentation.
     */
    static String block(String text, String header)
    {
        int start = text.indexOf(header);
        assertThat(start).as("%s in the generated file", header).isNotNegative();
        String rest = text.substring(start);
        Pattern end = header.endsWith(":") ? Pattern.compile("\n {" + indentation(header) + "}[A-Za-z]") : Pattern.compile("\n}\n");
        Matcher matcher = end.matcher(rest);
        return matcher.find() ? rest.substring(0, matcher.end()) : rest;
    }

    private static int indentation(String header)
    {
        int spaces = 0;
        while (spaces < header.length() && header.charAt(spaces) == ' ') {
            spaces++;
        }
        return spaces;
    }
}
