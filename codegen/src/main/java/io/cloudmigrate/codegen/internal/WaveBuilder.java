package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.StrategyCost;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.SortedMap;
import java.util.TreeMap;

import static java.util.Objects.requireNonNull;

/**
 * Builds the target records of one wave from the members {@link Provisioning} lets through.
 */
final class WaveBuilder
{
    private final EstateIndex index;
    private final SecurityGroupPlanner securityGroups;
    private final SharedVolumes sharedVolumes;
    private final int number;
    private final List<Targets.Instance> instances = new ArrayList<>();
    private final List<Targets.Database> databases = new ArrayList<>();
    private final List<Targets.DatabaseCluster> databaseClusters = new ArrayList<>();
    private final List<Targets.Cache> caches = new ArrayList<>();
    private final List<Targets.LoadBalancer> loadBalancers = new ArrayList<>();
    private final List<Targets.Function> functions = new ArrayList<>();
    private final List<Targets.Bucket> buckets = new ArrayList<>();
    private final List<StandaloneVolume> volumes = new ArrayList<>();
    private final List<Targets.EcsCluster> ecsClusters = new ArrayList<>();
    private final List<Targets.EcsService> ecsServices = new ArrayList<>();
    private final List<Targets.Skipped> skipped = new ArrayList<>();
    private final SortedMap<String, String> clusterNamesByArn = new TreeMap<>();
    private final SortedMap<String, List<Resource>> cachesByGroup = new TreeMap<>();
    private final SortedMap<String, Resource> clustersByKey = new TreeMap<>();
    private final SortedMap<String, List<Resource>> membersByCluster = new TreeMap<>();
    private final SortedMap<String, Resource> replicationGroupsByKey = new TreeMap<>();
    private final SortedSet<String> generatedIds = new TreeSet<>();

    WaveBuilder(EstateIndex index, SecurityGroupPlanner securityGroups, SharedVolumes sharedVolumes, int number)
    {
        this.index = requireNonNull(index, "index is null");
        this.securityGroups = requireNonNull(securityGroups, "securityGroups is null");
        this.sharedVolumes = requireNonNull(sharedVolumes, "sharedVolumes is null");
        this.number = number;
    }

