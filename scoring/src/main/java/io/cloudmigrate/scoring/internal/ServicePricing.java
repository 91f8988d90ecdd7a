package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.scoring.LifecycleCatalog;
import io.cloudmigrate.scoring.LifecycleEntry;
import io.cloudmigrate.scoring.LifecycleMatch;
import io.cloudmigrate.scoring.Strategy;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import static io.cloudmigrate.scoring.PriceCatalog.HOURS_PER_MONTH;
import static java.util.Objects.requireNonNull;

/**
 * Prices the managed services: RDS, ElastiCache, load balancers, Lambda, ECS services, S3, API Gateway
 * and VPC endpoints.
 */
final class ServicePricing
{
    /** Load balancer capacity units assumed per hour when traffic is unknown (judgement: a lightly used balancer). */
    static final int ASSUMED_LCU_PER_HOUR = 1;
    /** Days in a 730-hour month, to turn per-day metrics into monthly volumes. */
    static final double DAYS_PER_MONTH = HOURS_PER_MONTH / 24;

    private final LifecycleCatalog lifecycle;

    ServicePricing(LifecycleCatalog lifecycle)
    {
        this.lifecycle = requireNonNull(lifecycle, "lifecycle is null");
    }

    ResourcePricing.Priced database(ResourceDetails.RdsDbInstance database, PriceLookup prices, LocalDate asOf, Resource resource)
    {
        boolean aurora = database.aurora();
        boolean member = database.clusterMember();
        if (member) {
            prices.note("storage priced on DB cluster " + database.dbClusterIdentifier());
        }
        double storage = member ? 0 : DatabasePricing.storageMonthly(database.allocatedStorageGb(), database.storageType(), database.multiAz(), aurora, prices);
        double current = DatabasePricing.instanceHourly(database.dbInstanceClass(), database.multiAz(), database.engine(), prices).orElse(0) * HOURS_PER_MONTH + storage;
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        Optional<LifecycleEntry> ending = forcingChange(resource, asOf);
        if (ending.isPresent()) {
            targets.put(Strategy.REPLATFORM, new PricedTarget(ending.get().successor() + " on " + database.dbInstanceClass() + " (major version upgrade)", current));
        }
        else {
            InstanceType.parse(database.dbInstanceClass()).flatMap(InstanceType::gravitonEquivalent).ifPresent(graviton -> {
                OptionalDouble hourly = DatabasePricing.instanceHourly("db." + graviton.name(), database.multiAz(), database.engine(), prices);
                hourly.ifPresent(value -> targets.put(Strategy.REPLATFORM, new PricedTarget("db." + graviton.name() + " (AWS Graviton)", value * HOURS_PER_MONTH + storage)));
            });
        }
        if (DatabasePricing.commercial(database.engine())) {
            OptionalDouble hourly = DatabasePricing.instanceHourly(database.dbInstanceClass(), database.multiAz(), "aurora-postgresql", prices);
            double auroraStorage = DatabasePricing.storageMonthly(database.allocatedStorageGb(), "aurora", database.multiAz(), true, prices);
            hourly.ifPresent(value -> targets.put(Strategy.REFACTOR,
                    new PricedTarget("Amazon Aurora PostgreSQL" + (database.engine().startsWith("sqlserver") ? " with Babelfish" : "") + ", " + database.dbInstanceClass(),
                            value * HOURS_PER_MONTH + auroraStorage)));
        }
        return new ResourcePricing.Priced(current, targets);
    }

    /** The cluster's storage; its instances are priced as the member DB instances they are. */
    ResourcePricing.Priced databaseCluster(ResourceDetails.RdsDbCluster cluster, PriceLookup prices, LocalDate asOf, Resource resource)
    {
        prices.note("instances priced on the member DB instances");
        if (cluster.aurora()) {
            prices.note("Aurora storage grows with the data and its size is not in the inventory (counted as 0)");
        }
        else {
            prices.note("Multi-AZ DB cluster storage priced as Multi-AZ instance storage");
        }
        double current = cluster.aurora() ? 0 : DatabasePricing.storageMonthly(cluster.allocatedStorageGb(), cluster.storageType(), true, false, prices);
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        forcingChange(resource, asOf).ifPresent(ending ->
                targets.put(Strategy.REPLATFORM, new PricedTarget(ending.successor() + " (major version upgrade of the cluster)", current)));
        return new ResourcePricing.Priced(current, targets);
    }

