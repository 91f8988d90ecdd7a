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
 * What the Terraform templates of one wave read: the wave's targets and the inputs they need.
 *
 * @param placements the source (account, Region) pairs of what the wave creates, one provider alias each
 * @param vpcs source VPC ids the wave maps to target VPCs ({@code var.vpc_ids}): where its security groups and target groups go
 * @param subnets source subnet ids the wave maps to target subnets ({@code var.subnet_ids})
 * @param externalSecurityGroups source groups the wave refers to that the inventory lacks, so no wave creates them ({@code var.security_group_ids})
 * @param securityGroupLookups groups earlier waves create that the wave refers to, read from those waves' state ({@code data.terraform_remote_state})
 * @param images source AMIs, one variable each
 * @param externalClusters ECS cluster ARNs the wave's services run in but does not create ({@code var.ecs_cluster_arns})
 * @param peerCidrs source groups that rules name across accounts or Regions, admitted by CIDR block instead ({@code var.peer_cidr_blocks})
 * @param instanceLookups instances earlier waves create that the wave's target groups register, read from those waves' state
 * @param remoteStates the earlier waves whose state outputs the wave reads, by wave number
 * @param nameSuffixRoom how long {@code var.name_suffix} may be, or {@code null} when no name of the wave takes it
 * @param stateKey the key of the wave's own state in the S3 backend; {@link #stateKeyOf(String, String)} gives an earlier wave's
 */