    Targets.Wave build(List<Resource> generated, List<Targets.Skipped> skippedMembers)
    {
        skipped.addAll(skippedMembers);
        SortedMap<String, List<String>> usersByGroup = new TreeMap<>();
        generated.forEach(resource -> generatedIds.add(resource.id()));
        for (Resource resource : generated) {
            resource.network().securityGroupIds().forEach(groupId -> usersByGroup.computeIfAbsent(groupId, id -> new ArrayList<>()).add(resource.name()));
            // instances and clusters first: load balancers and services refer to them
            if (resource.details() instanceof ResourceDetails.Ec2Instance instance) {
                instances.add(instance(resource, instance));
            }
            if (resource.details() instanceof ResourceDetails.EcsCluster cluster) {
                ecsClusters.add(new Targets.EcsCluster(name(resource), orName(cluster.clusterName(), resource), tags(resource)));
                clusterNamesByArn.put(resource.id(), index.terraformName(resource.id()));
            }
            // clusters and replication groups create their members: which members they take is known before the members are met
            if (resource.details() instanceof ResourceDetails.RdsDbCluster cluster) {
                clustersByKey.put(resource.scoped(cluster.dbClusterIdentifier()), resource);
                membersByCluster.put(resource.id(), new ArrayList<>());
            }
            if (resource.details() instanceof ResourceDetails.ElastiCacheReplicationGroup group) {
                replicationGroupsByKey.put(resource.scoped(group.replicationGroupId()), resource);
            }
        }
        for (Resource resource : generated) {
            switch (resource.details()) {
                case ResourceDetails.Ec2Instance ignored -> {}
                case ResourceDetails.EcsCluster ignored -> {}
                case ResourceDetails.RdsDbInstance database -> databaseInstance(resource, database);
                case ResourceDetails.RdsDbCluster ignored -> {}
                case ResourceDetails.ElastiCacheCluster cache -> cacheCluster(resource, cache);
                case ResourceDetails.ElastiCacheReplicationGroup group -> caches.add(ClusterTargets.replicationGroup(index, resource, group, name(resource),
                        references(resource), tags(resource)));
                case ResourceDetails.RouteTable ignored -> throw notGenerated(resource);
                case ResourceDetails.LoadBalancer loadBalancer -> loadBalancer(resource, loadBalancer);
                case ResourceDetails.LambdaFunction function -> function(resource, function).ifPresent(functions::add);
                case ResourceDetails.EcsService service -> ecsServices.add(service(resource, service));
                case ResourceDetails.S3Bucket bucket -> buckets.add(bucket(resource, bucket));
                case ResourceDetails.Vpc ignored -> throw notGenerated(resource);
                case ResourceDetails.Subnet ignored -> throw notGenerated(resource);
                case ResourceDetails.NatGateway ignored -> throw notGenerated(resource);
                case ResourceDetails.VpcEndpoint ignored -> throw notGenerated(resource);
                case ResourceDetails.ApiGateway ignored -> throw notGenerated(resource);
                case ResourceDetails.UnattachedVolume volume -> volumes.add(volume(resource, volume));
            }
        }
        cachesByGroup.forEach(this::caches);
        membersByCluster.forEach((clusterId, members) -> {
            Resource cluster = index.resource(clusterId);
            databaseClusters.add(ClusterTargets.databaseCluster(index, cluster, (ResourceDetails.RdsDbCluster) cluster.details(), members, name(cluster),
                    references(cluster), tags(cluster), this::name, this::tags));
        });
        return new Targets.Wave(
                number,
                Labels.wave(number),
                securityGroups.groupsOf(number, usersByGroup),
                securityGroups.lateRulesOf(number),
                sorted(instances, record -> record.name().terraformName()),
                sorted(databases, record -> record.name().terraformName()),
                sorted(databaseClusters, record -> record.name().terraformName()),
                sorted(caches, record -> record.name().terraformName()),
                sorted(loadBalancers, record -> record.name().terraformName()),
                sorted(functions, record -> record.name().terraformName()),
                sorted(buckets, record -> record.name().terraformName()),
                sorted(volumes, record -> record.name().terraformName()),
                sorted(ecsClusters, record -> record.name().terraformName()),
                sorted(ecsServices, record -> record.name().terraformName()),
                sorted(skipped, record -> record.name().terraformName()));
    }

    private Targets.Instance instance(Resource resource, ResourceDetails.Ec2Instance instance)
    {
        Recommendation recommendation = recommendation(resource);
        Optional<StrategyCost> cost = index.assessment().chosenCost(resource.id());
        String imageId = instance.imageId() == null ? Identifiers.UNKNOWN_IMAGE : instance.imageId();
        boolean oneVolume = instance.ebsVolumeIds().size() == 1 && instance.storageGb() > 0;
        InstanceVolumes volumes = sharedVolumes.of(resource, instance, number);
        return new Targets.Instance(
                name(resource),
                TargetAttributes.instanceType(instance, cost),
                instance.instanceType(),
                imageId,
                Identifiers.imageVariable(imageId),
                "ImageId" + Identifiers.logicalId(imageId),
                resource.network().subnetIds().stream().findFirst().orElse(null),
                references(resource),
                instance.platform() == null ? "Linux/UNIX" : instance.platform(),
                volumes.root() != null ? volumes.root().sizeGb() : oneVolume ? instance.storageGb() : 0,
                instance.ebsVolumeIds().size(),
                instance.storageGb(),
                volumes,
                tags(resource));
    }

    /** A member of a cluster generated in this wave is created with it; a member of any other cluster cannot be created alone. */
    private void databaseInstance(Resource resource, ResourceDetails.RdsDbInstance database)
    {
        if (!database.clusterMember()) {
            databases.add(database(resource, database));
            return;
        }
        Resource cluster = clustersByKey.get(resource.scoped(database.dbClusterIdentifier()));
        if (cluster == null) {
            skipped.add(new Targets.Skipped(name(resource), "a member of DB cluster " + database.dbClusterIdentifier()
                    + ", which is not generated in this wave; it is created with its cluster", false));
        }
        else if (((ResourceDetails.RdsDbCluster) cluster.details()).aurora()) {
            membersByCluster.get(cluster.id()).add(resource);
        }
        else {
            skipped.add(new Targets.Skipped(name(resource), "created by Multi-AZ DB cluster " + database.dbClusterIdentifier() + " with " + cluster.name(), true));
        }
    }

