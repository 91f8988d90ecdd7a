package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;

import static java.util.Objects.requireNonNull;

/**
 * What the CloudFormation template of one wave's sources in one account and Region reads: a stack
 * lives in one account and Region, so a wave spanning several pairs gets one template per pair. CloudFormation covers
 * what Terraform does (security groups, EC2 instances, RDS, ElastiCache, load balancers, Lambda functions, ECS clusters and
 * services, S3 buckets); {@code notGenerated} lists the members no tool generates.
 *
 * @param wave the part of the wave whose sources are in {@code placement}
 * @param parameters every parameter the template refers to, and no other (unused parameters are lint errors)
 * @param vpcParameters parameter logical id by source VPC id, for the VPCs security groups are created in
 * @param subnetParameters parameter logical id by source subnet id
 * @param groupParameters parameter logical id by source security-group id, for groups no stack of this account and Region creates
 * @param peerCidrParameters parameter logical id by source security-group id, for groups that rules name across accounts or Regions
 * @param groupImports the export of an earlier stack by source security-group id, for groups an earlier wave creates here
 * @param replicaImports the export of an earlier stack by the replica's logical id, for primaries an earlier wave creates in this Region
 * @param instanceImports the export of an earlier stack by the instance's logical id, for instances an earlier wave creates that target groups register
 * @param volumeImports the export of an earlier stack by the volume's logical id prefix, for Multi-Attach volumes an earlier wave creates that instances attach
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
        SortedMap<String, Import> groupImports,
        SortedMap<String, Import> replicaImports,
        SortedMap<String, Import> instanceImports,
        SortedMap<String, Import> volumeImports,
        List<Targets.Skipped> notGenerated)
{
    /**
     * A template parameter; {@code defaultValue} may be {@code null}, and so may {@code allowedPattern}
     * (with its {@code constraintDescription}) when any value of the type will do.
     */
    /** @param maxLength the longest value the parameter takes, or {@code null} for no limit */
    public record Parameter(String logicalId, String type, String description, String defaultValue, String allowedPattern, String constraintDescription,
            Integer maxLength)
    {
        public Parameter(String logicalId, String type, String description, String defaultValue)
        {
            this(logicalId, type, description, defaultValue, null, null, null);
        }

        public Parameter(String logicalId, String type, String description, String defaultValue, String allowedPattern, String constraintDescription)
        {
            this(logicalId, type, description, defaultValue, allowedPattern, constraintDescription, null);
        }
    }

    /**
     * What a name suffix may hold so that a suffixed RDS or ElastiCache identifier stays valid: lowercase
     * letters, digits and single hyphens, not ending with a hyphen (Terraform's {@code name_suffix} checks the same).
     */
    static final String NAME_SUFFIX_PATTERN = "^[a-z0-9]*(-[a-z0-9]+)*$";

    /**
     * A value an earlier stack of the same account and Region exports: exports do not cross Regions or
     * accounts. Export names are {@code <stack name>-<output key>}, and the stack name is the parameter
     * {@code stackParameter}, so that a team may name its stacks as it likes.
     */
    public record Import(String stackParameter, String outputKey)
    {
        public Import
        {
            requireNonNull(stackParameter, "stackParameter is null");
            requireNonNull(outputKey, "outputKey is null");
        }
    }

    public CloudFormationModel
    {
        requireNonNull(wave, "wave is null");
        requireNonNull(placement, "placement is null");
        parameters = List.copyOf(parameters);
        vpcParameters = new TreeMap<>(vpcParameters);
        peerCidrParameters = new TreeMap<>(peerCidrParameters);
        subnetParameters = new TreeMap<>(subnetParameters);
        groupParameters = new TreeMap<>(groupParameters);
        groupImports = new TreeMap<>(groupImports);
        replicaImports = new TreeMap<>(replicaImports);
        instanceImports = new TreeMap<>(instanceImports);
        volumeImports = new TreeMap<>(volumeImports);
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
        SortedMap<String, Import> groupImports = new TreeMap<>();
        SortedMap<Integer, SortedSet<String>> importedWaves = new TreeMap<>();
        GroupNeeds needs = new GroupNeeds(wave, placement, groups, groupImports, importedWaves);
        SortedMap<String, Targets.Instance> images = new TreeMap<>();
        SortedMap<String, SortedSet<String>> imageUsers = new TreeMap<>();
        SortedMap<String, Import> volumeImports = new TreeMap<>();
        for (Targets.Instance instance : wave.instances()) {
            if (instance.sourceSubnetId() != null) {
                add(subnets, instance.sourceSubnetId(), instance.name().name());
            }
            needs.addAll(instance.securityGroups(), instance.name().name());
            images.putIfAbsent(instance.imageParameter(), instance);
            add(imageUsers, instance.imageParameter(), instance.name().name());
            for (InstanceVolumes.Shared shared : instance.volumes().shared()) {
                if (!shared.local()) {
                    volumeImports.put(shared.logicalId(), new Import(stackParameter(shared.wave()), shared.logicalId() + "VolumeId"));
                    add(importedWaves, shared.wave(), instance.name().name());
                }
            }
        }
        for (Targets.Database database : wave.databases()) {
            database.sourceSubnetIds().forEach(subnet -> add(subnets, subnet, database.name().name()));
            needs.addAll(database.securityGroups(), database.name().name());
        }
        for (Targets.DatabaseCluster cluster : wave.databaseClusters()) {
            cluster.sourceSubnetIds().forEach(subnet -> add(subnets, subnet, cluster.name().name()));
            needs.addAll(cluster.securityGroups(), cluster.name().name());
        }
        for (Targets.Cache cache : wave.caches()) {
            cache.sourceSubnetIds().forEach(subnet -> add(subnets, subnet, cache.name().name()));
            needs.addAll(cache.securityGroups(), cache.name().name());
        }
        SortedMap<String, Import> instanceImports = new TreeMap<>();
        for (Targets.LoadBalancer balancer : wave.loadBalancers()) {
            String name = balancer.name().name();
            balancer.sourceSubnetIds().forEach(subnet -> add(subnets, subnet, name));
            needs.addAll(balancer.securityGroups(), name);
            if (balancer.sourceVpcId() != null && !balancer.listeners().isEmpty()) {
                add(vpcs, balancer.sourceVpcId(), "target groups of " + name);
            }
            for (Targets.Attachment attachment : balancer.attachments()) {
                if (!attachment.local()) {
                    instanceImports.put(attachment.instanceLogicalId(), new Import(stackParameter(attachment.instanceWave()), attachment.instanceLogicalId() + "InstanceId"));
                    add(importedWaves, attachment.instanceWave(), "target groups of " + name);
                }
            }
        }
        for (Targets.Function function : wave.functions()) {
            function.sourceSubnetIds().forEach(subnet -> add(subnets, subnet, function.name().name()));
            needs.addAll(function.securityGroups(), function.name().name());
        }
        for (Targets.EcsService service : wave.ecsServices()) {
            service.sourceSubnetIds().forEach(subnet -> add(subnets, subnet, service.name().name()));
            needs.addAll(service.securityGroups(), service.name().name());
        }
        for (Targets.SecurityGroup group : wave.securityGroups()) {
            if (group.sourceVpcId() != null) {
                add(vpcs, group.sourceVpcId(), group.groupName());
            }
            group.ingress().forEach(rule -> addPeer(needs, peerCidrs, rule, group.groupName()));
            group.egress().forEach(rule -> addPeer(needs, peerCidrs, rule, group.groupName()));
        }
        for (Targets.LateRules late : wave.lateRules()) {
            needs.add(late.owner(), "rules created in this wave");
        }
        SortedMap<String, Import> replicaImports = replicaImports(wave, placement, importedWaves);

        List<Parameter> parameters = new ArrayList<>();
        SortedMap<String, String> vpcParameters = declare(parameters, vpcs, "vpc-", "VpcId", "AWS::EC2::VPC::Id",
                (vpc, users) -> "Target VPC replacing source VPC " + vpc + ", where the stack creates security groups: " + users + ".");
        SortedMap<String, String> subnetParameters = declare(parameters, subnets, "subnet-", "Subnet", "AWS::EC2::Subnet::Id",
                (subnet, users) -> "Target subnet replacing source subnet " + subnet + " (" + users + ").");
        SortedMap<String, String> groupParameters = declare(parameters, groups, "sg-", "SecurityGroup", "AWS::EC2::SecurityGroup::Id",
                (group, users) -> "Target security group replacing source group " + group + ", which no generated stack of this account and Region creates (" + users + ").");
        SortedMap<String, String> peerCidrParameters = declare(parameters, peerCidrs, "sg-", "PeerCidr", "String",
                (group, users) -> "IPv4 CIDR block of the target network of source group " + group
                        + ", which rules name across accounts or Regions where a group reference cannot reach (" + users + ").");
        images.forEach((parameter, instance) -> parameters.add(new Parameter(parameter, "AWS::EC2::Image::Id",
                "Target AMI for the instances launched from source image " + instance.sourceImageId() + " (" + String.join(", ", imageUsers.get(parameter)) + ").", null)));
        importedWaves.forEach((number, users) -> parameters.add(new Parameter(stackParameter(number), "String",
                "Name of the stack created from " + CloudFormationWriter.path(Labels.wave(number), placement) + ", whose exports this stack imports ("
                        + String.join(", ", users) + ").", CloudFormationWriter.stackName(Labels.wave(number), placement))));
        missingFacts(wave, parameters);
        ComputeParameters.declare(wave, parameters);
        VolumeParameters.declare(wave, parameters);
        replicaSources(wave, parameters, replicaImports);
        if (wave.databases().stream().anyMatch(database -> !database.replica()) || !wave.databaseClusters().isEmpty()) {
            parameters.add(new Parameter("DatabaseMasterUsername", "String",
                    "Master user name of the RDS DB " + (wave.databaseClusters().isEmpty() ? "instances" : "instances and clusters")
                            + "; RDS generates the password and keeps it in AWS Secrets Manager.", "migration_admin"));
        }
        if (!wave.databases().isEmpty() || !wave.databaseClusters().isEmpty() || !wave.caches().isEmpty() || !wave.loadBalancers().isEmpty()
                || !wave.functions().isEmpty() || !wave.ecsClusters().isEmpty()) {
            Optional<NameSuffixRoom> room = NameSuffixRoom.of(wave, false);
            parameters.add(new Parameter("NameSuffix", "String",
                    "Appended to names that must be unique in the account and Region (RDS and ElastiCache identifiers, load balancer, Lambda function and ECS "
                            + "cluster names, the source's as Terraform names them with its name_suffix), so that targets can coexist with their sources.",
                    "", NAME_SUFFIX_PATTERN, "lowercase letters, digits and single hyphens, not ending with a hyphen"
                            + room.map(limit -> ". " + limit.message("NameSuffix")).orElse(""),
                    room.map(NameSuffixRoom::maximumLength).orElse(null)));
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
                groupImports,
                replicaImports,
                instanceImports,
                volumeImports,
                notGenerated(wave));
    }

    /**
     * A fact the inventory lacks becomes a parameter without a default, named after the resource and
     * the property (the template refers to it by the same name), so that the stack cannot be created
     * until the team fills it in.
     */
    private static void missingFacts(Targets.Wave wave, List<Parameter> parameters)
    {
        for (Targets.Instance instance : wave.instances()) {
            missing(parameters, instance.instanceType(), instance.name(), "InstanceType", "instance type");
        }
        for (Targets.Database database : wave.databases()) {
            missing(parameters, database.engine(), database.name(), "Engine", "engine");
            missing(parameters, database.instanceClass(), database.name(), "DBInstanceClass", "DB instance class");
        }
        for (Targets.Cache cache : wave.caches()) {
            missing(parameters, cache.engine(), cache.name(), "Engine", "engine");
            missing(parameters, cache.nodeType(), cache.name(), "CacheNodeType", "node type");
        }
        for (Targets.DatabaseCluster cluster : wave.databaseClusters()) {
            missing(parameters, cluster.engine(), cluster.name(), "Engine", "engine");
            cluster.instances().forEach(instance -> missing(parameters, instance.instanceClass(), instance.name(), "DBInstanceClass", "DB instance class"));
        }
    }

    /** The name of the parameter holding the name of the stack of wave {@code number} in the same account and Region. */
    static String stackParameter(int number)
    {
        return "Wave" + Labels.wave(number) + "StackName";
    }

    /**
     * A replica whose primary an earlier stack of the same account and Region creates imports the
     * primary's ARN (export {@code <primary>DatabaseArn}), which RDS wants whenever the replica has a
     * DB subnet group.
     */
    private static SortedMap<String, Import> replicaImports(Targets.Wave wave, Placement placement, SortedMap<Integer, SortedSet<String>> importedWaves)
    {
        SortedMap<String, Import> imports = new TreeMap<>();
        for (Targets.Database database : wave.databases()) {
            Targets.ReplicaSource source = database.replicaSource();
            if (source != null && source.logicalId() == null && source.placement().equals(placement) && source.primaryWave() < wave.number()) {
                imports.put(database.name().logicalId(), new Import(stackParameter(source.primaryWave()), source.primaryLogicalId() + "DatabaseArn"));
                add(importedWaves, source.primaryWave(), database.name().name());
            }
        }
        return imports;
    }

    /**
     * A replica whose primary is created in another Region names it by a parameter, the primary's ARN
     * (output {@code <primary>DatabaseArn} of that stack): exports do not cross Regions.
     */
    private static void replicaSources(Targets.Wave wave, List<Parameter> parameters, SortedMap<String, Import> replicaImports)
    {
        for (Targets.Database database : wave.databases()) {
            Targets.ReplicaSource source = database.replicaSource();
            if (source != null && source.logicalId() == null && !replicaImports.containsKey(database.name().logicalId())) {
                parameters.add(new Parameter(database.name().logicalId() + "SourceDBInstance", "String",
                        "ARN of the target of " + source.sourceName() + " (" + source.sourceArn() + ") in " + source.placement().label()
                                + ", which " + database.name().name() + " replicates: output " + source.primaryLogicalId() + "DatabaseArn of stack "
                                + CloudFormationWriter.stackName(Labels.wave(source.primaryWave()), source.placement()) + " (exports do not cross Regions).", null));
            }
        }
    }

    private static void missing(List<Parameter> parameters, String value, Targets.Name name, String property, String what)
    {
        if (value == null || value.isBlank()) {
            parameters.add(new Parameter(name.logicalId() + property, "String",
                    "TO FILL IN: the " + what + " of the target of " + name.name() + " (" + name.arn() + "), which the inventory does not give.", null));
        }
    }

    private static List<Targets.Skipped> notGenerated(Targets.Wave wave)
    {
        List<Targets.Skipped> result = new ArrayList<>(wave.skipped());
        result.sort(Comparator.comparing(skipped -> skipped.name().terraformName()));
        return result;
    }

    /**
     * One parameter per source id (its users joined for the description), named {@code logicalPrefix}
     * and the id without {@code sourcePrefix}; returns source id to parameter name.
     */
    private static SortedMap<String, String> declare(List<Parameter> parameters, SortedMap<String, SortedSet<String>> sources, String sourcePrefix,
            String logicalPrefix, String type, BiFunction<String, String, String> description)
    {
        SortedMap<String, String> names = new TreeMap<>();
        sources.forEach((source, users) -> {
            String logicalId = logicalPrefix + alphanumeric(source.replaceFirst("^" + sourcePrefix, ""));
            names.put(source, logicalId);
            parameters.add(new Parameter(logicalId, type, description.apply(source, String.join(", ", users)), null));
        });
        return names;
    }

    private static String alphanumeric(String value)
    {
        return value.replaceAll("[^A-Za-z0-9]", "");
    }

    private static void addPeer(GroupNeeds needs, SortedMap<String, SortedSet<String>> peerCidrs, Targets.Rule rule, String groupName)
    {
        if (rule.peerInOtherPlacement()) {
            add(peerCidrs, rule.peerGroup().sourceId(), "rules of " + groupName);
        }
        else if (rule.peerGroup() != null) {
            needs.add(rule.peerGroup(), "rules of " + groupName);
        }
    }

    /**
     * Routes each security group the stack refers to: one it creates needs nothing, one an earlier
     * stack of this account and Region creates is imported, and any other is a parameter.
     */
    private record GroupNeeds(Targets.Wave wave, Placement placement, SortedMap<String, SortedSet<String>> parameters,
            SortedMap<String, Import> imports, SortedMap<Integer, SortedSet<String>> importedWaves)
    {
        void addAll(List<Targets.GroupReference> references, String user)
        {
            references.forEach(reference -> add(reference, user));
        }

        void add(Targets.GroupReference reference, String user)
        {
            if (reference.local()) {
                return;
            }
            if (reference.earlier() && placement.equals(reference.placement()) && reference.homeWave() < wave.number()) {
                imports.put(reference.sourceId(), new Import(stackParameter(reference.homeWave()), reference.logicalId() + "SecurityGroupId"));
                CloudFormationModel.add(importedWaves, reference.homeWave(), user);
            }
            else {
                CloudFormationModel.add(parameters, reference.sourceId(), user);
            }
        }
    }

    private static <K> void add(SortedMap<K, SortedSet<String>> map, K key, String user)
    {
        map.computeIfAbsent(key, ignored -> new TreeSet<>()).add(user);
    }
}
