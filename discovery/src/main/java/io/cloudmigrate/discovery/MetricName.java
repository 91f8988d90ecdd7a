package io.cloudmigrate.discovery;

/**
 * The CloudWatch metrics CloudMigrate summarises, with the namespace and metric name AWS uses for
 * the most common resource type. Units: percent for utilisation, bytes per day for network, a count
 * per day for connections, invocations and requests.
 */
public enum MetricName
{
    CPU_UTILIZATION("CPUUtilization"),
    MEMORY_UTILIZATION("mem_used_percent"),
    NETWORK_IN("NetworkIn"),
    NETWORK_OUT("NetworkOut"),
    DATABASE_CONNECTIONS("DatabaseConnections"),
    CURRENT_CONNECTIONS("CurrConnections"),
    INVOCATIONS("Invocations"),
    DURATION("Duration"),
    REQUEST_COUNT("RequestCount");

    private final String cloudWatchName;

    MetricName(String cloudWatchName)
    {
        this.cloudWatchName = cloudWatchName;
    }

    public String cloudWatchName()
    {
        return cloudWatchName;
    }
}
