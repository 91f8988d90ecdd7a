package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.MetricName;
import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.scoring.LifecycleCatalog;
import io.cloudmigrate.scoring.LifecycleEntry;
import io.cloudmigrate.scoring.LifecycleMatch;
import io.cloudmigrate.scoring.SelfManagedEngine;
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
        String system = operatingSystem(instance);
        boolean typeKnown = instance.instanceType() != null && !instance.instanceType().isBlank();
        String name = typeKnown ? instance.instanceType() : "of unknown instance type";
        OptionalDouble hourly = type.map(value -> hourly(value, system, prices)).orElse(OptionalDouble.empty());
        double current = typeKnown
                ? instanceMonthly(name, hourly, system, prices)
                : unknownType(prices);
        type.ifPresent(value -> prices.spotInformation("ec2." + system + "." + value.name()));
        current += attached(resource, instance, prices);
        List<UnpricedItem> currentUnpriced = prices.takeUnpriced();
        Optional<PriceLookup.Commitment> commitment = prices.takeCommitment();

        Map<Strategy, PricedTarget> targets = new EnumMap<>(Strategy.class);
        targets.put(Strategy.RETAIN, new PricedTarget("EC2 " + name + " (unchanged)", current, currentUnpriced, commitment));
        targets.put(Strategy.RELOCATE, new PricedTarget("EC2 " + name + " in the target account, VPC or Region", current, currentUnpriced, commitment));
        targets.put(Strategy.REHOST, type.filter(value -> hourly.isPresent())
                .map(value -> rightSized(resource, instance, value, system, usage, prices))
                .orElse(new PricedTarget("EC2 " + name + " (same size)", current, currentUnpriced, commitment)));
        replatform(resource, instance, type, system, prices, asOf, current, currentUnpriced, commitment).ifPresent(target -> targets.put(Strategy.REPLATFORM, target));
        refactor(instance, type, prices, usage).ifPresent(target -> targets.put(Strategy.REFACTOR, target));
        prices.takeUnpriced();
        prices.takeCommitment();
        return new ResourcePricing.Priced(current, currentUnpriced, targets);
    }

    /**
     * The operating system part of the EC2 price dimension: {@code linux}, {@code windows}, {@code rhel} or
     * {@code suse}. Each has its own price; none is derived from another.
     */
    static String operatingSystem(ResourceDetails.Ec2Instance instance)
    {
        String platform = ((instance.platform() == null ? "" : instance.platform()) + " " + (instance.operatingSystem() == null ? "" : instance.operatingSystem()))
                .toLowerCase(Locale.ROOT);
        if (platform.contains("windows")) {
            return "windows";
        }
        if (platform.contains("red hat") || platform.contains("rhel")) {
            return "rhel";
        }
        if (platform.contains("suse")) {
            return "suse";
        }
        return "linux";
    }

    static boolean isWindows(ResourceDetails.Ec2Instance instance)
    {
        return operatingSystem(instance).equals("windows");
    }

    private static OptionalDouble hourly(InstanceType type, String system, PriceLookup prices)
    {
        return prices.price("ec2." + system + "." + type.name());
    }

    private static double unknownType(PriceLookup prices)
    {
        prices.unpriced("EC2 instance hours", "the inventory reports no InstanceType");
        return 0;
    }

    private static double instanceMonthly(String name, OptionalDouble hourly, String system, PriceLookup prices)
    {
        if (hourly.isEmpty()) {
            prices.unpriced("EC2 " + name + " " + system + " instance hours", prices.missing("ec2." + system + "." + name));
            return 0;
        }
        prices.commitHours("ec2." + system + "." + name, hourly.getAsDouble());
        return hourly.getAsDouble() * HOURS_PER_MONTH;
    }

    /** What stays with the instance on EC2 whatever its size: EBS volumes and public IPv4 addresses. */
    private static double attached(Resource resource, ResourceDetails.Ec2Instance instance, PriceLookup prices)
    {
        double volumes = EbsPricing.monthly(instance, prices);
        int addresses = resource.network().publicIpAddresses().size();
        return volumes + (addresses == 0 ? 0 : addresses * prices.required("vpc.public-ipv4.hour", "public IPv4 addresses (" + addresses + ")") * HOURS_PER_MONTH);
    }

    private static PricedTarget rightSized(Resource resource, ResourceDetails.Ec2Instance instance, InstanceType type, String system, Usage usage, PriceLookup prices)
    {
        InstanceType chosen = type;
        OptionalDouble cpu = usage.p95(MetricName.CPU_UTILIZATION);
        OptionalDouble memory = usage.p95(MetricName.MEMORY_UTILIZATION);
        if (cpu.isPresent()) {
            double cpuP95 = cpu.getAsDouble();
            double memoryP95 = memory.orElse(0);
            // Halving the instance roughly doubles the utilisation of what remains.
            for (Optional<InstanceType> half = chosen.half(); half.isPresent() && hourly(half.get(), system, prices).isPresent(); half = chosen.half()) {
                if (cpuP95 * 2 > RIGHT_SIZE_CPU_P95_LIMIT || memoryP95 * 2 > RIGHT_SIZE_MEMORY_P95_LIMIT) {
                    break;
                }
                chosen = half.get();
                cpuP95 *= 2;
                memoryP95 *= 2;
            }
        }
        double monthly = instanceMonthly(chosen.name(), hourly(chosen, system, prices), system, prices) + attached(resource, instance, prices);
        if (chosen.equals(type)) {
            return PricedTarget.of("EC2 " + type.name() + " (same size)", monthly, prices);
        }
        return PricedTarget.of(String.format(Locale.ROOT, "EC2 %s (right-sized from %s: CPU p95 %.0f%%)", chosen.name(), type.name(), cpu.getAsDouble()), monthly, prices);
    }

    private Optional<PricedTarget> replatform(
            Resource resource,
            ResourceDetails.Ec2Instance instance,
            Optional<InstanceType> type,
            String system,
            PriceLookup prices,
            LocalDate asOf,
            double current,
            List<UnpricedItem> currentUnpriced,
            Optional<PriceLookup.Commitment> commitment)
    {
        Optional<LifecycleEntry> operatingSystem = lifecycle.matches(resource).stream()
                .map(LifecycleMatch::entry)
                .filter(entry -> entry.category() == LifecycleEntry.Category.OPERATING_SYSTEM)
                .filter(entry -> entry.statusAt(asOf, LifecycleCatalog.HORIZON_DEFAULT).forcesChange())
                .findFirst();
        if (operatingSystem.isPresent()) {
            String on = instance.instanceType() == null || instance.instanceType().isBlank() ? " on EC2 (instance type unknown)" : " on EC2 " + instance.instanceType();
            return Optional.of(new PricedTarget(operatingSystem.get().successor() + on + " (OS upgrade)", current, currentUnpriced, commitment));
        }
        Optional<SelfManagedEngine.Detected> engine = SelfManagedEngine.detect(instance.software());
        if (type.isEmpty()) {
            return Optional.empty();
        }
        if (engine.isPresent() && engine.get().engine().database()) {
            SelfManagedEngine database = engine.get().engine();
            double monthly = DatabasePricing.instanceMonthly("db." + type.get().name(), false, database.managedEngine(), prices)
                    + DatabasePricing.storageMonthly(instance.storageGb(), "gp3", false, false, prices);
            return Optional.of(PricedTarget.of(database.managedService() + ", db." + type.get().name(), monthly, prices));
        }
        if (engine.isPresent()) {
            String node = "cache." + type.get().name();
            double hourly = prices.required("elasticache." + engine.get().engine().managedEngine() + "." + node, "ElastiCache " + node + " node hours");
            return Optional.of(PricedTarget.of(engine.get().engine().managedService() + ", " + node, hourly * HOURS_PER_MONTH, prices));
        }
        if (!system.equals("linux")) {
            return Optional.empty();
        }
        return type.get().gravitonEquivalent().flatMap(graviton -> {
            OptionalDouble hourly = hourly(graviton, system, prices);
            if (hourly.isEmpty()) {
                return Optional.<PricedTarget>empty();
            }
            prices.commitHours("ec2." + system + "." + graviton.name(), hourly.getAsDouble());
            double monthly = hourly.getAsDouble() * HOURS_PER_MONTH + attached(resource, instance, prices);
            return Optional.of(PricedTarget.of("EC2 " + graviton.name() + " (AWS Graviton)", monthly, prices));
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
            double monthly = DatabasePricing.instanceMonthly("db." + type.get().name(), false, "aurora-postgresql", prices)
                    + DatabasePricing.storageMonthly(instance.storageGb(), "aurora", false, true, prices);
            String target = engine.get().engine() == SelfManagedEngine.SQL_SERVER
                    ? "Amazon Aurora PostgreSQL with Babelfish, db." + type.get().name()
                    : "Amazon Aurora PostgreSQL, db." + type.get().name();
            return Optional.of(PricedTarget.of(target, monthly, prices));
        }
        return Optional.of(serverless.refactor(type.get(), usage, prices));
    }
}
