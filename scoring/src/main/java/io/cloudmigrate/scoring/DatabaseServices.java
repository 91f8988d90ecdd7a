package io.cloudmigrate.scoring;

import java.util.Locale;

/**
 * The AWS service a database engine reported by the RDS API belongs to. {@code DescribeDBInstances}
 * and {@code DescribeDBClusters} also return Amazon DocumentDB ({@code docdb}) and Amazon Neptune
 * ({@code neptune}) instances and clusters, which share the RDS control plane but are other services
 * with other engines, versions and prices: calling them RDS would mislead whoever reads the advice.
 */
public final class DatabaseServices
{
    private DatabaseServices() {}

    /** {@code Amazon DocumentDB}, {@code Amazon Neptune}, {@code Amazon Aurora} or {@code Amazon RDS}; {@code Amazon RDS} for an unknown engine. */
    public static String serviceOf(String engine)
    {
        String name = engine == null ? "" : engine.toLowerCase(Locale.ROOT);
        if (name.equals("docdb")) {
            return "Amazon DocumentDB";
        }
        if (name.equals("neptune")) {
            return "Amazon Neptune";
        }
        return name.startsWith("aurora") ? "Amazon Aurora" : "Amazon RDS";
    }

    /** Whether the engine is one of RDS's own (including Aurora), rather than DocumentDB or Neptune. */
    public static boolean relational(String engine)
    {
        String service = serviceOf(engine);
        return service.equals("Amazon RDS") || service.equals("Amazon Aurora");
    }
}