    /** A node of a replication group generated in this wave is created by it; without the group, nodes of one group become one target. */
    private void cacheCluster(Resource resource, ResourceDetails.ElastiCacheCluster cache)
    {
        Resource group = !cache.groupMember() ? null : replicationGroupsByKey.get(resource.scoped(cache.replicationGroupId()));
        if (group != null) {
            skipped.add(new Targets.Skipped(name(resource), "created as a node of replication group " + cache.replicationGroupId() + " with " + group.name(), true));
            return;
        }
        // a group id is unique only within its account and Region
        cachesByGroup.computeIfAbsent(cache.groupMember() && !"memcached".equalsIgnoreCase(cache.engine()) ? resource.scoped(cache.replicationGroupId()) : resource.id(),
                ignored -> new ArrayList<>()).add(resource);
    }

    private Targets.Database database(Resource resource, ResourceDetails.RdsDbInstance database)
    {
        Recommendation recommendation = recommendation(resource);
        Optional<StrategyCost> cost = index.assessment().chosenCost(resource.id());
        String storageType = database.storageType() == null || database.storageType().equals("standard") ? "gp3" : database.storageType();
        return new Targets.Database(
                name(resource),
                AwsNames.hyphenated(orName(database.dbInstanceIdentifier(), resource), 50),
                database.engine(),
                TargetAttributes.engineVersion(database.engineVersion(), database.engine(), recommendation),
                database.engineVersion(),
                TargetAttributes.databaseClass(database, cost),
                database.dbInstanceClass(),
                Math.max(database.allocatedStorageGb(), 20),
                storageType,
                database.multiAz(),
                database.port(),
                database.licenseModel(),
                resource.network().subnetIds(),
                references(resource),
                tags(resource),
                new ReplicaSources(index).of(resource, database, number, generatedIds).orElse(null));
    }

    private void caches(String key, List<Resource> members)
    {
        members.sort(Comparator.comparing(member -> index.terraformName(member.id())));
        Resource first = members.getFirst();
        ResourceDetails.ElastiCacheCluster cache = (ResourceDetails.ElastiCacheCluster) first.details();
        boolean replicationGroup = !key.equals(first.id());
        String group = replicationGroup ? cache.replicationGroupId() : null;
        Recommendation recommendation = recommendation(first);
        Optional<StrategyCost> cost = index.assessment().chosenCost(first.id());
        String engineVersion = TargetAttributes.cacheEngineVersion(cache.engine(), TargetAttributes.engineVersion(cache.engineVersion(), cache.engine(), recommendation));
        CacheNodeGroups shape = replicationGroup ? CacheNodeGroups.of(group, members) : null;
        boolean clusterMode = shape != null && shape.clusterMode();
        caches.add(new Targets.Cache(
                name(first),
                AwsNames.hyphenated(replicationGroup ? group : orName(cache.cacheClusterId(), first), 36),
                replicationGroup,
                cache.engine(),
                engineVersion,
                TargetAttributes.cacheNodeType(cache, cost),
                replicationGroup ? shape.nodes() : Math.max(cache.numCacheNodes(), 1),
                clusterMode ? shape.shards() : 0,
                clusterMode ? shape.replicasPerShard() : 0,
                clusterMode ? TargetAttributes.clusterModeParameterGroup(cache.engine(), engineVersion) : null,
                CacheEncryption.inTransit(cache.engine(), engineVersion, replicationGroup),
                cache.port(),
                replicationGroup ? shape.subnetIds() : first.network().subnetIds(),
                securityGroups.references(replicationGroup ? shape.securityGroupIds() : first.network().securityGroupIds(), number),
                tags(first)));
        String note = shape == null || shape.note().isEmpty() ? "" : "; " + shape.note();
        for (Resource member : members.subList(1, members.size())) {
            skipped.add(new Targets.Skipped(name(member), "created as a node of replication group " + group + " with " + first.name() + note, true));
        }
    }

    /** An ALB or NLB needs subnets: without any known, writing one would give Terraform and CloudFormation an invalid resource. */
    private void loadBalancer(Resource resource, ResourceDetails.LoadBalancer loadBalancer)
    {
        LoadBalancerTargets targets = new LoadBalancerTargets(index);
        if (targets.subnets(resource, loadBalancer).isEmpty()) {
            skipped.add(new Targets.Skipped(name(resource), "its subnets are unknown (the inventory names none, as for EC2-Classic, and no instance "
                    + "registered with it has a known subnet); create it by hand in at least two subnets of different Availability Zones of the target VPC", false));
            return;
        }
        loadBalancers.add(targets.loadBalancer(resource, loadBalancer, name(resource), number, generatedIds, references(resource), tags(resource)));
    }

