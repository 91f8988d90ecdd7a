package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.scoring.LifecycleCatalog;
import io.cloudmigrate.scoring.LifecycleEntry;
import io.cloudmigrate.scoring.LifecycleMatch;
import io.cloudmigrate.scoring.SelfManagedEngine;
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
 * Prices an EC2 instance today and under each strategy. The Replatform target follows the rules'
 * order: an operating system past or near end of support is upgraded first (F1); else a self-managed
 * database moves to RDS (G1) and a cache to ElastiCache (G2); else a Linux x86 instance moves to the
 * Graviton type of the same size (G7).
 */
final class Ec2Pricing
{
    /** Rehost right-sizes down while the CPU p95, doubled by halving the instance, stays at or below this. */
    static final double RIGHT_SIZE_CPU_P95_LIMIT = 60;
    /** Likewise for memory, when the CloudWatch agent reports it. */
    static final double RIGHT_SIZE_MEMORY_P95_LIMIT = 80;

    private final LifecycleCatalog lifecycle;
    private final ServerlessEstimates serverless = new ServerlessEstimates();

    Ec2Pricing(LifecycleCatalog lifecycle)
    {
        this.lifecycle = requireNonNull(lifecycle, "lifecycle is null");
    }

    ResourcePricing.Priced price(Resource resource, ResourceDetails.Ec2Instance instance, PriceLookup prices, Usage usage, LocalDate asOf)
    {
        Optional<InstanceType> type = InstanceType.parse(instance.instanceType());
        boolean windows = isWindows(instance);
        double addresses = resource.network().publicIpAddresses().size() * prices.required("vpc.public-ipv4.hour") * HOURS_PER_MONTH;
        OptionalDouble hourly = type.map(value -> hourly(value, windows, prices)).orElse(OptionalDouble.empty());
        boolean typeKnown = instance.instanceType() != null && !instance.instanceType().isBlank();
        if (!typeKnown) {
            prices.note("instance type unknown (the inventory reports no InstanceType): the instance is not priced and adds nothing to the totals");
        }
        else if (hourly.isEmpty()) {
            prices.note("no price for instance type " + instance.instanceType() + " (instance counted as 0)");
        }
        double current = hourly.orElse(0) * HOURS_PER_MONTH + addresses;
        String name = typeKnown ? instance.instanceType() : "of unknown instance type";

        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        targets.put(Strategy.RETAIN, new PricedTarget("EC2 " + name + " (unchanged)", current));
        targets.put(Strategy.RELOCATE, new PricedTarget("EC2 " + name + " in the target account, VPC or Region", current));
        targets.put(Strategy.REHOST, type.filter(value -> hourly.isPresent())
                .map(value -> rightSized(value, windows, usage, prices, addresses))
                .orElse(new PricedTarget("EC2 " + name + " (same size)", current)));
        replatform(resource, instance, type, windows, prices, asOf, current, addresses).ifPresent(target -> targets.put(Strategy.REPLATFORM, target));
        refactor(instance, type, prices, usage).ifPresent(target -> targets.put(Strategy.REFACTOR, target));
        return new ResourcePricing.Priced(current, targets);
    }

    static boolean isWindows(ResourceDetails.Ec2Instance instance)
    {
        String platform = (instance.platform() == null ? "" : instance.platform()) + " " + (instance.operatingSystem() == null ? "" : instance.operatingSystem());
        return platform.toLowerCase(Locale.ROOT).contains("windows");
    }

    /**
     * The hourly price of a type; Windows is estimated as Linux plus the licence-included uplift per vCPU,
     * taken from the snapshot's Fargate Windows OS licence fee (the snapshot has no EC2 Windows prices).
     */
    private static OptionalDouble hourly(InstanceType type, boolean windows, PriceLookup prices)
    {
        OptionalDouble linux = prices.price("ec2.linux." + type.name());
        if (linux.isEmpty() || !windows) {
            return linux;
        }
        double licence = prices.required("fargate.windows-license.vcpu-hour");
        prices.note("EC2 Windows estimated as the Linux price + " + licence + " USD per vCPU-hour (the snapshot's Windows licence fee; vCPUs from the size name)");
        return OptionalDouble.of(linux.getAsDouble() + type.vcpus() * licence);
    }

