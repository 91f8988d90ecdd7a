package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.scoring.DatabaseServices;

import java.util.Locale;
import java.util.OptionalDouble;

import static io.cloudmigrate.scoring.PriceCatalog.HOURS_PER_MONTH;

/**
 * Amazon RDS and Aurora: instance hours by engine, deployment option and class
 * ({@code rds.<engine>.<single-az|multi-az>.<class>}, the engine name carrying the edition and so the
 * licence, e.g. {@code sqlserver-se}), and storage per GB-month. A class without its own price is
 * unpriced; no other service's price stands in for it.
 */
final class DatabasePricing
{
    private DatabasePricing() {}

    static String instanceDimension(String instanceClass, boolean multiAz, String engine)
    {
        String name = engine == null ? "unknown" : engine.toLowerCase(Locale.ROOT);
        return "rds." + name + "." + (multiAz ? "multi-az" : "single-az") + "." + instanceClass;
    }

    /** The hourly price of an RDS class for an engine, when the catalog has it. */
    static OptionalDouble instanceHourly(String instanceClass, boolean multiAz, String engine, PriceLookup prices)
    {
        return prices.price(instanceDimension(instanceClass, multiAz, engine));
    }

    /** A month of the class's instance hours, or 0 with the hours recorded as unpriced. */
    static double instanceMonthly(String instanceClass, boolean multiAz, String engine, PriceLookup prices)
    {
        String dimension = instanceDimension(instanceClass, multiAz, engine);
        OptionalDouble hourly = prices.price(dimension);
        if (hourly.isEmpty()) {
            // DocumentDB and Neptune come through the RDS API; they are named for what they are
            String service = DatabaseServices.relational(engine) ? "RDS" : DatabaseServices.serviceOf(engine);
            prices.unpriced(service + " " + engine + " " + instanceClass + (multiAz ? " Multi-AZ" : "") + " instance hours", prices.missing(dimension));
            return 0;
        }
        prices.commitHours(dimension, hourly.getAsDouble());
        return hourly.getAsDouble() * HOURS_PER_MONTH;
    }

    /** Monthly storage for an RDS instance, from the catalog's per-GB-month prices. */
    static double storageMonthly(int gigabytes, String storageType, boolean multiAz, boolean aurora, PriceLookup prices)
    {
        if (gigabytes <= 0) {
            return 0;
        }
        String dimension = aurora
                ? "rds.storage.aurora"
                : "rds.storage." + storageKey(storageType) + (multiAz ? ".multi-az" : ".single-az");
        return gigabytes * prices.required(dimension, "RDS storage (" + gigabytes + " GB " + (aurora ? "Aurora" : storageKey(storageType)) + ")");
    }

    static boolean commercial(String engine)
    {
        String value = engine == null ? "" : engine.toLowerCase(Locale.ROOT);
        return value.startsWith("sqlserver") || value.startsWith("oracle") || value.startsWith("db2");
    }

    private static String storageKey(String storageType)
    {
        String value = storageType == null ? "gp2" : storageType.toLowerCase(Locale.ROOT);
        return switch (value) {
            case "gp3", "io1", "io2", "standard" -> value;
            default -> "gp2";
        };
    }
}
