package io.cloudmigrate.codegen;

import io.cloudmigrate.discovery.testing.LocalStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Applies, wave by wave, the part of the demo's generated Terraform that LocalStack community emulates
 * (security groups, their rules and EC2 instances; not RDS, ElastiCache or ELBv2, and Lambda cannot run
 * here), with {@code -target} naming those resources: a later wave reads the groups the earlier waves
 * created from their state (local files, in the test's override). {@link TerraformWaveApplyTest} applies
 * everything against moto.
 * Runs where terraform and a local hashicorp/aws provider mirror exist (see {@link ExternalTools#terraformInit}).
 */
class TerraformDeployTest
{
    private static final Set<String> EMULATED = Set.of("aws_security_group", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule",
            "aws_instance");
    private static final Pattern RESOURCE = Pattern.compile("(?m)^resource \"([a-z0-9_]+)\" \"([a-z0-9_]+)\" \\{\\n  provider = aws\\.a(\\d{12})_([a-z0-9_]+)");

    @TempDir
    Path output;

    @Test
    void appliesWhatLocalStackEmulatesWaveByWave()
            throws IOException, InterruptedException
    {
        Path terraform = ExternalTools.require("terraform");
        URI endpoint = LocalStack.endpoint();
        DemoArtifacts.generate(output.resolve("sample"), output.resolve("out"));
        List<Path> waves = DemoArtifacts.terraformWaves(output.resolve("out"));
        WaveInputs inputs = new WaveInputs(new WaveInputs.Emulator()
        {
            @Override
            public Ec2Client ec2(String account, String region)
            {
                return Ec2Client.builder().endpointOverride(endpoint).credentialsProvider(LocalStack.account(account)).region(Region.of(region)).build();
            }

            @Override
            public String lambdaRole(String account, String name)
            {
                // never created: LocalStack cannot run the function, so the test leaves it out
                return "arn:aws:iam::" + account + ":role/" + name;
            }

            @Override
            public Optional<String> targetRole(String account)
            {
                return Optional.empty();
            }
        });
        // the accounts may hold the CloudFormation test's instances too (one LocalStack per JVM)
        Map<String, Long> before = new TreeMap<>();
        Map<String, Long> expected = new TreeMap<>();
        List<String> applied = new ArrayList<>();
        for (Path wave : waves) {
            String main = Files.readString(wave.resolve("main.tf"));
            List<String> targets = new ArrayList<>();
            RESOURCE.matcher(main).results().filter(match -> EMULATED.contains(match.group(1))).forEach(match -> {
                targets.add("-target=" + match.group(1) + "." + match.group(2));
                String placement = match.group(3) + "/" + match.group(4).replace('_', '-');
                before.computeIfAbsent(placement, key -> instances(endpoint, key));
                if (match.group(1).equals("aws_instance")) {
                    expected.merge(placement, 1L, Long::sum);
                }
            });
            if (targets.isEmpty()) {
                continue;
            }
            Files.writeString(wave.resolve("localstack_override.tf"), overrides(main, endpoint));
            Files.writeString(wave.resolve("terraform.tfvars.json"), inputs.variables(main, wave));
            ExternalTools.terraformInit(terraform, wave, true);
            List<String> plan = new ArrayList<>(List.of(terraform.toString(), "plan", "-input=false", "-no-color", "-out=wave.plan"));
            plan.addAll(targets);
            ExternalTools.Result planned = ExternalTools.run(wave, plan);
            assertThat(planned.exitCode()).as("terraform plan of %s: %s", wave.getFileName(), planned.output()).isZero();
            ExternalTools.Result apply = ExternalTools.run(wave, List.of(terraform.toString(), "apply", "-input=false", "-no-color", "-auto-approve", "wave.plan"));
            assertThat(apply.exitCode()).as("terraform apply of %s: %s", wave.getFileName(), apply.output()).isZero();
            assertThat(apply.output()).contains("Apply complete!");
            applied.add(wave.getFileName() + " (" + targets.size() + " resources)");
        }
        System.err.println("LocalStack: applied " + applied);
        assertThat(applied).as("waves applied to LocalStack").hasSameSizeAs(waves);
        expected.forEach((placement, count) -> assertThat(instances(endpoint, placement) - before.get(placement)).as("instances made in %s", placement).isEqualTo(count));
    }

    private static long instances(URI endpoint, String placement)
    {
        String[] parts = placement.split("/");
        try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).credentialsProvider(LocalStack.account(parts[0])).region(Region.of(parts[1])).build()) {
            return ec2.describeInstances().reservations().stream().mapToLong(reservation -> reservation.instances().size()).sum();
        }
    }

    /** Points every provider alias at LocalStack, in the alias's own account (a twelve-digit key names it there). */
    private static String overrides(String main, URI endpoint)
    {
        StringBuilder text = new StringBuilder();
        WaveInputs.ALIAS.matcher(main).results().forEach(alias -> text.append("""
                provider "aws" {
                  alias                       = "%s"
                  access_key                  = "%s"
                  secret_key                  = "test"
                  skip_credentials_validation = true
                  skip_requesting_account_id  = true
                  skip_metadata_api_check     = true
                  s3_use_path_style           = true
                  endpoints {
                    ec2         = "%3$s"
                    elasticache = "%3$s"
                    elbv2       = "%3$s"
                    iam         = "%3$s"
                    kms         = "%3$s"
                    lambda      = "%3$s"
                    rds         = "%3$s"
                    s3          = "%3$s"
                    sts         = "%3$s"
                  }
                }
                """.formatted(alias.group(1), alias.group(2), endpoint)));
        text.append(WaveInputs.instanceOverrides(main));
        text.append(WaveInputs.stateOverrides(main));
        return text.toString();
    }
}
