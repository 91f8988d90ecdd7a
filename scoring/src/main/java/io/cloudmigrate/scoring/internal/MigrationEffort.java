package io.cloudmigrate.scoring.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.scoring.Strategy;

/**
 * The one-off cost of carrying out a strategy: engineering hours × {@link #HOURLY_RATE_USD}. Hours are a
 * base per strategy, scaled by how much work the resource type takes, plus hours for copying its data.
 * All figures are judgement (a planning estimate, not a quote); they order the strategies sensibly
 * (Retain &lt; Retire &lt; Relocate &lt; Rehost &lt; Replatform &lt; Repurchase &lt; Refactor) and grow with data.
 */
final class MigrationEffort
{
    /** A blended migration-engineering rate in USD per hour. */
    static final double HOURLY_RATE_USD = 150;
    /** Hours of copying, validating and cutting over per 100 GB of data moved. */
    static final double DATA_HOURS_PER_100_GB = 2;
    /** Data hours stop growing here: beyond it, bulk tools (DataSync, DMS, Snowball) take over. */
    static final double DATA_HOURS_MAXIMUM = 80;

    private MigrationEffort() {}

    static double oneOffUsd(Strategy strategy, Resource resource, double dataGb)
    {
        double hours = baseHours(strategy) * typeFactor(resource);
        if (movesData(strategy) && dataGb > 0) {
            hours += Math.min(DATA_HOURS_MAXIMUM, dataGb / 100 * DATA_HOURS_PER_100_GB);
        }
        return hours * HOURLY_RATE_USD;
    }

    static double baseHours(Strategy strategy)
    {
        return switch (strategy) {
            case RETAIN -> 0;
            case RETIRE -> 4;
            case RELOCATE -> 8;
            case REHOST -> 16;
            case REPLATFORM -> 40;
            case REPURCHASE -> 80;
            case REFACTOR -> 160;
        };
    }

    private static boolean movesData(Strategy strategy)
    {
        return switch (strategy) {
            case RETAIN, RETIRE -> false;
            case RELOCATE, REHOST, REPLATFORM, REPURCHASE, REFACTOR -> true;
        };
    }

    /**
     * Servers and databases take the full base; managed services about half; configuration-only resources
     * a quarter. A member of a DB cluster or replication group moves with it, and the data and cut-over
     * work is counted on the cluster or group, so the member takes a quarter.
     */
    private static double typeFactor(Resource resource)
    {
        if (resource.details().memberOfGroup()) {
            return 0.25;
        }
        return switch (resource.type()) {
            case EC2_INSTANCE, RDS_DB_INSTANCE, RDS_DB_CLUSTER -> 1;
            case ELASTICACHE_CLUSTER, ELASTICACHE_REPLICATION_GROUP, LAMBDA_FUNCTION, ECS_SERVICE -> 0.5;
            case LOAD_BALANCER, LOAD_BALANCER_V2, S3_BUCKET, EBS_VOLUME, API_GATEWAY_REST_API, API_GATEWAY_HTTP_API,
                 VPC, SUBNET, ROUTE_TABLE, NAT_GATEWAY, VPC_ENDPOINT, ECS_CLUSTER -> 0.25;
        };
    }
}
