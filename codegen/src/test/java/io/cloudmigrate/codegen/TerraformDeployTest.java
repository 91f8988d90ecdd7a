package io.cloudmigrate.codegen;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Plans every wave of the demo's generated Terraform against LocalStack's single endpoint, and applies
 * the waves whose resources LocalStack community emulates (security groups, their rules and EC2
 * instances; not RDS, ElastiCache or ELBv2, and Lambda cannot run here). Runs where terraform and a
 * local hashicorp/aws provider mirror exist (see {@link ExternalTools#terraformInit}).
 */
class TerraformDeployTest
{
    private static final Set<String> EMULATED = Set.of("aws_security_group", "aws_vpc_security_group_ingress_rule", "aws_vpc_security_group_egress_rule",
            "aws_instance");
    private static final Pattern ALIAS = Pattern.compile("alias\\s*=\\s*\"(a(\\d{12})_([a-z0-9_]+))\"");
    private static final Pattern RESOURCE = Pattern.compile("(?m)^resource \"([a-z0-9_]+)\"");
    private static final Pattern VARIABLE = Pattern.compile("var\\.(vpc_ids|subnet_ids|security_group_ids|peer_cidr_blocks)\\[\"([^\"]+)\"\\]|var\\.(ami_[0-9a-f]+|lambda_role_[a-z0-9_]+|lambda_package_[a-z0-9_]+)");

    @TempDir
    Path output;

    @Test
    void plansEveryWaveAndAppliesTheEmulatedOnes()
            throws IOException, InterruptedException
    {
        Path terraform = ExternalTools.require("terraform");
        URI endpoint = LocalStack.endpoint();
        CloudFormationDeployTest.generateDemo(output.resolve("sample"), output.resolve("out"));
        List<Path> waves;
        try (Stream<Path> directories = Files.list(output.resolve("out/terraform"))) {
            waves = directories.filter(Files::isDirectory).sorted().toList();
        }
        List<String> applied = new ArrayList<>();
        for (Path wave : waves) {
            String main = Files.readString(wave.resolve("main.tf"));
            Matcher alias = ALIAS.matcher(main);
            assertThat(alias.find()).as("a provider alias in %s", wave).isTrue();
            String account = alias.group(2);
            String region = alias.group(3).replace('_', '-');
            Files.writeString(wave.resolve("localstack_override.tf"), overrides(main, endpoint));
            try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).credentialsProvider(LocalStack.account(account)).region(Region.of(region)).build()) {
                Files.writeString(wave.resolve("terraform.tfvars.json"), variables(main, ec2, account, wave));
            }
            ExternalTools.terraformInit(terraform, wave);
            ExternalTools.Result plan = ExternalTools.run(wave, List.of(terraform.toString(), "plan", "-input=false", "-no-color", "-out=wave.plan"));
            assertThat(plan.exitCode()).as("terraform plan of %s: %s", wave.getFileName(), plan.output()).isZero();
            Set<String> types = new TreeSet<>();
            RESOURCE.matcher(main).results().forEach(match -> types.add(match.group(1)));
            if (EMULATED.containsAll(types) && ALIAS.matcher(main).results().count() == 1) {
                // the account may hold the CloudFormation test's instances too (one LocalStack per JVM)
                long before = instances(endpoint, account, region);
                ExternalTools.Result apply = ExternalTools.run(wave, List.of(terraform.toString(), "apply", "-input=false", "-no-color", "-auto-approve", "wave.plan"));
                assertThat(apply.exitCode()).as("terraform apply of %s: %s", wave.getFileName(), apply.output()).isZero();
                assertThat(apply.output()).contains("Apply complete!");
                assertThat(instances(endpoint, account, region) - before).as("instances %s/%s made by applying %s", account, region, wave.getFileName())
                        .isEqualTo(RESOURCE.matcher(main).results().filter(match -> match.group(1).equals("aws_instance")).count());
                applied.add(wave.getFileName().toString());
            }
        }
        System.err.println("LocalStack: planned " + waves.stream().map(wave -> wave.getFileName().toString()).toList() + ", applied " + applied);
        assertThat(applied).as("waves applied to LocalStack").isNotEmpty();
    }

    private static long instances(URI endpoint, String account, String region)
    {
        try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(endpoint).credentialsProvider(LocalStack.account(account)).region(Region.of(region)).build()) {
            return ec2.describeInstances().reservations().stream().mapToLong(reservation -> reservation.instances().size()).sum();
        }
    }

    /** Points every provider alias at LocalStack, in the alias's own account (a twelve-digit key names it there). */
    private static String overrides(String main, URI endpoint)
    {
        StringBuilder text = new StringBuilder();
        ALIAS.matcher(main).results().forEach(alias -> text.append("""
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
                    lambda      = "%3$s"
                    rds         = "%3$s"
                    s3          = "%3$s"
                    sts         = "%3$s"
                  }
                }
                """.formatted(alias.group(1), alias.group(2), endpoint)));
        return text.toString();
    }

    private static String deploymentPackage(Path zip)
            throws IOException
    {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("app.py"));
            out.write("def handler(event, context):\n    return event\n".getBytes(StandardCharsets.UTF_8));
            out.closeEntry();
        }
        return zip.toString();
    }

    /** A target made in LocalStack for each source the wave's variables name. */
    private static String variables(String main, Ec2Client ec2, String account, Path wave)
            throws IOException
    {
        Map<String, Map<String, String>> maps = new TreeMap<>(Map.of("vpc_ids", new TreeMap<>(), "subnet_ids", new TreeMap<>(), "security_group_ids", new TreeMap<>(),
                "peer_cidr_blocks", new TreeMap<>()));
        Map<String, String> images = new TreeMap<>();
        String vpc = ec2.createVpc(request -> request.cidrBlock("10.0.0.0/16")).vpc().vpcId();
        String image = ec2.describeImages().images().getFirst().imageId();
        int subnets = 0;
        for (Matcher reference = VARIABLE.matcher(main); reference.find(); ) {
            String single = reference.group(3);
            if (single != null) {
                // a deployment package is read at plan time (its hash); LocalStack cannot run it here anyway
                images.put(single, single.startsWith("ami_") ? image
                        : single.startsWith("lambda_role_") ? "arn:aws:iam::" + account + ":role/lambda-execution"
                        : deploymentPackage(wave.resolve(single + ".zip")));
                continue;
            }
            Map<String, String> map = maps.get(reference.group(1));
            if (map.containsKey(reference.group(2))) {
                continue;
            }
            int number = ++subnets;
            map.put(reference.group(2), switch (reference.group(1)) {
                case "vpc_ids" -> vpc;
                case "peer_cidr_blocks" -> "10.99.0.0/16";
                case "subnet_ids" -> ec2.createSubnet(request -> request.vpcId(vpc).cidrBlock("10.0." + number + ".0/24")).subnet().subnetId();
                default -> ec2.createSecurityGroup(request -> request.vpcId(vpc).groupName("target-" + number).description("target")).groupId();
            });
        }
        StringBuilder json = new StringBuilder("{\n");
        maps.forEach((name, map) -> json.append("  \"").append(name).append("\": {")
                .append(String.join(", ", map.entrySet().stream().map(entry -> "\"" + entry.getKey() + "\": \"" + entry.getValue() + "\"").toList()))
                .append("},\n"));
        images.forEach((name, value) -> json.append("  \"").append(name).append("\": \"").append(value).append("\",\n"));
        json.setLength(json.length() - 2);
        return json.append("\n}\n").toString();
    }
}
