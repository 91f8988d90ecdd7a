package io.cloudmigrate.codegen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.rds.RdsClient;
import software.amazon.awssdk.services.rds.model.DBInstance;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans and applies the demo's generated Terraform wave by wave against moto, which emulates what the
 * waves create (EC2, RDS with read replicas, ElastiCache, ELBv2, Lambda): a later wave reads the ids of
 * the security groups, instances and primaries the earlier waves created from their state, as it would
 * from the S3 bucket in a target account. The provider endpoints, a local backend instead of the S3 one and
 * the earlier waves' state files for {@code terraform_remote_state} come from an override file the test
 * writes beside the generated code (never {@code generate}). Runs
 * where terraform with a local hashicorp/aws provider mirror and a moto server exist.
 */
class TerraformWaveApplyTest
{
    /**
     * What moto cannot create, left out of the apply ({@code -target} for everything else) after the whole
     * wave has planned: a replication group comes without its member clusters, which the provider reads
     * after creating it; a read replica shares its primary's DbiResourceId, so the provider's wait for it
     * finds the primary, and a cross-Region replica's DB subnet group is looked up in the primary's Region;
     * moto holds no AWS managed IAM policies (unless started with MOTO_IAM_LOAD_MANAGED_POLICIES) to attach.
     */
    private static final Pattern MOTO_GAP = Pattern.compile("(?ms)^resource \"(aws_elasticache_replication_group|aws_db_instance|aws_iam_role_policy_attachment)\" \"([a-z0-9_]+)\" \\{\\n(.*?)^}\\n");
    private static final Pattern RESOURCE = Pattern.compile("(?m)^resource \"([a-z0-9_]+)\" \"([a-z0-9_]+)\"");
    private static final Pattern PLANNED_SOURCE = Pattern.compile("\"replicate_source_db\":\"([^\"]*)\"");
    private static final Pattern INSTANCE = Pattern.compile("(?m)^resource \"aws_instance\" \"[a-z0-9_]+\" \\{\\n  provider = aws\\.a(\\d{12})_([a-z0-9_]+)");

    @TempDir
    Path output;

    @Test
    void appliesEveryWaveInOrderWithEachWaveFindingWhatTheEarlierOnesCreated()
            throws IOException, InterruptedException
    {
        Path terraform = ExternalTools.require("terraform");
        URI endpoint = Moto.endpoint();
        DemoArtifacts.generate(output.resolve("sample"), output.resolve("out"));
        List<Path> waves = DemoArtifacts.terraformWaves(output.resolve("out"));
        WaveInputs inputs = new WaveInputs(new WaveInputs.Emulator()
        {
            @Override
            public Ec2Client ec2(String account, String region)
            {
                return Ec2Client.builder().endpointOverride(endpoint).credentialsProvider(Moto.credentials()).region(Region.of(region))
                        .overrideConfiguration(Moto.inAccount(account)).build();
            }

            @Override
            public String lambdaRole(String account, String name)
            {
                return Moto.createRole(endpoint, account, name, "lambda.amazonaws.com");
            }

            @Override
            public Optional<String> targetRole(String account)
            {
                // moto answers AssumeRole for any role and acts in the role's account with the keys it returns
                return Optional.of("arn:aws:iam::" + account + ":role/cloudmigrate-deploy");
            }
        });
        Map<String, Long> instancesByPlacement = new TreeMap<>();
        List<String> applied = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        List<String> replicaSources = new ArrayList<>();
        for (Path wave : waves) {
            String main = Files.readString(wave.resolve("main.tf"));
            Files.writeString(wave.resolve("moto_override.tf"), overrides(main, endpoint));
            Files.writeString(wave.resolve("terraform.tfvars.json"), inputs.variables(main, wave));
            ExternalTools.terraformInit(terraform, wave, true);
            ExternalTools.Result plan = ExternalTools.run(wave, List.of(terraform.toString(), "plan", "-input=false", "-no-color", "-out=wave.plan"));
            assertThat(plan.exitCode()).as("terraform plan of %s: %s", wave.getFileName(), plan.output()).isZero();
            ExternalTools.Result planned = ExternalTools.run(wave, List.of(terraform.toString(), "show", "-json", "-no-color", "wave.plan"));
            PLANNED_SOURCE.matcher(planned.output()).results().forEach(match -> replicaSources.add(match.group(1)));
            List<String> gaps = MOTO_GAP.matcher(main).results()
                    .filter(match -> !match.group(1).equals("aws_db_instance") || match.group(3).contains("replicate_source_db"))
                    .map(match -> match.group(1) + "." + match.group(2)).toList();
            if (!gaps.isEmpty()) {
                List<String> command = new ArrayList<>(List.of(terraform.toString(), "plan", "-input=false", "-no-color", "-out=wave.plan"));
                RESOURCE.matcher(main).results().map(match -> match.group(1) + "." + match.group(2)).filter(address -> !gaps.contains(address))
                        .forEach(address -> command.add("-target=" + address));
                plan = ExternalTools.run(wave, command);
                assertThat(plan.exitCode()).as("terraform plan of %s without %s: %s", wave.getFileName(), gaps, plan.output()).isZero();
                gaps.forEach(gap -> leftOut.add(wave.getFileName() + "/" + gap));
            }
            ExternalTools.Result apply = ExternalTools.run(wave, List.of(terraform.toString(), "apply", "-input=false", "-no-color", "-auto-approve", "wave.plan"));
            assertThat(apply.exitCode()).as("terraform apply of %s: %s", wave.getFileName(), apply.output()).isZero();
            assertThat(apply.output()).contains("Apply complete!");
            INSTANCE.matcher(main).results().forEach(match -> instancesByPlacement.merge(match.group(1) + "/" + match.group(2).replace('_', '-'), 1L, Long::sum));
            applied.add(wave.getFileName().toString());
        }
        System.err.println("moto: planned and applied " + applied + "; left out (moto gaps) " + leftOut);
        assertThat(applied).hasSameSizeAs(waves);
        instancesByPlacement.forEach((placement, expected) -> assertThat(instances(endpoint, placement)).as("instances in %s", placement).isEqualTo(expected));
        assertReplicasFollowTheirPrimaries(endpoint, replicaSources);
    }

