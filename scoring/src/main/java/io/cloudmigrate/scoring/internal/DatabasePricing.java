package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.scoring.DatabaseServices;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * Estimates for Amazon RDS, whose instance-class prices the snapshot lacks. Storage is priced from the
 * snapshot; the instance is estimated from the EC2 Linux price of the same size.
 */
final class DatabasePricing
{
    /**
     * RDS instance price ≈ EC2 Linux price of the same size × this multiplier. Judgement from published
     * list prices: RDS for MySQL and PostgreSQL Single-AZ classes cost about 1.6 to 2.0 times the EC2 Linux
     * price of the same size (for example db.m5.large at 0.171 against m5.large at 0.096 USD an hour in
     * us-east-1). Multi-AZ doubles it (a standby of the same class).
     */
    static final double RDS_INSTANCE_MULTIPLIER = 1.8;

    private DatabasePricing() {}

    /** The estimated hourly price of an RDS class such as {@code db.m5.large}, or empty when its EC2 size is not priced. */
    static OptionalDouble instanceHourly(String instanceClass, boolean multiAz, String engine, PriceLookup prices)
    {
        OptionalDouble ec2 = InstanceType.parse(instanceClass)
                .map(type -> prices.price("ec2.linux." + type.name()))
                .orElse(OptionalDouble.empty());
        if (ec2.isEmpty()) {
            prices.note("no EC2 price to estimate RDS class " + instanceClass + " from (instance counted as 0)");
            return OptionalDouble.empty();
        }
        // DocumentDB and Neptune come through the RDS API and are estimated alike, but are named for what they are
        String service = DatabaseServices.relational(engine) ? "RDS" : DatabaseServices.serviceOf(engine);
        prices.note(service + " instance estimated as the EC2 Linux price of the same size × " + RDS_INSTANCE_MULTIPLIER
                + " (snapshot has no " + service + " instance prices)" + (multiAz ? ", × 2 for Multi-AZ" : ""));
        if (commercial(engine)) {
            prices.note("database licence (" + engine + ") not included");
        }
        return OptionalDouble.of(ec2.getAsDouble() * RDS_INSTANCE_MULTIPLIER * (multiAz ? 2 : 1));
    }

    /** Monthly storage for an RDS instance, from the snapshot's per-GB-month prices. */
    static double storageMonthly(int gigabytes, String storageType, boolean multiAz, boolean aurora, PriceLookup prices)
    {
        if (gigabytes <= 0) {
            return 0;
        }
        String dimension = aurora
                ? "rds.storage.aurora"
                : "rds.storage." + storageKey(storageType) + (multiAz ? ".multi-az" : ".single-az");
        return gigabytes * prices.required(dimension);
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