    /** A replication group costs its nodes, which are priced as the member cache clusters they are. */
    ResourcePricing.Priced replicationGroup(ResourceDetails.ElastiCacheReplicationGroup group, PriceLookup prices, LocalDate asOf, Resource resource)
    {
        prices.note("nodes priced on the member cache clusters");
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        forcingChange(resource, asOf).ifPresent(ending ->
                targets.put(Strategy.REPLATFORM, new PricedTarget(ending.successor() + " on " + group.cacheNodeType() + " (major version upgrade)", 0)));
        return new ResourcePricing.Priced(0, targets);
    }

    ResourcePricing.Priced cache(ResourceDetails.ElastiCacheCluster cache, PriceLookup prices, LocalDate asOf, Resource resource)
    {
        int nodes = Math.max(1, cache.numCacheNodes());
        String engine = "memcached".equalsIgnoreCase(cache.engine()) ? "memcached" : "redis";
        if ("valkey".equalsIgnoreCase(cache.engine())) {
            prices.note("Valkey nodes priced as Redis OSS nodes (the snapshot keeps only Redis OSS and Memcached)");
        }
        OptionalDouble hourly = prices.price("elasticache." + engine + "." + cache.cacheNodeType());
        if (hourly.isEmpty()) {
            prices.note("no price for cache node type " + cache.cacheNodeType() + " (counted as 0)");
        }
        double current = hourly.orElse(0) * nodes * HOURS_PER_MONTH;
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        Optional<LifecycleEntry> ending = forcingChange(resource, asOf);
        if (ending.isPresent()) {
            targets.put(Strategy.REPLATFORM, new PricedTarget(ending.get().successor() + " on " + cache.cacheNodeType() + " (major version upgrade)", current));
        }
        else {
            InstanceType.parse(cache.cacheNodeType()).flatMap(InstanceType::gravitonEquivalent).ifPresent(graviton -> prices
                    .price("elasticache." + engine + ".cache." + graviton.name())
                    .ifPresent(value -> targets.put(Strategy.REPLATFORM, new PricedTarget("cache." + graviton.name() + " (AWS Graviton)", value * nodes * HOURS_PER_MONTH))));
        }
        return new ResourcePricing.Priced(current, targets);
    }

    ResourcePricing.Priced loadBalancer(ResourceDetails.LoadBalancer loadBalancer, PriceLookup prices)
    {
        String kind = loadBalancer.loadBalancerType() == null ? "classic" : loadBalancer.loadBalancerType().toLowerCase(Locale.ROOT);
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        if (kind.equals("classic")) {
            prices.note("Classic Load Balancer data processed is unknown (hours only)");
            double current = prices.required("elb.classic.hour") * HOURS_PER_MONTH;
            boolean http = loadBalancer.listeners().stream().anyMatch(listener -> listener.protocol() != null && listener.protocol().toUpperCase(Locale.ROOT).startsWith("HTTP"));
            String target = http ? "application" : "network";
            targets.put(Strategy.REPLATFORM, new PricedTarget(http ? "Application Load Balancer" : "Network Load Balancer", balancerMonthly(target, prices)));
            return new ResourcePricing.Priced(current, targets);
        }
        return new ResourcePricing.Priced(balancerMonthly(kind, prices), targets);
    }

    ResourcePricing.Priced function(ResourceDetails.LambdaFunction function, PriceLookup prices, Usage usage, LocalDate asOf, Resource resource)
    {
        boolean arm = "arm64".equalsIgnoreCase(function.architecture());
        double current = lambdaMonthly(function, arm, prices, usage);
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        Optional<LifecycleEntry> ending = forcingChange(resource, asOf);
        if (ending.isPresent()) {
            targets.put(Strategy.REPLATFORM, new PricedTarget("Lambda runtime " + ending.get().successor() + " (runtime upgrade)", current));
        }
        else if (!arm) {
            targets.put(Strategy.REPLATFORM, new PricedTarget("Lambda on arm64 (AWS Graviton)", lambdaMonthly(function, true, prices, usage)));
        }
        return new ResourcePricing.Priced(current, targets);
    }

