package io.cloudmigrate.codegen;

import software.amazon.awssdk.services.ec2.Ec2Client;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static java.util.Objects.requireNonNull;

/**
 * What an operator supplies to the generated Terraform, made in moto: one target VPC per source account
 * and Region, a target subnet per source subnet (alternating two Availability Zones, as DB subnet groups
 * want), an AMI, an execution role and package per Lambda function, and a group for each group the
 * inventory lacks. Kept across waves, so that a later wave's resources land in the network the earlier
 * waves' security groups were created in.
 */
final class WaveInputs
{
    private static final Pattern INSTANCE = Pattern.compile("(?ms)^resource \"aws_instance\" \"([a-z0-9_]+)\" \\{\\n((?:(?!^}\\n).)*?)^}\\n");

    private static final Pattern REMOTE_STATE = Pattern.compile("(?m)^data \"terraform_remote_state\" \"wave_([0-9]+)\"");
    static final Pattern ALIAS = Pattern.compile("alias\\s*=\\s*\"(a(\\d{12})_([a-z0-9_]+))\"");
    private static final Pattern BLOCK = Pattern.compile("(?ms)^(?:resource|data) \"[a-z0-9_]+\" \"[a-z0-9_]+\" \\{\\n.*?^}\\n");
    private static final Pattern PROVIDER = Pattern.compile("provider\\s*=\\s*aws\\.(a(\\d{12})_([a-z0-9_]+))");
    private static final Pattern VARIABLE = Pattern.compile("var\\.(vpc_ids|subnet_ids|security_group_ids|peer_cidr_blocks)\\[\"([^\"]+)\"\\]|var\\.(ami_[0-9a-f]+|lambda_role_[a-z0-9_]+|lambda_package_[a-z0-9_]+|[a-z0-9_]+_second_subnet_id)");

    /** How the test reaches one emulator account. */
    interface Emulator
    {
        Ec2Client ec2(String account, String region);

        /** The ARN of a Lambda execution role in the account, made if the emulator checks that it exists. */
        String lambdaRole(String account, String name);

        /** The role a provider alias assumes to act in the account, or empty where the access key names the account. */
        Optional<String> targetRole(String account);
    }

    private final Emulator emulator;
    private final Map<String, Placement> placements = new TreeMap<>();

    WaveInputs(Emulator emulator)
    {
        this.emulator = requireNonNull(emulator, "emulator is null");
    }

