package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.scoring.LifecycleCatalog;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.UnpricedItem;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import static java.util.Objects.requireNonNull;

/**
 * Today's run-rate of a resource and its run-rate under each strategy that is viable for its type.
 * Retire is always viable (run-rate 0); Retain and Relocate keep today's run-rate; the rest depends on
 * the type.
 */
final class ResourcePricing
{
    /**
     * Today's run-rate and the viable strategies' targets, in USD per month, not yet rounded.
     */
    record Priced(double currentMonthlyUsd, List<UnpricedItem> currentUnpriced, Map<Strategy, PricedTarget> targets)
    {
        Priced
        {
            currentUnpriced = List.copyOf(requireNonNull(currentUnpriced, "currentUnpriced is null"));
            // Kept in strategy order, so that whoever iterates it sees a stable order.
            Map<Strategy, PricedTarget> copy = new EnumMap<>(Strategy.class);
            copy.putAll(requireNonNull(targets, "targets is null"));
            targets = Collections.unmodifiableMap(copy);
        }

        /** Today's run-rate and targets; the unpriced items of today's run-rate are taken from the lookup. */
        static Priced of(double currentMonthlyUsd, PriceLookup prices, Map<Strategy, PricedTarget> targets)
        {
            return new Priced(currentMonthlyUsd, prices.takeUnpriced(), targets);
        }
    }

    private final Ec2Pricing ec2;
    private final ServicePricing services;

    ResourcePricing(LifecycleCatalog lifecycle)
    {
        this.ec2 = new Ec2Pricing(lifecycle);
        this.services = new ServicePricing(lifecycle);
    }

    /**
     * @param processedGbPerMonth the GB a month a NAT gateway processes, from flow-log bytes; empty when unknown
     */
    Priced price(Resource resource, PriceLookup prices, Usage usage, LocalDate asOf, OptionalDouble processedGbPerMonth)
    {
        Priced priced = switch (resource.details()) {
            case ResourceDetails.Ec2Instance instance -> ec2.price(resource, instance, prices, usage, asOf);
            case ResourceDetails.RdsDbInstance database -> services.database(database, prices, asOf, resource);
            case ResourceDetails.RdsDbCluster cluster -> services.databaseCluster(cluster, prices, asOf, resource);
            case ResourceDetails.ElastiCacheCluster cache -> services.cache(cache, prices, asOf, resource);
            case ResourceDetails.ElastiCacheReplicationGroup group -> services.replicationGroup(group, prices, asOf, resource);
            case ResourceDetails.LoadBalancer loadBalancer -> services.loadBalancer(loadBalancer, prices);
            case ResourceDetails.LambdaFunction function -> services.function(function, prices, usage, asOf, resource);
            case ResourceDetails.EcsService service -> services.containerService(service, prices);
            case ResourceDetails.S3Bucket bucket -> services.bucket(bucket, prices);
            case ResourceDetails.ApiGateway api -> services.api(api, prices, usage);
            case ResourceDetails.VpcEndpoint endpoint -> services.endpoint(endpoint, prices);
            case ResourceDetails.NatGateway natGateway -> services.natGateway(prices, processedGbPerMonth);
            case ResourceDetails.EcsCluster cluster -> unpriced(prices, "an ECS cluster has no charge of its own; its instances and tasks are priced separately");
            case ResourceDetails.Vpc vpc -> unpriced(prices, "a VPC has no charge of its own");
            case ResourceDetails.Subnet subnet -> unpriced(prices, "a subnet has no charge of its own");
            case ResourceDetails.RouteTable routeTable -> unpriced(prices, "a route table has no charge of its own");
            case ResourceDetails.UnattachedVolume volume -> services.volume(volume, prices);
        };
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        targets.putAll(priced.targets());
        targets.put(Strategy.RETIRE, new PricedTarget("decommissioned (final snapshot or archive kept)", 0));
        targets.putIfAbsent(Strategy.RETAIN, new PricedTarget("unchanged", priced.currentMonthlyUsd(), priced.currentUnpriced()));
        targets.putIfAbsent(Strategy.RELOCATE, new PricedTarget("same service in the target account, VPC or Region", priced.currentMonthlyUsd(), priced.currentUnpriced()));
        return new Priced(priced.currentMonthlyUsd(), priced.currentUnpriced(), targets);
    }

    private static Priced unpriced(PriceLookup prices, String note)
    {
        prices.note(note);
        return new Priced(0, List.of(), Map.of());
    }
}
