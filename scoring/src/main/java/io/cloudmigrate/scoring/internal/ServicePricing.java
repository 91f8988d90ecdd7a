package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.scoring.LifecycleCatalog;
import io.cloudmigrate.scoring.LifecycleEntry;
import io.cloudmigrate.scoring.LifecycleMatch;
import io.cloudmigrate.scoring.Strategy;
import io.cloudmigrate.scoring.UnpricedItem;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
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
        double current = DatabasePricing.instanceMonthly(database.dbInstanceClass(), database.multiAz(), database.engine(), prices) + storage;
        List<UnpricedItem> currentUnpriced = prices.takeUnpriced();
        Optional<PriceLookup.Commitment> commitment = prices.takeCommitment();
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        Optional<LifecycleEntry> ending = forcingChange(resource, asOf);
        if (ending.isPresent()) {
            targets.put(Strategy.REPLATFORM, new PricedTarget(ending.get().successor() + " on " + database.dbInstanceClass() + " (major version upgrade)", current, currentUnpriced, commitment));
        }
        else {
            InstanceType.parse(database.dbInstanceClass()).flatMap(InstanceType::gravitonEquivalent).ifPresent(graviton -> {
                OptionalDouble hourly = DatabasePricing.instanceHourly("db." + graviton.name(), database.multiAz(), database.engine(), prices);
                hourly.ifPresent(value -> {
                    prices.commitHours(DatabasePricing.instanceDimension("db." + graviton.name(), database.multiAz(), database.engine()), value);
                    targets.put(Strategy.REPLATFORM, new PricedTarget("db." + graviton.name() + " (AWS Graviton)", value * HOURS_PER_MONTH + storage,
                            storageUnpriced(currentUnpriced), prices.takeCommitment()));
                });
            });
        }
        if (DatabasePricing.commercial(database.engine())) {
            double monthly = DatabasePricing.instanceMonthly(database.dbInstanceClass(), database.multiAz(), "aurora-postgresql", prices)
                    + DatabasePricing.storageMonthly(database.allocatedStorageGb(), "aurora", database.multiAz(), true, prices);
            targets.put(Strategy.REFACTOR,
                    PricedTarget.of("Amazon Aurora PostgreSQL" + (database.engine().startsWith("sqlserver") ? " with Babelfish" : "") + ", " + database.dbInstanceClass(),
                            monthly, prices));
        }
        targets.putIfAbsent(Strategy.RETAIN, new PricedTarget("unchanged", current, currentUnpriced, commitment));
        targets.putIfAbsent(Strategy.RELOCATE, new PricedTarget("same service in the target account, VPC or Region", current, currentUnpriced, commitment));
        return new ResourcePricing.Priced(current, currentUnpriced, targets);
    }

    /** The cluster's storage; its instances are priced as the member DB instances they are. */
    ResourcePricing.Priced databaseCluster(ResourceDetails.RdsDbCluster cluster, PriceLookup prices, LocalDate asOf, Resource resource)
    {
        prices.note("instances priced on the member DB instances");
        if (cluster.aurora()) {
            prices.unpriced("Aurora cluster storage", "it grows with the data and its size is not in the inventory");
        }
        else {
            prices.unpriced("Multi-AZ DB cluster storage (" + cluster.allocatedStorageGb() + " GB)", "Multi-AZ DB cluster storage has its own price, which the price source lacks");
        }
        List<UnpricedItem> unpriced = prices.takeUnpriced();
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        forcingChange(resource, asOf).ifPresent(ending ->
                targets.put(Strategy.REPLATFORM, new PricedTarget(ending.successor() + " (major version upgrade of the cluster)", 0, unpriced)));
        return new ResourcePricing.Priced(0, unpriced, targets);
    }

    /** A replication group costs its nodes, which are priced as the member cache clusters they are. */
    ResourcePricing.Priced replicationGroup(ResourceDetails.ElastiCacheReplicationGroup group, PriceLookup prices, LocalDate asOf, Resource resource)
    {
        prices.note("nodes priced on the member cache clusters");
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        forcingChange(resource, asOf).ifPresent(ending ->
                targets.put(Strategy.REPLATFORM, new PricedTarget(ending.successor() + " on " + group.cacheNodeType() + " (major version upgrade)", 0)));
        return new ResourcePricing.Priced(0, List.of(), targets);
    }

    ResourcePricing.Priced cache(ResourceDetails.ElastiCacheCluster cache, PriceLookup prices, LocalDate asOf, Resource resource)
    {
        int nodes = Math.max(1, cache.numCacheNodes());
        String engine = cacheEngine(cache.engine());
        double current = prices.required("elasticache." + engine + "." + cache.cacheNodeType(), "ElastiCache " + engine + " " + cache.cacheNodeType() + " node hours (" + nodes + ")")
                * nodes * HOURS_PER_MONTH;
        List<UnpricedItem> currentUnpriced = prices.takeUnpriced();
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        Optional<LifecycleEntry> ending = forcingChange(resource, asOf);
        String priced = engine;
        if (ending.isPresent()) {
            targets.put(Strategy.REPLATFORM, new PricedTarget(ending.get().successor() + " on " + cache.cacheNodeType() + " (major version upgrade)", current, currentUnpriced));
        }
        else {
            InstanceType.parse(cache.cacheNodeType()).flatMap(InstanceType::gravitonEquivalent).ifPresent(graviton -> prices
                    .price("elasticache." + priced + ".cache." + graviton.name())
                    .ifPresent(value -> targets.put(Strategy.REPLATFORM, new PricedTarget("cache." + graviton.name() + " (AWS Graviton)", value * nodes * HOURS_PER_MONTH))));
        }
        return new ResourcePricing.Priced(current, currentUnpriced, targets);
    }

    /** The engine part of an ElastiCache price dimension: {@code redis}, {@code valkey} or {@code memcached}. */
    static String cacheEngine(String engine)
    {
        if ("memcached".equalsIgnoreCase(engine)) {
            return "memcached";
        }
        // Valkey has its own (lower) price; Redis OSS must not stand in for it.
        return "valkey".equalsIgnoreCase(engine) ? "valkey" : "redis";
    }

    ResourcePricing.Priced loadBalancer(ResourceDetails.LoadBalancer loadBalancer, PriceLookup prices)
    {
        String kind = loadBalancer.loadBalancerType() == null ? "classic" : loadBalancer.loadBalancerType().toLowerCase(Locale.ROOT);
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        if (kind.equals("classic")) {
            prices.unpriced("Classic Load Balancer data processed", "the GB it processes are not in the inventory");
            double current = prices.required("elb.classic.hour", "Classic Load Balancer hours") * HOURS_PER_MONTH;
            List<UnpricedItem> currentUnpriced = prices.takeUnpriced();
            boolean http = loadBalancer.listeners().stream().anyMatch(listener -> listener.protocol() != null && listener.protocol().toUpperCase(Locale.ROOT).startsWith("HTTP"));
            String target = http ? "application" : "network";
            double monthly = balancerMonthly(target, prices);
            targets.put(Strategy.REPLATFORM, PricedTarget.of(http ? "Application Load Balancer" : "Network Load Balancer", monthly, prices));
            return new ResourcePricing.Priced(current, currentUnpriced, targets);
        }
        return ResourcePricing.Priced.of(balancerMonthly(kind, prices), prices, targets);
    }

    ResourcePricing.Priced function(ResourceDetails.LambdaFunction function, PriceLookup prices, Usage usage, LocalDate asOf, Resource resource)
    {
        boolean arm = "arm64".equalsIgnoreCase(function.architecture());
        double current = lambdaMonthly(function, arm, prices, usage);
        List<UnpricedItem> currentUnpriced = prices.takeUnpriced();
        Optional<PriceLookup.Commitment> currentCommitment = prices.takeCommitment();
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        Optional<LifecycleEntry> ending = forcingChange(resource, asOf);
        if (ending.isPresent()) {
            targets.put(Strategy.REPLATFORM, new PricedTarget("Lambda runtime " + ending.get().successor() + " (runtime upgrade)", current, currentUnpriced, currentCommitment));
        }
        else if (!arm) {
            double monthly = lambdaMonthly(function, true, prices, usage);
            targets.put(Strategy.REPLATFORM, PricedTarget.of("Lambda on arm64 (AWS Graviton)", monthly, prices));
        }
        return new ResourcePricing.Priced(current, currentUnpriced, targets);
    }

    ResourcePricing.Priced containerService(ResourceDetails.EcsService service, PriceLookup prices)
    {
        int tasks = Math.max(service.desiredCount(), service.runningCount());
        TaskSize size = TaskSize.of(service.taskDefinition());
        double fargate = ServerlessEstimates.fargateMonthly(tasks, size.vcpu(), size.memoryGb(), prices);
        String assumption = size.basis();
        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        List<UnpricedItem> fargateUnpriced = prices.takeUnpriced();
        Optional<PriceLookup.Commitment> fargateCommitment = prices.takeCommitment();
        if ("FARGATE".equalsIgnoreCase(service.launchType())) {
            prices.note(assumption);
            return new ResourcePricing.Priced(fargate, fargateUnpriced, targets);
        }
        prices.note("tasks run on the cluster's EC2 container instances, which are priced themselves");
        if ("EC2".equalsIgnoreCase(service.launchType())) {
            prices.note(assumption + " for Fargate");
            targets.put(Strategy.REPLATFORM, new PricedTarget("AWS Fargate, " + tasks + (tasks == 1 ? " task" : " tasks"), fargate, fargateUnpriced, fargateCommitment));
        }
        return new ResourcePricing.Priced(0, List.of(), targets);
    }

    ResourcePricing.Priced bucket(ResourceDetails.S3Bucket bucket, PriceLookup prices)
    {
        return ResourcePricing.Priced.of(S3StoragePricing.monthly(bucket, prices), prices, Map.of());
    }

    /**
     * A volume attached to nothing costs its storage, IOPS and throughput every month. Rehosted, it is the same volume restored
     * from a snapshot in the target, at the same price; the snapshot taken for the move is left out, as it is deleted after the restore.
     */
    ResourcePricing.Priced volume(ResourceDetails.UnattachedVolume volume, PriceLookup prices)
    {
        double monthly = EbsPricing.monthly(List.of(volume.asEbsVolume()), prices);
        List<UnpricedItem> unpriced = prices.takeUnpriced();
        String target = "EBS " + (volume.volumeType() == null ? "volume of unknown type" : volume.volumeType())
                + (volume.sizeGb() == null ? "" : " " + volume.sizeGb() + " GB") + " restored from a snapshot, encrypted";
        return new ResourcePricing.Priced(monthly, unpriced, Map.of(Strategy.REHOST, new PricedTarget(target, monthly, unpriced)));
    }

    ResourcePricing.Priced api(ResourceDetails.ApiGateway api, PriceLookup prices, Usage usage)
    {
        OptionalDouble perDay = usage.average(MetricName.REQUEST_COUNT);
        if (perDay.isEmpty()) {
            prices.unpriced("API Gateway requests", "the API has no request metrics");
            return ResourcePricing.Priced.of(0, prices, Map.of());
        }
        if ("WEBSOCKET".equalsIgnoreCase(api.protocolType())) {
            // WebSocket messages and connection minutes have prices of their own.
            prices.unpriced("API Gateway WebSocket messages", "the price source has no WebSocket message price");
            return ResourcePricing.Priced.of(0, prices, Map.of());
        }
        boolean rest = "REST".equalsIgnoreCase(api.protocolType());
        double perRequest = prices.required(rest ? "apigateway.rest.request" : "apigateway.http.request", "API Gateway requests");
        return ResourcePricing.Priced.of(perDay.getAsDouble() * DAYS_PER_MONTH * perRequest, prices, Map.of());
    }

    ResourcePricing.Priced endpoint(ResourceDetails.VpcEndpoint endpoint, PriceLookup prices)
    {
        if (!"Interface".equalsIgnoreCase(endpoint.vpcEndpointType())) {
            prices.note("gateway endpoints have no charge");
            return new ResourcePricing.Priced(0, List.of(), Map.of());
        }
        prices.note("interface endpoint priced for one Availability Zone");
        prices.unpriced("VPC endpoint data processed", "the GB it processes are not in the inventory");
        return ResourcePricing.Priced.of(prices.required("vpc.endpoint.hour", "VPC endpoint hours") * HOURS_PER_MONTH, prices, Map.of());
    }

    /** Hours, and the GB it processes when flow logs measured them. */
    ResourcePricing.Priced natGateway(PriceLookup prices, OptionalDouble processedGbPerMonth)
    {
        double monthly = prices.required("vpc.nat-gateway.hour", "NAT gateway hours") * HOURS_PER_MONTH;
        if (processedGbPerMonth.isEmpty()) {
            prices.unpriced("NAT gateway data processed", "no flow logs cover its VPC, so the GB it processes are unknown");
        }
        else {
            prices.note(String.format(Locale.ROOT, "NAT gateway: %.1f GB/month processed, from the flow-log bytes of the subnets routed through it",
                    processedGbPerMonth.getAsDouble()));
            monthly += processedGbPerMonth.getAsDouble() * prices.required("vpc.nat-gateway.gb", "NAT gateway data processed");
        }
        return ResourcePricing.Priced.of(monthly, prices, Map.of());
    }

    /**
     * Hours only: capacity units depend on new connections, active connections, processed bytes and rule
     * evaluations, which the inventory does not measure per balancer, so they are listed as unpriced
     * rather than assumed.
     */
    private double balancerMonthly(String kind, PriceLookup prices)
    {
        if (!kind.equals("application") && !kind.equals("network") && !kind.equals("gateway")) {
            prices.unpriced("load balancer of type " + kind, "no price source knows this type");
            return 0;
        }
        prices.unpriced(kind + " load balancer capacity units (LCU)", "the inventory has no per-balancer traffic metrics to count them");
        return HOURS_PER_MONTH * prices.required("elb." + kind + ".hour", kind + " load balancer hours");
    }

    private static double lambdaMonthly(ResourceDetails.LambdaFunction function, boolean arm, PriceLookup prices, Usage usage)
    {
        OptionalDouble perDay = usage.average(MetricName.INVOCATIONS);
        if (perDay.isEmpty()) {
            prices.unpriced("Lambda requests and compute", "the function has no invocation metrics");
            return 0;
        }
        // CloudWatch reports Lambda Duration in milliseconds.
        double seconds = usage.average(MetricName.DURATION).orElse(0) / 1000;
        double gigabytes = function.memorySizeMb() / 1024.0;
        String duration = arm ? "lambda.gb-second.arm64" : "lambda.gb-second.x86_64";
        double perInvocation = prices.required("lambda.request", "Lambda requests")
                + seconds * gigabytes * prices.required(duration, "Lambda compute (GB-seconds)");
        // A Compute Savings Plan covers duration, not requests.
        prices.commitUsage(duration, perDay.getAsDouble() * DAYS_PER_MONTH * seconds * gigabytes);
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

    /** The storage items among a database's unpriced ones: a new class keeps the storage. */
    private static List<UnpricedItem> storageUnpriced(List<UnpricedItem> unpriced)
    {
        return unpriced.stream().filter(item -> item.item().startsWith("RDS storage")).toList();
    }
}
