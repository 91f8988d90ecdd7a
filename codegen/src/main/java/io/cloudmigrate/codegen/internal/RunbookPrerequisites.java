package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * The network and IAM prerequisites of a wave, as plain sentences derived from what the wave creates.
 */
final class RunbookPrerequisites
{
    private RunbookPrerequisites() {}

    /**
     * @param routes the estate's route tables, for those that serve the subnets of the wave's targets
     * @param wholeWave whether to list what the whole wave needs (the wave's runbook) or only what {@code members} use
     *     (an application's runbook: listing the wave's subnets and groups in each of them made the runbooks grow with
     *     the square of the wave)
     */
    static List<String> network(List<Resource> members, Targets.Wave wave, TerraformModel inputs, RouteDescriptions.Served routes, boolean wholeWave)
    {
        Set<String> subnetIds = new HashSet<>();
        Set<String> groupIds = new HashSet<>();
        members.forEach(member -> {
            subnetIds.addAll(member.network().subnetIds());
            groupIds.addAll(member.network().securityGroupIds());
        });
        Predicate<String> usedSubnet = subnetId -> wholeWave || subnetIds.contains(subnetId);
        Predicate<String> usedGroup = groupId -> wholeWave || groupIds.contains(groupId);
        List<TerraformModel.Input> subnets = inputs.subnets().stream().filter(subnet -> usedSubnet.test(subnet.sourceId())).toList();
        List<String> lines = new ArrayList<>();
        SortedSet<String> vpcs = new TreeSet<>(members.stream().map(resource -> resource.network().vpcId()).filter(Objects::nonNull).toList());
        if (!vpcs.isEmpty()) {
            lines.add((vpcs.size() == 1 ? "A target VPC replacing " + vpcs.first() + "," : "A target VPC for each source VPC (" + String.join(", ", vpcs) + "), in the account and Region of its sources,")
                    + " reachable from the source network during replication (VPN, peering or Transit Gateway).");
        }
        for (Placement placement : inputs.placements()) {
            lines.add("The target account and Region for the sources in " + placement.label() + ": provider " + placement.provider()
                    + " (set region_" + placement.alias() + ", and target_role_arns[\"" + placement.alias() + "\"] for another account), or the stack "
                    + CloudFormationWriter.path(wave.label(), placement) + ".");
        }
        subnets.forEach(subnet -> lines.add("A target subnet for " + subnet.sourceId() + ", used by " + subnet.usedBy() + "."));
        lines.addAll(routes.prerequisites(subnets.stream().map(TerraformModel.Input::sourceId).toList()));
        wave.securityGroups().stream().filter(group -> usedGroup.test(group.sourceId())).forEach(group -> lines.add("Security group " + group.groupName() + " (" + group.sourceId() + ") is created by this wave "
                + (group.usedBy().isEmpty() ? "because rules of the wave's groups name it." : "for " + String.join(", ", group.usedBy()) + ".")));
        inputs.securityGroupLookups().stream().filter(group -> usedGroup.test(group.sourceId())).forEach(group -> lines.add("Security group " + group.sourceId() + " must already exist in the target (created by wave " + group.waveLabel()
                + ", whose Terraform state or stack exports this wave reads), for " + group.usedBy() + "."));
        inputs.externalSecurityGroups().stream().filter(group -> usedGroup.test(group.sourceId())).forEach(group -> lines.add("Security group " + group.sourceId() + " must already exist in the target (the inventory does not hold it; "
                + "set security_group_ids[\"" + group.sourceId() + "\"]), for " + group.usedBy() + "."));
        if (lines.isEmpty()) {
            lines.add("None: nothing in this wave is placed in a VPC.");
        }
        return lines;
    }

    static List<String> permissions(List<Resource> members, Targets.Wave wave)
    {
        List<String> lines = new ArrayList<>();
        SortedSet<String> accounts = new TreeSet<>(members.stream().map(Resource::accountId).toList());
        lines.add("Read access to the source account(s) " + String.join(", ", accounts) + " for the replication tools and the pre-checks.");
        if (!wave.securityGroups().isEmpty() || !wave.lateRules().isEmpty()) {
            lines.add("EC2 security groups: ec2:CreateSecurityGroup, ec2:AuthorizeSecurityGroupIngress, ec2:AuthorizeSecurityGroupEgress.");
        }
        if (!wave.instances().isEmpty()) {
            lines.add("EC2 instances: ec2:RunInstances, ec2:CreateLaunchTemplate, ec2:CreateTags; AWS Application Migration Service for rehosted instances.");
        }
        if (!wave.databaseClusters().isEmpty()) {
            lines.add("RDS clusters: rds:CreateDBCluster, rds:CreateDBInstance, rds:CreateDBSubnetGroup; Secrets Manager for the managed master password; AWS DMS for the data load.");
        }
        if (!wave.databases().isEmpty()) {
            lines.add("RDS: rds:CreateDBInstance, rds:CreateDBSubnetGroup; Secrets Manager for the managed master password; AWS DMS for the data load.");
        }
        if (!wave.caches().isEmpty()) {
            lines.add("ElastiCache: elasticache:CreateCacheCluster or elasticache:CreateReplicationGroup, elasticache:CreateCacheSubnetGroup.");
        }
        if (!wave.loadBalancers().isEmpty()) {
            lines.add("Elastic Load Balancing: elasticloadbalancing:CreateLoadBalancer, CreateTargetGroup, CreateListener, RegisterTargets; ACM for certificates.");
        }
        if (!wave.functions().isEmpty()) {
            lines.add("Lambda: lambda:CreateFunction, and iam:PassRole on the execution roles.");
        }
        if (!wave.buckets().isEmpty()) {
            lines.add("S3: s3:CreateBucket, s3:PutBucketVersioning, s3:PutEncryptionConfiguration, s3:PutBucketPublicAccessBlock; S3 Batch Operations or DataSync for the copy.");
        }
        if (!wave.ecsClusters().isEmpty() || !wave.ecsServices().isEmpty()) {
            lines.add("ECS: ecs:CreateCluster, ecs:CreateService, ecs:RegisterTaskDefinition, and iam:PassRole on the task roles; ECR to copy images.");
        }
        if (wave.skipped().stream().anyMatch(Targets.Skipped::deliberate)) {
            lines.add("In the source account: permission to back up, stop and delete the retired resources.");
        }
        return lines;
    }
}