    /** The wave's {@code terraform.tfvars.json}: every input its main.tf names, and the role per provider alias that puts it in its moto account. */
    String variables(String main, Path wave)
            throws IOException
    {
        Map<String, Map<String, String>> maps = new TreeMap<>();
        for (String name : List.of("vpc_ids", "subnet_ids", "security_group_ids", "peer_cidr_blocks", "target_role_arns")) {
            maps.put(name, new TreeMap<>());
        }
        Map<String, String> singles = new TreeMap<>();
        // read by the generated S3 remote state, which the test's override replaces by local files
        singles.put("state_bucket", "unused-by-the-test");
        singles.put("state_region", "us-east-1");
        ALIAS.matcher(main).results().forEach(alias -> emulator.targetRole(alias.group(2)).ifPresent(role -> maps.get("target_role_arns").put(alias.group(1), role)));
        for (Matcher block = BLOCK.matcher(main); block.find(); ) {
            Matcher provider = PROVIDER.matcher(block.group());
            if (!provider.find()) {
                continue;
            }
            Placement placement = placements.computeIfAbsent(provider.group(1), alias -> new Placement(provider.group(2), provider.group(3).replace('_', '-')));
            for (Matcher reference = VARIABLE.matcher(block.group()); reference.find(); ) {
                String single = reference.group(3);
                if (single != null) {
                    if (singles.containsKey(single)) {
                        continue;
                    }
                    singles.put(single, single.startsWith("ami_") ? placement.image()
                            : single.endsWith("_second_subnet_id") ? placement.subnet("subnet-second-" + single)
                            : single.startsWith("lambda_role_") ? emulator.lambdaRole(placement.account, "lambda-" + single.substring("lambda_role_".length()).replace('_', '-'))
                            : deploymentPackage(wave.resolve(single + ".zip")));
                    continue;
                }
                String source = reference.group(2);
                maps.get(reference.group(1)).computeIfAbsent(source, key -> switch (reference.group(1)) {
                    case "vpc_ids" -> placement.vpc();
                    case "subnet_ids" -> placement.subnet(source);
                    case "peer_cidr_blocks" -> "10.99.0.0/16";
                    default -> placement.group(source);
                });
            }
        }
        StringBuilder json = new StringBuilder("{\n");
        maps.forEach((name, map) -> json.append("  \"").append(name).append("\": {")
                .append(String.join(", ", map.entrySet().stream().map(entry -> "\"" + entry.getKey() + "\": \"" + entry.getValue() + "\"").toList()))
                .append("},\n"));
        singles.forEach((name, value) -> json.append("  \"").append(name).append("\": \"").append(value).append("\",\n"));
        json.setLength(json.length() - 2);
        return json.append("\n}\n").toString();
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

    /** The targets in one moto account and Region, made on first use. */
    private final class Placement
    {
        private final String account;
        private final String region;
        private final Map<String, String> targets = new TreeMap<>();

        Placement(String account, String region)
        {
            this.account = account;
            this.region = region;
        }

        private Ec2Client ec2()
        {
            return emulator.ec2(account, region);
        }

        String vpc()
        {
            String existing = targets.get("vpc");
            if (existing == null) {
                try (Ec2Client ec2 = ec2()) {
                    existing = ec2.createVpc(request -> request.cidrBlock("10.0.0.0/16")).vpc().vpcId();
                }
                targets.put("vpc", existing);
            }
            return existing;
        }

        String image()
        {
            return targets.computeIfAbsent("image", key -> {
                try (Ec2Client ec2 = ec2()) {
                    return ec2.describeImages(request -> request.owners("amazon")).images().getFirst().imageId();
                }
            });
        }

        String subnet(String source)
        {
            String existing = targets.get(source);
            if (existing == null) {
                String vpc = vpc();
                long number = targets.keySet().stream().filter(key -> key.startsWith("subnet-")).count() + 1;
                try (Ec2Client ec2 = ec2()) {
                    existing = ec2.createSubnet(request -> request.vpcId(vpc).cidrBlock("10.0." + number + ".0/24")
                            .availabilityZone(region + (number % 2 == 1 ? "a" : "b"))).subnet().subnetId();
                }
                targets.put(source, existing);
            }
            return existing;
        }

        String group(String source)
        {
            String existing = targets.get(source);
            if (existing == null) {
                String vpc = vpc();
                try (Ec2Client ec2 = ec2()) {
                    existing = ec2.createSecurityGroup(request -> request.vpcId(vpc).groupName("target-" + source).description("target of " + source)).groupId();
                }
                targets.put(source, existing);
            }
            return existing;
        }
    }

    /**
     * Terraform override blocks that keep each wave's state in a local file beside it instead of the
     * generated S3 backend, and point every {@code terraform_remote_state} of an earlier wave at that
     * wave's file: the waves read each other's outputs as they would from the bucket.
     */
    static String stateOverrides(String main)
    {
        StringBuilder text = new StringBuilder("""

                terraform {
                  backend "local" {
                    path = "terraform.tfstate"
                  }
                }
                """);
        REMOTE_STATE.matcher(main).results().forEach(state -> text.append("""

                data "terraform_remote_state" "wave_%1$s" {
                  backend = "local"

                  config = {
                    path = "../wave-%1$s/terraform.tfstate"
                  }
                }
                """.formatted(state.group(1))));
        return text.toString();
    }

    /**
     * Terraform override blocks for the emulators' EC2: their RunInstances wants a size for every block
     * device, where AWS takes the AMI's (instances without one get 8 GiB), and they do not implement
     * MonitorInstances (detailed monitoring off, where the provider would retry it until it times out).
     */
    static String instanceOverrides(String main)
    {
        StringBuilder text = new StringBuilder();
        INSTANCE.matcher(main).results().forEach(instance -> text.append("""

                resource "aws_instance" "%s" {
                  monitoring = false
                %s}
                """.formatted(instance.group(1), instance.group(2).contains("volume_size") ? "" : """
                  root_block_device {
                    volume_size = 8
                    volume_type = "gp3"
                    encrypted   = true
                  }
                """)));
        return text.toString();
    }
}