    /**
     * The demo's two replicas of storefront-db (wave 1), one beside it in us-east-1 and one in eu-west-1
     * (both wave 2), name as their source the ARN of the primary wave 1 created, read from wave 1's state.
     */
    private static void assertReplicasFollowTheirPrimaries(URI endpoint, List<String> replicaSources)
    {
        Map<String, DBInstance> primaries = databases(endpoint, "us-east-1");
        assertThat(primaries).containsKey("storefront-db");
        assertThat(primaries.get("storefront-db").readReplicaSourceDBInstanceIdentifier()).as("the primary is no replica").isNull();
        // the plan's JSON holds each value twice (planned values and changes); a primary's is empty
        assertThat(replicaSources.stream().filter(source -> !source.isEmpty()).distinct()).as("planned replicate_source_db of the wave 2 replicas")
                .containsExactly(primaries.get("storefront-db").dbInstanceArn());
        assertThat(replicaSources.stream().filter(source -> !source.isEmpty()).count()).isEqualTo(4);
    }

    private static Map<String, DBInstance> databases(URI endpoint, String region)
    {
        try (RdsClient rds = RdsClient.builder().endpointOverride(endpoint).credentialsProvider(Moto.credentials()).region(Region.of(region))
                .overrideConfiguration(Moto.inAccount("111111111111")).build()) {
            return rds.describeDBInstances().dbInstances().stream().collect(Collectors.toMap(DBInstance::dbInstanceIdentifier, database -> database, (left, right) -> left, TreeMap::new));
        }
    }

    private static long instances(URI endpoint, String placement)
    {
        String[] parts = placement.split("/");
        try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).credentialsProvider(Moto.credentials()).region(Region.of(parts[1]))
                .overrideConfiguration(Moto.inAccount(parts[0])).build()) {
            return ec2.describeInstances().reservations().stream().mapToLong(reservation -> reservation.instances().size()).sum();
        }
    }

    /** Points every provider alias at moto; the role in target_role_arns puts each alias in its own moto account. */
    static String overrides(String main, URI endpoint)
    {
        StringBuilder text = new StringBuilder("# Written by the test, not by generate: every provider alias talks to moto.\n");
        WaveInputs.ALIAS.matcher(main).results().forEach(alias -> text.append("""

                provider "aws" {
                  alias                       = "%s"
                  access_key                  = "testing"
                  secret_key                  = "testing"
                  skip_credentials_validation = true
                  skip_requesting_account_id  = true
                  skip_metadata_api_check     = true
                  s3_use_path_style           = true

                  endpoints {
                    ec2            = "%2$s"
                    ecs            = "%2$s"
                    elasticache    = "%2$s"
                    elbv2          = "%2$s"
                    iam            = "%2$s"
                    kms            = "%2$s"
                    lambda         = "%2$s"
                    logs           = "%2$s"
                    rds            = "%2$s"
                    s3             = "%2$s"
                    secretsmanager = "%2$s"
                    sts            = "%2$s"
                  }
                }
                """.formatted(alias.group(1), endpoint)));
        text.append(WaveInputs.instanceOverrides(main));
        text.append(WaveInputs.stateOverrides(main));
        return text.toString();
    }
}