    private static PricedTarget rightSized(InstanceType type, boolean windows, Usage usage, PriceLookup prices, double addresses)
    {
        InstanceType chosen = type;
        OptionalDouble cpu = usage.p95(MetricName.CPU_UTILIZATION);
        OptionalDouble memory = usage.p95(MetricName.MEMORY_UTILIZATION);
        if (cpu.isPresent()) {
            double cpuP95 = cpu.getAsDouble();
            double memoryP95 = memory.orElse(0);
            // Halving the instance roughly doubles the utilisation of what remains.
            for (Optional<InstanceType> half = chosen.half(); half.isPresent() && hourly(half.get(), windows, prices).isPresent(); half = chosen.half()) {
                if (cpuP95 * 2 > RIGHT_SIZE_CPU_P95_LIMIT || memoryP95 * 2 > RIGHT_SIZE_MEMORY_P95_LIMIT) {
                    break;
                }
                chosen = half.get();
                cpuP95 *= 2;
                memoryP95 *= 2;
            }
        }
        double monthly = hourly(chosen, windows, prices).orElse(0) * HOURS_PER_MONTH + addresses;
        if (chosen.equals(type)) {
            return new PricedTarget("EC2 " + type.name() + " (same size)", monthly);
        }
        return new PricedTarget(String.format(Locale.ROOT, "EC2 %s (right-sized from %s: CPU p95 %.0f%%)", chosen.name(), type.name(), cpu.getAsDouble()), monthly);
    }

    private Optional<PricedTarget> replatform(
            Resource resource,
            ResourceDetails.Ec2Instance instance,
            Optional<InstanceType> type,
            boolean windows,
            PriceLookup prices,
            LocalDate asOf,
            double current,
            double addresses)
    {
        Optional<LifecycleEntry> operatingSystem = lifecycle.matches(resource).stream()
                .map(LifecycleMatch::entry)
                .filter(entry -> entry.category() == LifecycleEntry.Category.OPERATING_SYSTEM)
                .filter(entry -> entry.statusAt(asOf, LifecycleCatalog.HORIZON_DEFAULT).forcesChange())
                .findFirst();
        if (operatingSystem.isPresent()) {
            String on = instance.instanceType() == null || instance.instanceType().isBlank() ? " on EC2 (instance type unknown)" : " on EC2 " + instance.instanceType();
            return Optional.of(new PricedTarget(operatingSystem.get().successor() + on + " (OS upgrade)", current));
        }
        Optional<SelfManagedEngine.Detected> engine = SelfManagedEngine.detect(instance.software());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (engine.isPresent() && engine.get().engine().database()) {
            SelfManagedEngine database = engine.get().engine();
            OptionalDouble hourly = DatabasePricing.instanceHourly("db." + type.get().name(), false, database.managedEngine(), prices);
            double storage = DatabasePricing.storageMonthly(instance.storageGb(), "gp3", false, false, prices);
            return hourly.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new PricedTarget(database.managedService() + ", db." + type.get().name(), hourly.getAsDouble() * HOURS_PER_MONTH + storage));
        }
        if (engine.isPresent()) {
            String node = "cache." + type.get().name();
            OptionalDouble hourly = prices.price("elasticache." + engine.get().engine().managedEngine() + "." + node);
            return hourly.isEmpty()
                    ? Optional.empty()
                    : Optional.of(new PricedTarget(engine.get().engine().managedService() + ", " + node, hourly.getAsDouble() * HOURS_PER_MONTH));
        }
        if (windows) {
            return Optional.empty();
        }
        return type.get().gravitonEquivalent().flatMap(graviton -> {
            OptionalDouble hourly = prices.price("ec2.linux." + graviton.name());
            return hourly.isEmpty()
                    ? Optional.<PricedTarget>empty()
                    : Optional.of(new PricedTarget("EC2 " + graviton.name() + " (AWS Graviton)", hourly.getAsDouble() * HOURS_PER_MONTH + addresses));
        });
    }

    private Optional<PricedTarget> refactor(ResourceDetails.Ec2Instance instance, Optional<InstanceType> type, PriceLookup prices, Usage usage)
    {
        if (type.isEmpty()) {
            return Optional.empty();
        }
        Optional<SelfManagedEngine.Detected> engine = SelfManagedEngine.detect(instance.software());
        if (engine.isPresent()) {
            if (!engine.get().engine().commercial()) {
                return Optional.empty();
            }
            OptionalDouble hourly = DatabasePricing.instanceHourly("db." + type.get().name(), false, "aurora-postgresql", prices);
            double storage = DatabasePricing.storageMonthly(instance.storageGb(), "aurora", false, true, prices);
            String target = engine.get().engine() == SelfManagedEngine.SQL_SERVER
                    ? "Amazon Aurora PostgreSQL with Babelfish, db." + type.get().name()
                    : "Amazon Aurora PostgreSQL, db." + type.get().name();
            return hourly.isEmpty() ? Optional.empty() : Optional.of(new PricedTarget(target, hourly.getAsDouble() * HOURS_PER_MONTH + storage));
        }
        return Optional.of(serverless.refactor(type.get(), usage, prices));
    }
}