public record TerraformModel(
        String estateName,
        String assessmentName,
        String asOf,
        Targets.Wave wave,
        List<Placement> placements,
        List<Input> vpcs,
        List<Input> subnets,
        List<Input> externalSecurityGroups,
        List<GroupLookup> securityGroupLookups,
        List<Image> images,
        List<Input> externalClusters,
        List<Input> peerCidrs,
        List<InstanceLookup> instanceLookups,
        List<RemoteState> remoteStates,
        String stateKey,
        boolean needsNameSuffix,
        NameSuffixRoom nameSuffixRoom,
        boolean needsCertificate)
{
    /** An input keyed by a source id, and the names of the wave's resources that need it. */
    public record Input(String sourceId, String usedBy) {}

    /** A group an earlier wave created, whose id that wave's state holds (output {@code security_group_<name>_id}). */
    public record GroupLookup(String sourceId, String terraformName, Placement placement, String usedBy, String waveLabel) {}

    public record Image(String variable, String sourceImageId, String usedBy) {}

    /** An instance an earlier wave created, whose id that wave's state holds (output {@code <name>_instance_id}). */
    public record InstanceLookup(String terraformName, String sourceArn, Placement placement, String usedBy, String waveLabel) {}

    /**
     * An earlier wave whose state the wave reads ({@code data.terraform_remote_state.wave_<label>}).
     *
     * @param reads what the wave takes from it, for the comment above the data source
     */
    public record RemoteState(String waveLabel, String key, String reads) {}

    public TerraformModel
    {
        requireNonNull(wave, "wave is null");
        placements = List.copyOf(placements);
        vpcs = List.copyOf(vpcs);
        subnets = List.copyOf(subnets);
        peerCidrs = List.copyOf(peerCidrs);
        externalSecurityGroups = List.copyOf(externalSecurityGroups);
        securityGroupLookups = List.copyOf(securityGroupLookups);
        images = List.copyOf(images);
        externalClusters = List.copyOf(externalClusters);
        instanceLookups = List.copyOf(instanceLookups);
        remoteStates = List.copyOf(remoteStates);
        requireNonNull(stateKey, "stateKey is null");
    }

    /**
     * The S3 key of a wave's state: under a prefix made from the assessment name, so that the waves of
     * several assessments can share one bucket, and the same in the wave's backend and in every later
     * wave's {@code terraform_remote_state}.
     */
    public static String stateKeyOf(String assessmentName, String waveLabel)
    {
        return "cloudmigrate/" + AwsNames.hyphenated(assessmentName, 63) + "/wave-" + waveLabel + "/terraform.tfstate";
    }

    public static TerraformModel of(EstateIndex index, Targets.Wave wave)
    {
        SortedMap<String, SortedSet<String>> vpcs = new TreeMap<>();
        SortedMap<String, SortedSet<String>> subnets = new TreeMap<>();
        SortedMap<String, SortedSet<String>> groups = new TreeMap<>();
        SortedMap<String, Targets.GroupReference> references = new TreeMap<>();
        SortedMap<String, SortedSet<String>> peerCidrs = new TreeMap<>();
        SortedMap<String, SortedSet<String>> clusters = new TreeMap<>();
        SortedMap<String, Image> images = new TreeMap<>();
        SortedMap<String, SortedSet<String>> imageUsers = new TreeMap<>();
        for (Targets.Instance instance : wave.instances()) {
            String name = instance.name().name();
            if (instance.sourceSubnetId() != null) {
                add(subnets, instance.sourceSubnetId(), name);
            }
            addGroups(groups, instance.securityGroups(), name);
            add(imageUsers, instance.sourceImageId(), name);
            images.putIfAbsent(instance.sourceImageId(), new Image(instance.imageVariable(), instance.sourceImageId(), ""));
        }
        wave.databases().forEach(database -> addNetwork(subnets, groups, database.sourceSubnetIds(), database.securityGroups(), database.name().name()));
        wave.databaseClusters().forEach(cluster -> addNetwork(subnets, groups, cluster.sourceSubnetIds(), cluster.securityGroups(), cluster.name().name()));
        wave.caches().forEach(cache -> addNetwork(subnets, groups, cache.sourceSubnetIds(), cache.securityGroups(), cache.name().name()));
        wave.loadBalancers().forEach(balancer -> addNetwork(subnets, groups, balancer.sourceSubnetIds(), balancer.securityGroups(), balancer.name().name()));
        wave.functions().forEach(function -> addNetwork(subnets, groups, function.sourceSubnetIds(), function.securityGroups(), function.name().name()));
        for (Targets.EcsService service : wave.ecsServices()) {
            addNetwork(subnets, groups, service.sourceSubnetIds(), service.securityGroups(), service.name().name());
            if (service.clusterTerraformName() == null && service.clusterArn() != null) {
                add(clusters, service.clusterArn(), service.name().name());
            }
        }
        for (Targets.SecurityGroup group : wave.securityGroups()) {
            if (group.sourceVpcId() != null) {
                add(vpcs, group.sourceVpcId(), "security group " + group.groupName());
            }
            for (Targets.Rule rule : concat(group.ingress(), group.egress())) {
                if (rule.peerInOtherPlacement()) {
                    add(peerCidrs, rule.peerGroup().sourceId(), "rules of " + group.groupName());
                }
                else if (rule.peerGroup() != null && !rule.peerGroup().local()) {
                    add(groups, rule.peerGroup().sourceId(), "rules of " + group.groupName());
                    references.putIfAbsent(rule.peerGroup().sourceId(), rule.peerGroup());
                }
            }
        }
        for (Targets.LateRules late : wave.lateRules()) {
            add(groups, late.owner().sourceId(), "rules created in this wave");
            references.putIfAbsent(late.owner().sourceId(), late.owner());
            for (Targets.Rule rule : concat(late.ingress(), late.egress())) {
                if (rule.peerGroup() != null && !rule.peerGroup().local() && !rule.peerInOtherPlacement()) {
                    add(groups, rule.peerGroup().sourceId(), "rules of " + late.groupName());
                    references.putIfAbsent(rule.peerGroup().sourceId(), rule.peerGroup());
                }
            }
        }
        wave.instances().forEach(instance -> instance.securityGroups().forEach(reference -> references.putIfAbsent(reference.sourceId(), reference)));
        wave.databases().forEach(database -> database.securityGroups().forEach(reference -> references.putIfAbsent(reference.sourceId(), reference)));
        wave.databaseClusters().forEach(cluster -> cluster.securityGroups().forEach(reference -> references.putIfAbsent(reference.sourceId(), reference)));
        wave.caches().forEach(cache -> cache.securityGroups().forEach(reference -> references.putIfAbsent(reference.sourceId(), reference)));
        wave.loadBalancers().forEach(balancer -> balancer.securityGroups().forEach(reference -> references.putIfAbsent(reference.sourceId(), reference)));
        wave.functions().forEach(function -> function.securityGroups().forEach(reference -> references.putIfAbsent(reference.sourceId(), reference)));
        wave.ecsServices().forEach(service -> service.securityGroups().forEach(reference -> references.putIfAbsent(reference.sourceId(), reference)));
        SortedMap<String, SortedSet<String>> inputs = new TreeMap<>();
        List<GroupLookup> lookups = new ArrayList<>();
        SortedMap<Integer, SortedSet<String>> remoteReads = new TreeMap<>();
        groups.forEach((groupId, users) -> {
            Targets.GroupReference reference = references.get(groupId);
            if (reference != null && reference.earlier()) {
                lookups.add(new GroupLookup(groupId, reference.terraformName(), reference.placement(), String.join(", ", users), Labels.wave(reference.homeWave())));
                remoteReads.computeIfAbsent(reference.homeWave(), ignored -> new TreeSet<>()).add("security group " + groupId);
            }
            else {
                inputs.put(groupId, users);
            }
        });
        lookups.sort(Comparator.comparing(GroupLookup::terraformName));
        for (Targets.LoadBalancer balancer : wave.loadBalancers()) {
            if (balancer.sourceVpcId() != null && !balancer.listeners().isEmpty()) {
                add(vpcs, balancer.sourceVpcId(), "target groups of " + balancer.name().name());
            }
        }
        SortedMap<String, SortedSet<String>> instanceUsers = new TreeMap<>();
        SortedMap<String, InstanceLookup> instanceLookups = new TreeMap<>();
        for (Targets.LoadBalancer balancer : wave.loadBalancers()) {
            for (Targets.Attachment attachment : balancer.attachments()) {
                if (!attachment.local()) {
                    add(instanceUsers, attachment.instanceTerraformName(), "target groups of " + balancer.name().name());
                    instanceLookups.putIfAbsent(attachment.instanceTerraformName(),
                            new InstanceLookup(attachment.instanceTerraformName(), attachment.instanceArn(), balancer.name().placement(), "", Labels.wave(attachment.instanceWave())));
                    remoteReads.computeIfAbsent(attachment.instanceWave(), ignored -> new TreeSet<>()).add("instance " + attachment.instanceTerraformName());
                }
            }
        }
        List<InstanceLookup> instances = instanceLookups.values().stream()
                .map(lookup -> new InstanceLookup(lookup.terraformName(), lookup.sourceArn(), lookup.placement(), String.join(", ", instanceUsers.get(lookup.terraformName())), lookup.waveLabel()))
                .toList();
        wave.databases().stream().filter(database -> database.replica() && database.replicaSource().lookedUp())
                .forEach(database -> remoteReads.computeIfAbsent(database.replicaSource().primaryWave(), ignored -> new TreeSet<>())
                        .add("primary " + database.replicaSource().primaryTerraformName()));
        wave.instances().forEach(instance -> instance.volumes().shared().stream().filter(shared -> !shared.local())
                .forEach(shared -> remoteReads.computeIfAbsent(shared.wave(), ignored -> new TreeSet<>()).add("volume " + shared.terraformName())));
        String assessmentName = index.assessment().name();
        List<RemoteState> remoteStates = remoteReads.entrySet().stream()
                .map(entry -> new RemoteState(Labels.wave(entry.getKey()), stateKeyOf(assessmentName, Labels.wave(entry.getKey())), String.join(", ", entry.getValue())))
                .toList();
        List<Image> imageInputs = images.values().stream()
                .map(image -> new Image(image.variable(), image.sourceImageId(), String.join(", ", imageUsers.get(image.sourceImageId()))))
                .sorted(Comparator.comparing(Image::variable))
                .toList();
        boolean suffixed = !wave.databases().isEmpty() || !wave.databaseClusters().isEmpty() || !wave.caches().isEmpty() || !wave.loadBalancers().isEmpty()
                || !wave.functions().isEmpty() || !wave.buckets().isEmpty() || !wave.ecsClusters().isEmpty();
        boolean certificate = wave.loadBalancers().stream().flatMap(balancer -> balancer.listeners().stream()).anyMatch(Targets.Listener::needsCertificate);
        return new TerraformModel(
                index.assessment().inventory().name(),
                index.assessment().name(),
                index.assessment().asOf(),
                wave,
                wave.placements(),
                inputs(vpcs),
                inputs(subnets),
                inputs(inputs),
                lookups,
                imageInputs,
                inputs(clusters),
                inputs(peerCidrs),
                instances,
                remoteStates,
                stateKeyOf(assessmentName, wave.label()),
                suffixed,
                NameSuffixRoom.of(wave, true).orElse(null),
                certificate);
    }

    private static List<Targets.Rule> concat(List<Targets.Rule> first, List<Targets.Rule> second)
    {
        List<Targets.Rule> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    private static void addNetwork(
            SortedMap<String, SortedSet<String>> subnets,
            SortedMap<String, SortedSet<String>> groups,
            List<String> subnetIds,
            List<Targets.GroupReference> references,
            String name)
    {
        subnetIds.forEach(subnetId -> add(subnets, subnetId, name));
        addGroups(groups, references, name);
    }

    private static void addGroups(SortedMap<String, SortedSet<String>> groups, List<Targets.GroupReference> references, String name)
    {
        references.stream().filter(reference -> !reference.local()).forEach(reference -> add(groups, reference.sourceId(), name));
    }

    private static void add(SortedMap<String, SortedSet<String>> map, String key, String user)
    {
        map.computeIfAbsent(key, ignored -> new TreeSet<>()).add(user);
    }

    private static List<Input> inputs(SortedMap<String, SortedSet<String>> map)
    {
        return map.entrySet().stream().map(entry -> new Input(entry.getKey(), String.join(", ", entry.getValue()))).toList();
    }
}
