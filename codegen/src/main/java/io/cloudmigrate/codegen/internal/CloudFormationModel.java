package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * What the CloudFormation template of one wave's sources in one account and Region reads: a stack
 * lives in one account and Region, so a wave spanning several pairs gets one template per pair. CloudFormation covers security groups, EC2
 * instances, RDS DB instances and S3 buckets; the wave's other targets are listed in
 * {@code notGenerated} with a pointer to the Terraform module, next to the members no tool generates.
 *
 * @param wave the part of the wave whose sources are in {@code placement}
 * @param parameters every parameter the template refers to, and no other (unused parameters are lint errors)
 * @param vpcParameters parameter logical id by source VPC id, for the VPCs security groups are created in
 * @param subnetParameters parameter logical id by source subnet id
 * @param groupParameters parameter logical id by source security-group id, for groups created elsewhere
 * @param peerCidrParameters parameter logical id by source security-group id, for groups that rules name across accounts or Regions
 */
public record CloudFormationModel(
        String estateName,
        String assessmentName,
        String asOf,
        Targets.Wave wave,
        Placement placement,
        List<Parameter> parameters,
        SortedMap<String, String> vpcParameters,
        SortedMap<String, String> subnetParameters,
        SortedMap<String, String> groupParameters,
        SortedMap<String, String> peerCidrParameters,
        List<Targets.Skipped> notGenerated)
{
    /** A template parameter; {@code defaultValue} may be {@code null}. */
    public record Parameter(String logicalId, String type, String description, String defaultValue) {}

    public CloudFormationModel
    {
        requireNonNull(wave, "wave is null");
        requireNonNull(placement, "placement is null");
        parameters = List.copyOf(parameters);
        vpcParameters = new TreeMap<>(vpcParameters);
        peerCidrParameters = new TreeMap<>(peerCidrParameters);
        subnetParameters = new TreeMap<>(subnetParameters);
        groupParameters = new TreeMap<>(groupParameters);
        notGenerated = List.copyOf(notGenerated);
    }

    /**
     * @param wave the part of a wave whose sources are in {@code placement} (see {@link Targets.Wave#in})
     */
    public static CloudFormationModel of(EstateIndex index, Targets.Wave wave, Placement placement)
    {
        SortedMap<String, SortedSet<String>> vpcs = new TreeMap<>();
        SortedMap<String, SortedSet<String>> subnets = new TreeMap<>();
        SortedMap<String, SortedSet<String>> groups = new TreeMap<>();
        SortedMap<String, SortedSet<String>> peerCidrs = new TreeMap<>();
        SortedMap<String, Targets.Instance> images = new TreeMap<>();
        SortedMap<String, SortedSet<String>> imageUsers = new TreeMap<>();
        for (Targets.Instance instance : wave.instances()) {
            if (instance.sourceSubnetId() != null) {
                add(subnets, instance.sourceSubnetId(), instance.name().name());
            }
            addGroups(groups, instance.securityGroups(), instance.name().name());
            images.putIfAbsent(instance.imageParameter(), instance);
            add(imageUsers, instance.imageParameter(), instance.name().name());
        }
        for (Targets.Database database : wave.databases()) {
            database.sourceSubnetIds().forEach(subnet -> add(subnets, subnet, database.name().name()));
            addGroups(groups, database.securityGroups(), database.name().name());
        }
        for (Targets.SecurityGroup group : wave.securityGroups()) {
            if (group.sourceVpcId() != null) {
                add(vpcs, group.sourceVpcId(), group.groupName());
            }
            group.ingress().forEach(rule -> addPeer(groups, peerCidrs, rule, group.groupName()));
            group.egress().forEach(rule -> addPeer(groups, peerCidrs, rule, group.groupName()));
        }
        for (Targets.LateRules late : wave.lateRules()) {
            add(groups, late.owner().sourceId(), "rules created in this wave");
        }

        List<Parameter> parameters = new ArrayList<>();
        SortedMap<String, String> vpcParameters = new TreeMap<>();
        vpcs.forEach((vpc, users) -> {
            String logicalId = "VpcId" + alphanumeric(vpc.replaceFirst("^vpc-", ""));
            vpcParameters.put(vpc, logicalId);
            parameters.add(new Parameter(logicalId, "AWS::EC2::VPC::Id",
                    "Target VPC replacing source VPC " + vpc + ", where the stack creates security groups: " + String.join(", ", users) + ".", null));
        });
        SortedMap<String, String> subnetParameters = new TreeMap<>();
        subnets.forEach((subnet, users) -> {
            String logicalId = "Subnet" + alphanumeric(subnet.replaceFirst("^subnet-", ""));
            subnetParameters.put(subnet, logicalId);
            parameters.add(new Parameter(logicalId, "AWS::EC2::Subnet::Id", "Target subnet replacing source subnet " + subnet + " (" + String.join(", ", users) + ").", null));
        });
        SortedMap<String, String> groupParameters = new TreeMap<>();
        groups.forEach((group, users) -> {
            String logicalId = "SecurityGroup" + alphanumeric(group.replaceFirst("^sg-", ""));
            groupParameters.put(group, logicalId);
            parameters.add(new Parameter(logicalId, "AWS::EC2::SecurityGroup::Id",
                    "Target security group replacing source group " + group + ", created by an earlier wave or already in the target (" + String.join(", ", users) + ").", null));
        });
        SortedMap<String, String> peerCidrParameters = new TreeMap<>();
        peerCidrs.forEach((group, users) -> {
            String logicalId = "PeerCidr" + alphanumeric(group.replaceFirst("^sg-", ""));
            peerCidrParameters.put(group, logicalId);
            parameters.add(new Parameter(logicalId, "String",
                    "IPv4 CIDR block of the target network of source group " + group + ", which rules name across accounts or Regions where a group reference cannot reach ("
                            + String.join(", ", users) + ").", null));
        });
        images.forEach((parameter, instance) -> parameters.add(new Parameter(parameter, "AWS::EC2::Image::Id",
                "Target AMI for the instances launched from source image " + instance.sourceImageId() + " (" + String.join(", ", imageUsers.get(parameter)) + ").", null)));
        if (!wave.databases().isEmpty()) {
            parameters.add(new Parameter("DatabaseMasterUsername", "String",
                    "Master user name of the RDS DB instances; RDS generates the password and keeps it in AWS Secrets Manager.", "migration_admin"));
        }
        parameters.sort(Comparator.comparing(Parameter::logicalId));
        return new CloudFormationModel(
                index.assessment().inventory().name(),
                index.assessment().name(),
                index.assessment().asOf(),
                wave,
                placement,
                parameters,
                vpcParameters,
                subnetParameters,
                groupParameters,
                peerCidrParameters,
                notGenerated(wave));
    }

    private static List<Targets.Skipped> notGenerated(Targets.Wave wave)
    {
        String terraformOnly = "CloudMigrate generates this type for Terraform only: see terraform/wave-" + wave.label() + "/main.tf";
        List<Targets.Skipped> result = new ArrayList<>(wave.skipped());
        wave.caches().forEach(cache -> result.add(new Targets.Skipped(cache.name(), terraformOnly, false)));
        wave.loadBalancers().forEach(balancer -> result.add(new Targets.Skipped(balancer.name(), terraformOnly, false)));
        wave.functions().forEach(function -> result.add(new Targets.Skipped(function.name(), terraformOnly, false)));
        wave.ecsClusters().forEach(cluster -> result.add(new Targets.Skipped(cluster.name(), terraformOnly, false)));
        wave.ecsServices().forEach(service -> result.add(new Targets.Skipped(service.name(), terraformOnly, false)));
        result.sort(Comparator.comparing(skipped -> skipped.name().terraformName()));
        return result;
    }

    private static String alphanumeric(String value)
    {
        return value.replaceAll("[^A-Za-z0-9]", "");
    }

    private static void addPeer(SortedMap<String, SortedSet<String>> groups, SortedMap<String, SortedSet<String>> peerCidrs, Targets.Rule rule, String groupName)
    {
        if (rule.peerInOtherPlacement()) {
            add(peerCidrs, rule.peerGroup().sourceId(), "rules of " + groupName);
        }
        else if (rule.peerGroup() != null && !rule.peerGroup().local()) {
            add(groups, rule.peerGroup().sourceId(), "rules of " + groupName);
        }
    }

    private static void addGroups(SortedMap<String, SortedSet<String>> groups, List<Targets.GroupReference> references, String user)
    {
        references.stream().filter(reference -> !reference.local()).forEach(reference -> add(groups, reference.sourceId(), user));
    }

    private static void add(SortedMap<String, SortedSet<String>> map, String key, String user)
    {
        map.computeIfAbsent(key, ignored -> new TreeSet<>()).add(user);
    }
}
