package io.cloudmigrate.codegen;

import software.amazon.awssdk.services.ec2.Ec2Client;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static java.util.Objects.requireNonNull;

/**
 * What the operator supplies to a generated stack in one target account and Region: the target
 * VPCs, subnets and AMIs that replace the sources, and the security groups of earlier waves (their
 * stack outputs) or of the target. Each source id gets one target, made in the emulator on first use.
 */
final class TargetNetwork
        implements AutoCloseable
{
    private static final Pattern SOURCE_GROUP = Pattern.compile("\\(source (sg-[0-9a-f]+)\\)");

    private final Ec2Client ec2;
    private final Map<String, String> targets = new TreeMap<>();
    private final Set<String> fromOutputs = new TreeSet<>();
    private int subnets;
    private int outputsUsed;

    TargetNetwork(Ec2Client ec2)
    {
        this.ec2 = requireNonNull(ec2, "ec2 is null");
    }

    /** The value for a parameter of the given CloudFormation type, or empty for one with a default. */
    Optional<String> valueFor(String parameter, String type, boolean hasDefault)
    {
        return switch (type) {
            case "AWS::EC2::VPC::Id" -> Optional.of(vpc(parameter));
            case "AWS::EC2::Subnet::Id" -> Optional.of(target(parameter, this::subnet));
            case "AWS::EC2::Image::Id" -> Optional.of(target("image", () -> ec2.describeImages().images().getFirst().imageId()));
            case "AWS::EC2::SecurityGroup::Id" -> Optional.of(securityGroup("sg-" + parameter.substring("SecurityGroup".length())));
            case "String" -> hasDefault ? Optional.empty() : Optional.of("10.99.0.0/16");
            // sizes, IOPS and throughput default to the source's values, which is what the deploy checks
            case "Number" -> {
                if (!hasDefault) {
                    throw new IllegalArgumentException("parameter " + parameter + " is a Number without a default; the generator gives every number the source's value");
                }
                yield Optional.empty();
            }
            default -> throw new IllegalArgumentException("parameter " + parameter + " has a type the deploy test cannot fill: " + type);
        };
    }

    /** Takes an earlier wave's security group output as the target of its source group. */
    void recordOutput(String description, String value)
    {
        Matcher source = SOURCE_GROUP.matcher(description);
        if (source.find()) {
            targets.put(source.group(1), value);
            fromOutputs.add(source.group(1));
        }
    }

    @Override
    public void close()
    {
        ec2.close();
    }

    private String vpc(String parameter)
    {
        return target("vpc:" + parameter, () -> ec2.createVpc(request -> request.cidrBlock("10.0.0.0/16")).vpc().vpcId());
    }

    /** How many security group parameters an earlier wave's output filled. */
    int outputsUsed()
    {
        return outputsUsed;
    }

    private String securityGroup(String source)
    {
        if (fromOutputs.contains(source)) {
            outputsUsed++;
        }
        return target(source, () -> ec2.createSecurityGroup(request -> request.vpcId(vpc("target")).groupName("target-" + source)
                .description("target of " + source)).groupId());
    }

    /** Not computeIfAbsent: making one target may make another (a subnet needs its VPC). */
    private String target(String source, Supplier<String> make)
    {
        String existing = targets.get(source);
        if (existing != null) {
            return existing;
        }
        String made = make.get();
        targets.put(source, made);
        return made;
    }

    private String subnet()
    {
        int number = ++subnets;
        return ec2.createSubnet(request -> request.vpcId(vpc("target")).cidrBlock("10.0." + number + ".0/24")).subnet().subnetId();
    }
}