    private Optional<Targets.Function> function(Resource resource, ResourceDetails.LambdaFunction function)
    {
        String terraformName = index.terraformName(resource.id());
        boolean image = "Image".equalsIgnoreCase(function.packageType());
        String runtime = image ? null : TargetAttributes.lambdaRuntime(function, recommendation(resource));
        if (runtime != null && TargetAttributes.RUNTIMES_NEWER_THAN_PROVIDER.contains(runtime)) {
            skipped.add(new Targets.Skipped(name(resource), "its target runtime " + runtime + " is newer than the hashicorp/aws 5 provider the generated "
                    + "Terraform pins, which refuses it: update the function's runtime in place, or create it with provider 6 or later", false));
            return Optional.empty();
        }
        return Optional.of(new Targets.Function(
                name(resource),
                orName(function.functionName(), resource),
                runtime,
                function.runtime(),
                function.handler(),
                function.memorySizeMb() > 0 ? function.memorySizeMb() : 128,
                function.timeoutSeconds() > 0 ? function.timeoutSeconds() : 3,
                function.architecture() == null ? "x86_64" : function.architecture(),
                image,
                (image ? "lambda_image_" : "lambda_package_") + terraformName,
                "lambda_role_" + terraformName,
                resource.network().subnetIds(),
                references(resource),
                tags(resource)));
    }

    private Targets.EcsService service(Resource resource, ResourceDetails.EcsService service)
    {
        return new Targets.EcsService(
                name(resource),
                orName(service.serviceName(), resource),
                service.launchType(),
                Math.max(service.desiredCount(), 0),
                service.clusterArn(),
                service.clusterArn() == null ? null : clusterNamesByArn.get(service.clusterArn()),
                service.taskDefinitionArn(),
                "task_definition_" + index.terraformName(resource.id()),
                resource.network().subnetIds(),
                references(resource),
                tags(resource));
    }

    private Targets.Bucket bucket(Resource resource, ResourceDetails.S3Bucket bucket)
    {
        String versioning = bucket.versioning() == null ? "" : bucket.versioning();
        String encryption = bucket.encryption() == null ? "" : bucket.encryption().toLowerCase(Locale.ROOT);
        return new Targets.Bucket(
                name(resource),
                orName(bucket.bucketName(), resource),
                versioning.equalsIgnoreCase("Enabled") ? "Enabled" : versioning.equalsIgnoreCase("Suspended") ? "Suspended" : null,
                encryption.contains("kms") ? "aws:kms" : "AES256",
                tags(resource));
    }

    private StandaloneVolume volume(Resource resource, ResourceDetails.UnattachedVolume volume)
    {
        String type = volume.volumeType();
        boolean provisioned = "io1".equals(type) || "io2".equals(type) || "gp3".equals(type);
        return new StandaloneVolume(name(resource), volume.volumeId(), volume.availabilityZone(), type, volume.sizeGb(), provisioned ? volume.iops() : null,
                "gp3".equals(type) ? volume.throughputMibps() : null, tags(resource));
    }

    private Recommendation recommendation(Resource resource)
    {
        // Provisioning lets only recommended resources through
        return index.recommendation(resource.id()).orElseThrow();
    }

    private Targets.Name name(Resource resource)
    {
        return TargetPlanner.name(index, resource);
    }

    private Targets.TagSet tags(Resource resource)
    {
        return TagSets.of(resource, number);
    }

    private List<Targets.GroupReference> references(Resource resource)
    {
        return securityGroups.references(resource.network().securityGroupIds(), number);
    }

    private static String orName(String value, Resource resource)
    {
        return value == null || value.isBlank() ? resource.name() : value;
    }

    private static IllegalStateException notGenerated(Resource resource)
    {
        return new IllegalStateException("Provisioning skips " + resource.type() + " resources: " + resource.id());
    }

    private static <T> List<T> sorted(List<T> values, java.util.function.Function<T, String> key)
    {
        return values.stream().sorted(Comparator.comparing(key)).toList();
    }
}
