package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleCompute.CacheCluster;
import io.cloudmigrate.discovery.sample.SampleCompute.Database;
import io.cloudmigrate.discovery.sample.SampleCompute.EcsCluster;
import io.cloudmigrate.discovery.sample.SampleCompute.EcsService;
import io.cloudmigrate.discovery.sample.SampleCompute.EcsTask;
import io.cloudmigrate.discovery.sample.SampleCompute.Function;
import io.cloudmigrate.discovery.sample.SampleCompute.Instance;
import io.cloudmigrate.discovery.sample.SampleCompute.OperatingSystem;
import io.cloudmigrate.discovery.sample.SampleCompute.UsageProfile;
import io.cloudmigrate.discovery.sample.SampleCompute.Volume;
import io.cloudmigrate.discovery.sample.SampleNetwork.Account;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.NatGateway;
import io.cloudmigrate.discovery.sample.SampleNetwork.NetworkInterface;
import io.cloudmigrate.discovery.sample.SampleNetwork.Rule;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;
import io.cloudmigrate.discovery.sample.SampleNetwork.Tag;
import io.cloudmigrate.discovery.sample.SampleNetwork.VpcEndpoint;
import io.cloudmigrate.discovery.sample.SampleNetwork.Vpc;
import io.cloudmigrate.discovery.sample.SampleServices.ApplicationLoadBalancer;
import io.cloudmigrate.discovery.sample.SampleServices.Bucket;
import io.cloudmigrate.discovery.sample.SampleServices.ClassicLoadBalancer;
import io.cloudmigrate.discovery.sample.SampleServices.EventSourceMapping;
import io.cloudmigrate.discovery.sample.SampleServices.HttpApi;
import io.cloudmigrate.discovery.sample.SampleServices.RestApi;
import io.cloudmigrate.discovery.sample.SampleServices.TargetGroup;
import io.cloudmigrate.discovery.sample.SampleTraffic.Connection;
import io.cloudmigrate.discovery.sample.SampleTraffic.Gap;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Assembles the sample estate: hands out identifiers and private addresses (unique across the
 * estate, inside each subnet's CIDR) and creates the ENIs every networked resource owns. The
 * hash-based choices depend only on names, so the estate is the same on every run.
 */
final class EstateBuilder
{
    private final String name;
    private final String capturedAt;
    private final List<AccountRegion> regions = new ArrayList<>();
    private final List<Vpc> vpcs = new ArrayList<>();
    private final List<Subnet> subnets = new ArrayList<>();
    private final List<SecurityGroup> securityGroups = new ArrayList<>();
    private final List<NetworkInterface> networkInterfaces = new ArrayList<>();
    private final List<NatGateway> natGateways = new ArrayList<>();
    private final List<VpcEndpoint> vpcEndpoints = new ArrayList<>();
    private final List<Instance> instances = new ArrayList<>();
    private final List<Database> databases = new ArrayList<>();
    private final List<CacheCluster> cacheClusters = new ArrayList<>();
    private final List<Function> functions = new ArrayList<>();
    private final List<EcsCluster> ecsClusters = new ArrayList<>();
    private final List<EcsService> ecsServices = new ArrayList<>();
    private final List<ClassicLoadBalancer> classicLoadBalancers = new ArrayList<>();
    private final List<ApplicationLoadBalancer> applicationLoadBalancers = new ArrayList<>();
    private final List<Bucket> buckets = new ArrayList<>();
    private final List<RestApi> restApis = new ArrayList<>();
    private final List<HttpApi> httpApis = new ArrayList<>();
    private final List<EventSourceMapping> eventSourceMappings = new ArrayList<>();
    private final List<Connection> connections = new ArrayList<>();
    private final List<Gap> gaps = new ArrayList<>();
    // only ever queried, never iterated, so their order cannot reach the output
    private final Set<String> usedAddresses = new HashSet<>();
    private final Map<String, Integer> interfaceCounts = new HashMap<>();

    EstateBuilder(String name, String capturedAt)
    {
        this.name = name;
        this.capturedAt = capturedAt;
    }

    AccountRegion region(Account account, String region)
    {
        AccountRegion accountRegion = new AccountRegion(account, region);
        regions.add(accountRegion);
        return accountRegion;
    }

    /** A VPC with its default security group ({@code <name>/default}). */
    Vpc vpc(AccountRegion where, String vpcName, String cidr, List<Tag> tags)
    {
        return addVpc(new Vpc(SampleIds.awsId("vpc", vpcName), vpcName, where, cidr, false, tags));
    }

    Vpc defaultVpc(AccountRegion where, String vpcName)
    {
        return addVpc(new Vpc(SampleIds.awsId("vpc", vpcName), vpcName, where, "172.31.0.0/16", true, List.of()));
    }

    private Vpc addVpc(Vpc vpc)
    {
        vpcs.add(vpc);
        String key = vpc.name() + "/default";
        securityGroups.add(new SecurityGroup(key, SampleIds.awsId("sg", key), "default", vpc, "default VPC security group",
                List.of(Rule.allFromGroup(key)), List.of()));
        return vpc;
    }

    Subnet subnet(Vpc vpc, String subnetName, String cidr, String availabilityZone, boolean isPublic)
    {
        List<Tag> tags = vpc.isDefault() ? List.of() : SampleTags.name(subnetName);
        Subnet subnet = new Subnet(SampleIds.awsId("subnet", subnetName), subnetName, vpc, cidr, availabilityZone, isPublic, tags);
        subnets.add(subnet);
        return subnet;
    }

    SecurityGroup securityGroup(Vpc vpc, String groupName, String description, List<Tag> tags, Rule... ingress)
    {
        SecurityGroup group = new SecurityGroup(groupName, SampleIds.awsId("sg", groupName), groupName, vpc, description, List.of(ingress), tags);
        securityGroups.add(group);
        return group;
    }

    /** A security group made earlier, by key. */
    SecurityGroup securityGroup(String key)
    {
        return securityGroups.stream().filter(group -> group.key().equals(key)).findFirst().orElseThrow();
    }

    NetworkInterface networkInterface(String owner, Subnet subnet, List<SecurityGroup> groups, String interfaceType, String description,
            String requesterId, String instanceId, String publicIp)
    {
        int sequence = interfaceCounts.merge(owner, 1, Integer::sum);
        String seed = owner + "#" + sequence;
        NetworkInterface networkInterface = new NetworkInterface(SampleIds.awsId("eni", seed), owner, subnet, allocateAddress(subnet, seed),
                publicIp, groups, interfaceType, description, requesterId, instanceId);
        networkInterfaces.add(networkInterface);
        return networkInterface;
    }

    InstanceDraft instance(String instanceName, Subnet subnet, String instanceType, OperatingSystem operatingSystem)
    {
        return new InstanceDraft(this, instanceName, subnet, instanceType, operatingSystem);
    }

    Instance add(InstanceDraft draft)
    {
        String instanceId = SampleIds.awsId("i", draft.name);
        NetworkInterface networkInterface = networkInterface(draft.name, draft.subnet, draft.groups, "interface", "", null, instanceId, draft.publicIp);
        List<Volume> volumes = new ArrayList<>();
        volumes.add(new Volume(SampleIds.awsId("vol", draft.name + ":root"), draft.operatingSystem.rootDeviceName(), draft.rootVolumeGb, "gp3", draft.launchTime));
        if (draft.dataVolumeGb > 0) {
            String device = draft.operatingSystem.isWindows() ? "xvdf" : "/dev/sdf";
            volumes.add(new Volume(SampleIds.awsId("vol", draft.name + ":data"), device, draft.dataVolumeGb, draft.operatingSystem.isWindows() ? "gp2" : "gp3", draft.launchTime));
        }
        Instance instance = new Instance(instanceId, draft.name, draft.subnet, draft.instanceType, draft.operatingSystem, draft.tags, draft.groups,
                networkInterface, volumes, draft.profile, draft.memoryAgent, draft.ssmManaged, List.copyOf(draft.software), draft.launchTime,
                SampleIds.awsId("ami", draft.operatingSystem.ssmPlatformName() + draft.operatingSystem.ssmPlatformVersion() + draft.subnet.where().region()),
                draft.imdsHttpTokens, draft.keyName);
        instances.add(instance);
        return instance;
    }

    NatGateway natGateway(String gatewayName, Subnet subnet, String publicIp, List<Tag> tags)
    {
        String id = SampleIds.awsId("nat", gatewayName);
        NetworkInterface networkInterface = networkInterface(gatewayName, subnet, List.of(), "nat_gateway", "Interface for NAT Gateway " + id, "amazon-aws", null, publicIp);
        NatGateway gateway = new NatGateway(id, gatewayName, subnet, networkInterface, SampleIds.awsId("eipalloc", gatewayName), tags);
        natGateways.add(gateway);
        return gateway;
    }

    VpcEndpoint gatewayEndpoint(String endpointName, Vpc vpc, String service, List<Tag> tags)
    {
        VpcEndpoint endpoint = new VpcEndpoint(SampleIds.awsId("vpce", endpointName), endpointName, vpc,
                "com.amazonaws." + vpc.where().region() + "." + service, "Gateway", List.of(), List.of(), List.of(), tags);
        vpcEndpoints.add(endpoint);
        return endpoint;
    }

    VpcEndpoint interfaceEndpoint(String endpointName, Vpc vpc, String service, List<Subnet> endpointSubnets, List<SecurityGroup> groups, List<Tag> tags)
    {
        String id = SampleIds.awsId("vpce", endpointName);
        List<NetworkInterface> interfaces = endpointSubnets.stream()
                .map(subnet -> networkInterface(endpointName, subnet, groups, "vpc_endpoint", "VPC Endpoint Interface " + id, "amazon-aws", null, null))
                .toList();
        VpcEndpoint endpoint = new VpcEndpoint(id, endpointName, vpc, "com.amazonaws." + vpc.where().region() + "." + service, "Interface",
                endpointSubnets, groups, interfaces, tags);
        vpcEndpoints.add(endpoint);
        return endpoint;
    }

    Database database(String identifier, Subnet subnet, List<Subnet> subnetGroup, String subnetGroupName, List<SecurityGroup> groups, String engineVersion,
            String instanceClass, int storageGb, boolean multiAz, String source, List<Tag> tags, UsageProfile profile, String createTime)
    {
        NetworkInterface networkInterface = networkInterface(identifier, subnet, groups, "interface", "RDSNetworkInterface", "amazon-rds", null, null);
        Database database = new Database(identifier, subnet, subnetGroup, subnetGroupName, groups, networkInterface, engineVersion, instanceClass,
                storageGb, multiAz, source, tags, profile, createTime, "postgres", null);
        databases.add(database);
        return database;
    }

    /** An instance of an Aurora PostgreSQL cluster; the cluster's first instance is its writer. Aurora reports 1 GB of storage for each. */
    Database auroraInstance(String identifier, String cluster, Subnet subnet, List<Subnet> subnetGroup, String subnetGroupName, List<SecurityGroup> groups,
            String engineVersion, String instanceClass, List<Tag> tags, UsageProfile profile, String createTime)
    {
        NetworkInterface networkInterface = networkInterface(identifier, subnet, groups, "interface", "RDSNetworkInterface", "amazon-rds", null, null);
        Database database = new Database(identifier, subnet, subnetGroup, subnetGroupName, groups, networkInterface, engineVersion, instanceClass,
                1, false, null, tags, profile, createTime, "aurora-postgresql", cluster);
        databases.add(database);
        return database;
    }

    CacheCluster cacheCluster(String id, String replicationGroupId, Subnet subnet, String subnetGroupName, List<SecurityGroup> groups,
            String engineVersion, String nodeType, UsageProfile profile, String createTime, List<Tag> tags)
    {
        NetworkInterface networkInterface = networkInterface(id, subnet, groups, "interface", "ElastiCache " + id, "amazon-elasticache", null, null);
        CacheCluster cluster = new CacheCluster(id, replicationGroupId, subnet, subnetGroupName, groups, networkInterface, engineVersion, nodeType, profile, createTime, tags);
        cacheClusters.add(cluster);
        return cluster;
    }

    /** A function; Lambda creates one ENI in each of its subnets. */
    Function function(String functionName, AccountRegion where, String runtime, String handler, int memorySizeMb, int timeoutSeconds, long codeSizeBytes,
            String architecture, String description, List<Subnet> functionSubnets, List<SecurityGroup> groups, UsageProfile profile, String lastModified,
            List<Tag> tags)
    {
        List<NetworkInterface> interfaces = functionSubnets.stream()
                .map(subnet -> networkInterface(functionName, subnet, groups, "lambda",
                        "AWS Lambda VPC ENI-" + functionName + "-" + SampleIds.uuid(functionName + subnet.id()), "AROAQK7SAMPLELAMBDA:" + functionName, null, null))
                .toList();
        Function function = new Function(functionName, where, runtime, handler, memorySizeMb, timeoutSeconds, codeSizeBytes, architecture, description,
                functionSubnets, groups, interfaces, profile, lastModified, tags);
        functions.add(function);
        return function;
    }

    EcsCluster ecsCluster(String clusterName, AccountRegion where, List<Tag> tags)
    {
        EcsCluster cluster = new EcsCluster(clusterName, where, tags);
        ecsClusters.add(cluster);
        return cluster;
    }

    /** A Fargate service with {@code desiredCount} running tasks spread over its subnets, one ENI each. */
    EcsService ecsService(EcsCluster cluster, String serviceName, String taskDefinition, int desiredCount, List<Subnet> serviceSubnets,
            List<SecurityGroup> groups, String targetGroupName, int containerPort, UsageProfile profile, String createdAt, List<Tag> tags)
    {
        String key = cluster.name() + "/" + serviceName;
        List<EcsTask> tasks = new ArrayList<>();
        for (int index = 0; index < desiredCount; index++) {
            String attachmentId = SampleIds.uuid(key + ":attachment:" + index);
            String description = "arn:aws:ecs:" + cluster.where().region() + ":" + cluster.where().accountId() + ":attachment/" + attachmentId;
            NetworkInterface networkInterface = networkInterface(key, serviceSubnets.get(index % serviceSubnets.size()), groups, "interface", description,
                    "578734482556", null, null);
            tasks.add(new EcsTask(SampleIds.hex(key + ":task:" + index, 32), attachmentId, networkInterface, "2026-10-2" + (index % 3) + "T14:0" + index + ":12.514000+00:00"));
        }
        EcsService service = new EcsService(serviceName, cluster, taskDefinition, desiredCount, serviceSubnets, groups, targetGroupName, containerPort,
                List.copyOf(tasks), profile, createdAt, tags);
        ecsServices.add(service);
        return service;
    }

    ApplicationLoadBalancer applicationLoadBalancer(String loadBalancerName, List<Subnet> loadBalancerSubnets, List<SecurityGroup> groups,
            List<String> publicIps, List<TargetGroup> targetGroups, String createdTime, List<Tag> tags)
    {
        String id = SampleIds.hex("alb:" + loadBalancerName, 16);
        List<NetworkInterface> interfaces = new ArrayList<>();
        for (int index = 0; index < loadBalancerSubnets.size(); index++) {
            interfaces.add(networkInterface(loadBalancerName, loadBalancerSubnets.get(index), groups, "interface", "ELB app/" + loadBalancerName + "/" + id,
                    "amazon-elb", null, publicIps.isEmpty() ? null : publicIps.get(index)));
        }
        ApplicationLoadBalancer loadBalancer = new ApplicationLoadBalancer(loadBalancerName, id, publicIps.isEmpty() ? "internal" : "internet-facing",
                loadBalancerSubnets, groups, List.copyOf(interfaces), targetGroups, SampleIds.uuid("certificate:" + loadBalancerName), createdTime, tags);
        applicationLoadBalancers.add(loadBalancer);
        return loadBalancer;
    }

    ClassicLoadBalancer classicLoadBalancer(String loadBalancerName, List<Subnet> loadBalancerSubnets, List<SecurityGroup> groups, List<String> publicIps,
            int port, int instancePort, List<Instance> targets, String createdTime, List<Tag> tags)
    {
        List<NetworkInterface> interfaces = new ArrayList<>();
        for (int index = 0; index < loadBalancerSubnets.size(); index++) {
            interfaces.add(networkInterface(loadBalancerName, loadBalancerSubnets.get(index), groups, "interface", "ELB " + loadBalancerName,
                    "amazon-elb", null, publicIps.get(index)));
        }
        ClassicLoadBalancer loadBalancer = new ClassicLoadBalancer(loadBalancerName, "internet-facing", loadBalancerSubnets, groups, List.copyOf(interfaces),
                port, instancePort, targets, createdTime, tags);
        classicLoadBalancers.add(loadBalancer);
        return loadBalancer;
    }

    void bucket(Bucket bucket)
    {
        buckets.add(bucket);
    }

    void restApi(RestApi api)
    {
        restApis.add(api);
    }

    void httpApi(HttpApi api)
    {
        httpApis.add(api);
    }

    void eventSourceMapping(EventSourceMapping mapping)
    {
        eventSourceMappings.add(mapping);
    }

    void connect(Connection connection)
    {
        connections.add(connection);
    }

    void gap(Gap gap)
    {
        gaps.add(gap);
    }

    SampleTopology build()
    {
        return new SampleTopology(name, capturedAt, List.copyOf(regions), List.copyOf(vpcs), List.copyOf(subnets), List.copyOf(securityGroups),
                List.copyOf(networkInterfaces), List.copyOf(natGateways), List.copyOf(vpcEndpoints), List.copyOf(instances), List.copyOf(databases),
                List.copyOf(cacheClusters), List.copyOf(functions), List.copyOf(ecsClusters), List.copyOf(ecsServices), List.copyOf(classicLoadBalancers),
                List.copyOf(applicationLoadBalancers), List.copyOf(buckets), List.copyOf(restApis), List.copyOf(httpApis), List.copyOf(eventSourceMappings),
                List.copyOf(connections), List.copyOf(gaps));
    }

    /** A free address in the subnet, away from the five AWS reserves, picked by hashing the seed. */
    private String allocateAddress(Subnet subnet, String seed)
    {
        String[] cidr = subnet.cidr().split("/");
        long base = toLong(cidr[0]);
        long size = 1L << (32 - Integer.parseInt(cidr[1]));
        long usable = Math.min(size - 16, 4000);
        long host = Math.floorMod(SampleIds.hash("address:" + seed), usable);
        for (int attempt = 0; attempt < usable; attempt++) {
            String address = toAddress(base + 10 + (host + attempt) % usable);
            if (usedAddresses.add(address)) {
                return address;
            }
        }
        throw new IllegalStateException("subnet " + subnet.name() + " is full");
    }

    private static long toLong(String address)
    {
        long value = 0;
        for (String octet : address.split("\\.")) {
            value = (value << 8) | Long.parseLong(octet);
        }
        return value;
    }

    private static String toAddress(long value)
    {
        return ((value >> 24) & 0xff) + "." + ((value >> 16) & 0xff) + "." + ((value >> 8) & 0xff) + "." + (value & 0xff);
    }
}
