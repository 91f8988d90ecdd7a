package io.cloudmigrate.discovery.sample;

import io.cloudmigrate.discovery.sample.SampleCompute.CacheCluster;
import io.cloudmigrate.discovery.sample.SampleCompute.Database;
import io.cloudmigrate.discovery.sample.SampleCompute.EcsCluster;
import io.cloudmigrate.discovery.sample.SampleCompute.EcsService;
import io.cloudmigrate.discovery.sample.SampleCompute.Function;
import io.cloudmigrate.discovery.sample.SampleCompute.Instance;
import io.cloudmigrate.discovery.sample.SampleNetwork.AccountRegion;
import io.cloudmigrate.discovery.sample.SampleNetwork.NatGateway;
import io.cloudmigrate.discovery.sample.SampleNetwork.NetworkInterface;
import io.cloudmigrate.discovery.sample.SampleNetwork.SecurityGroup;
import io.cloudmigrate.discovery.sample.SampleNetwork.Subnet;
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

import java.util.List;

/**
 * The hand-designed sample estate, Northwind Traders: every account, region, network, resource and
 * conversation, in the order they are written. Built by {@link #northwind()}.
 */
record SampleTopology(
        String name,
        String capturedAt,
        List<AccountRegion> regions,
        List<Vpc> vpcs,
        List<Subnet> subnets,
        List<SecurityGroup> securityGroups,
        List<NetworkInterface> networkInterfaces,
        List<NatGateway> natGateways,
        List<VpcEndpoint> vpcEndpoints,
        List<Instance> instances,
        List<Database> databases,
        List<CacheCluster> cacheClusters,
        List<Function> functions,
        List<EcsCluster> ecsClusters,
        List<EcsService> ecsServices,
        List<ClassicLoadBalancer> classicLoadBalancers,
        List<ApplicationLoadBalancer> applicationLoadBalancers,
        List<Bucket> buckets,
        List<RestApi> restApis,
        List<HttpApi> httpApis,
        List<EventSourceMapping> eventSourceMappings,
        List<Connection> connections,
        List<Gap> gaps)
{
    /** Northwind Traders: a production and a shared-services account in us-east-1 and eu-west-1. */
    static SampleTopology northwind()
    {
        EstateBuilder estate = new EstateBuilder("Northwind Traders", "2026-11-01T00:00:00Z");
        NorthwindAccounts accounts = NorthwindAccounts.register(estate);
        NorthwindSharedServices.build(estate, accounts);
        NorthwindStorefront.build(estate, accounts);
        NorthwindLegacy.build(estate, accounts);
        NorthwindEurope.build(estate, accounts);
        NorthwindBuckets.build(estate, accounts);
        NorthwindTraffic.build(estate);
        return estate.build();
    }

    SecurityGroup securityGroup(String key)
    {
        return securityGroups.stream()
                .filter(group -> group.key().equals(key))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no security group " + key));
    }

    TargetGroup targetGroup(String name)
    {
        return applicationLoadBalancers.stream()
                .flatMap(loadBalancer -> loadBalancer.targetGroups().stream())
                .filter(group -> group.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no target group " + name));
    }

    /** The ENIs of a sample resource, in creation order. */
    List<NetworkInterface> interfacesOf(String owner)
    {
        List<NetworkInterface> owned = networkInterfaces.stream().filter(networkInterface -> networkInterface.owner().equals(owner)).toList();
        if (owned.isEmpty()) {
            throw new IllegalArgumentException("no network interfaces owned by " + owner);
        }
        return owned;
    }
}
