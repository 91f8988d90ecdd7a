package io.cloudmigrate.codegen.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import static java.util.Objects.requireNonNull;

/**
 * How long the name suffix ({@code var.name_suffix}, {@code NameSuffix}) of a wave may be: every name it
 * is appended to must stay within its service's limit, and the tightest of them decides. Checked as the
 * input is given, so that a long suffix fails at {@code terraform plan} or stack creation with the limit
 * named, not half-way through an apply with the service's error.
 *
 * @param maximumLength the longest suffix every suffixed name of the wave still takes (0: none)
 * @param name the suffixed name with the least room
 * @param limitLabel what that name is, as AWS calls it
 * @param limit that name's limit in characters
 */
public record NameSuffixRoom(int maximumLength, String name, String limitLabel, int limit)
{
    // Service limits on the names CloudMigrate appends the suffix to.
    static final int DB_IDENTIFIER = 63;
    // AWS appends "-001" and more to a replication group's id for its member clusters.
    static final int REPLICATION_GROUP_ID = 40;
    static final int CACHE_CLUSTER_ID = 50;
    static final int LOAD_BALANCER_NAME = 32;
    static final int FUNCTION_NAME = 64;
    static final int BUCKET_NAME = 63;
    static final int ECS_CLUSTER_NAME = 255;

    public NameSuffixRoom
    {
        requireNonNull(name, "name is null");
        requireNonNull(limitLabel, "limitLabel is null");
    }

    /**
     * The room left by the wave's suffixed names, or empty when it has none.
     *
     * @param buckets whether the wave's S3 bucket names take the suffix (Terraform's do; CloudFormation creates no buckets)
     */
    public static Optional<NameSuffixRoom> of(Targets.Wave wave, boolean buckets)
    {
        List<NameSuffixRoom> rooms = new ArrayList<>();
        for (Targets.Database database : wave.databases()) {
            add(rooms, database.identifier(), "RDS DB instance identifier", DB_IDENTIFIER);
        }
        for (Targets.DatabaseCluster cluster : wave.databaseClusters()) {
            add(rooms, cluster.identifier(), "RDS DB cluster identifier", DB_IDENTIFIER);
            cluster.instances().forEach(instance -> add(rooms, instance.identifier(), "RDS DB instance identifier", DB_IDENTIFIER));
        }
        for (Targets.Cache cache : wave.caches()) {
            if (cache.replicationGroup()) {
                add(rooms, cache.clusterId(), "ElastiCache replication group id", REPLICATION_GROUP_ID);
            }
            else {
                add(rooms, cache.clusterId(), "ElastiCache cluster id", CACHE_CLUSTER_ID);
            }
        }
        wave.loadBalancers().forEach(balancer -> add(rooms, balancer.loadBalancerName(), "load balancer name", LOAD_BALANCER_NAME));
        wave.functions().forEach(function -> add(rooms, function.functionName(), "Lambda function name", FUNCTION_NAME));
        if (buckets) {
            wave.buckets().forEach(bucket -> add(rooms, bucket.bucketName(), "S3 bucket name", BUCKET_NAME));
        }
        wave.ecsClusters().forEach(cluster -> add(rooms, cluster.clusterName(), "ECS cluster name", ECS_CLUSTER_NAME));
        return rooms.stream().min(Comparator.comparingInt(NameSuffixRoom::maximumLength).thenComparing(NameSuffixRoom::name));
    }

    /** The message a too long suffix gets, naming the limit. */
    public String message(String input)
    {
        if (maximumLength == 0) {
            return "The " + input + " must be empty here: " + limitLabel + " " + name + " already has the " + limit + " characters AWS allows.";
        }
        return "The " + input + " may have at most " + maximumLength + " characters here: " + limitLabel + " " + name + " has " + name.length()
                + " and AWS allows " + limit + ".";
    }

    private static void add(List<NameSuffixRoom> rooms, String name, String limitLabel, int limit)
    {
        if (name != null) {
            rooms.add(new NameSuffixRoom(Math.max(0, limit - name.length()), name, limitLabel, limit));
        }
    }
}