    ResourcePricing.Priced containerService(ResourceDetails.EcsService service, PriceLookup prices)
    {
        int tasks = Math.max(service.desiredCount(), service.runningCount());
        TaskSize size = TaskSize.of(service.taskDefinition());
        double fargate = tasks * ServerlessEstimates.fargateMonthly(size.vcpu(), size.memoryGb(), prices);
        String assumption = size.basis();
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        if ("FARGATE".equalsIgnoreCase(service.launchType())) {
            prices.note(assumption);
            return new ResourcePricing.Priced(fargate, targets);
        }
        prices.note("tasks run on the cluster's EC2 container instances, which are priced themselves");
        if ("EC2".equalsIgnoreCase(service.launchType())) {
            prices.note(assumption + " for Fargate");
            targets.put(Strategy.REPLATFORM, new PricedTarget("AWS Fargate, " + tasks + (tasks == 1 ? " task" : " tasks"), fargate));
        }
        return new ResourcePricing.Priced(0, targets);
    }

    ResourcePricing.Priced bucket(ResourceDetails.S3Bucket bucket, PriceLookup prices)
    {
        if (bucket.sizeBytes() < 0) {
            prices.note("bucket size unknown (counted as 0)");
        }
        prices.note("S3 Standard storage only; requests not counted");
        double gigabytes = Math.max(0, bucket.sizeBytes()) / ResourceFacts.BYTES_PER_GB;
        return new ResourcePricing.Priced(gigabytes * prices.required("s3.standard.gb-month"), Map.of());
    }

    ResourcePricing.Priced api(ResourceDetails.ApiGateway api, PriceLookup prices, Usage usage)
    {
        OptionalDouble perDay = usage.average(MetricName.REQUEST_COUNT);
        if (perDay.isEmpty()) {
            prices.note("no request metrics (counted as 0)");
            return new ResourcePricing.Priced(0, Map.of());
        }
        boolean rest = "REST".equalsIgnoreCase(api.protocolType());
        if ("WEBSOCKET".equalsIgnoreCase(api.protocolType())) {
            prices.note("WebSocket messages priced as HTTP API requests");
        }
        double perRequest = prices.required(rest ? "apigateway.rest.request" : "apigateway.http.request");
        return new ResourcePricing.Priced(perDay.getAsDouble() * DAYS_PER_MONTH * perRequest, Map.of());
    }

    ResourcePricing.Priced endpoint(ResourceDetails.VpcEndpoint endpoint, PriceLookup prices)
    {
        if (!"Interface".equalsIgnoreCase(endpoint.vpcEndpointType())) {
            prices.note("gateway endpoints have no charge");
            return new ResourcePricing.Priced(0, Map.of());
        }
        prices.note("interface endpoint priced for one Availability Zone; data processed not counted");
        return new ResourcePricing.Priced(prices.required("vpc.endpoint.hour") * HOURS_PER_MONTH, Map.of());
    }

    private double balancerMonthly(String kind, PriceLookup prices)
    {
        if (!kind.equals("application") && !kind.equals("network") && !kind.equals("gateway")) {
            prices.note("unknown load balancer type " + kind + " (counted as 0)");
            return 0;
        }
        prices.note(ASSUMED_LCU_PER_HOUR + " LCU per hour assumed (traffic per balancer unknown)");
        return HOURS_PER_MONTH * (prices.required("elb." + kind + ".hour") + ASSUMED_LCU_PER_HOUR * prices.required("elb." + kind + ".lcu-hour"));
    }

    private static double lambdaMonthly(ResourceDetails.LambdaFunction function, boolean arm, PriceLookup prices, Usage usage)
    {
        OptionalDouble perDay = usage.average(MetricName.INVOCATIONS);
        if (perDay.isEmpty()) {
            prices.note("no invocation metrics (counted as 0)");
            return 0;
        }
        // CloudWatch reports Lambda Duration in milliseconds.
        double seconds = usage.average(MetricName.DURATION).orElse(0) / 1000;
        double gigabytes = function.memorySizeMb() / 1024.0;
        double perInvocation = prices.required("lambda.request") + seconds * gigabytes * prices.required(arm ? "lambda.gb-second.arm64" : "lambda.gb-second.x86_64");
        prices.note("Lambda free tier not deducted");
        return perDay.getAsDouble() * DAYS_PER_MONTH * perInvocation;
    }

    private Optional<LifecycleEntry> forcingChange(Resource resource, LocalDate asOf)
    {
        return lifecycle.matches(resource).stream()
                .map(LifecycleMatch::entry)
                .filter(entry -> entry.statusAt(asOf, LifecycleCatalog.HORIZON_DEFAULT).forcesChange())
                .findFirst();
    }
}
