package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.ResourceDetails;
import io.cloudmigrate.recommend.Recommendation;
import io.cloudmigrate.scoring.StrategyCost;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Target attributes that the assessment may change from the source: a right-sized instance type or
 * class (the first word of the priced target, e.g. {@code m6i.large Linux}), an engine version or a
 * Lambda runtime named in the recommendation's target. When the assessment names none, the source
 * value stands.
 */
public final class TargetAttributes
{
    private static final Pattern INSTANCE_TYPE = Pattern.compile("[a-z][a-z0-9-]*\\.[a-z0-9]+");
    private static final Pattern DATABASE_CLASS = Pattern.compile("db\\.[a-z0-9-]+\\.[a-z0-9]+");
    private static final Pattern CACHE_NODE_TYPE = Pattern.compile("cache\\.[a-z0-9-]+\\.[a-z0-9]+");
    private static final Pattern VERSION = Pattern.compile("\\d+(?:\\.\\d+)*");
    private static final Pattern LAMBDA_RUNTIME = Pattern.compile(
            "\\b(nodejs\\d+\\.x|python3\\.\\d+|java\\d+(?:\\.al2)?|dotnet\\d+|ruby\\d+\\.\\d+|provided\\.al2023|provided\\.al2)\\b");

    /**
     * Lambda runtimes released after hashicorp/aws 5.100.0, the newest provider that the generated
     * {@code version = "~> 5.0"} admits: its schema refuses them (checked against that provider's binary).
     */
    public static final Set<String> RUNTIMES_NEWER_THAN_PROVIDER = Set.of("dotnet10", "java25", "nodejs24.x", "python3.14");

    private TargetAttributes() {}

    public static String instanceType(ResourceDetails.Ec2Instance instance, Optional<StrategyCost> cost)
    {
        return pricedFirstWord(cost, INSTANCE_TYPE)
                .filter(type -> !type.startsWith("db.") && !type.startsWith("cache."))
                .orElse(instance.instanceType());
    }

    public static String databaseClass(ResourceDetails.RdsDbInstance database, Optional<StrategyCost> cost)
    {
        return pricedFirstWord(cost, DATABASE_CLASS).orElse(database.dbInstanceClass());
    }

    public static String cacheNodeType(ResourceDetails.ElastiCacheCluster cache, Optional<StrategyCost> cost)
    {
        return pricedFirstWord(cost, CACHE_NODE_TYPE).orElse(cache.cacheNodeType());
    }

    /**
     * The default parameter group that turns cluster mode on for a Redis OSS or Valkey version, as AWS
     * names them: {@code default.redis6.x.cluster.on}, {@code default.redis7.cluster.on},
     * {@code default.valkey8.cluster.on}. Without one a group is created with cluster mode off, and a
     * group of several shards is refused. {@code null} when the version is unknown, or has no cluster mode.
     */
    public static String clusterModeParameterGroup(String engine, String version)
    {
        Matcher matcher = VERSION.matcher(version == null ? "" : version);
        if (engine == null || !matcher.find()) {
            return null;
        }
        String[] parts = matcher.group().split("\\.");
        int major = Integer.parseInt(parts[0]);
        String minor = parts.length > 1 ? parts[1] : "0";
        String family = switch (engine.toLowerCase(Locale.ROOT)) {
            case "valkey" -> "valkey" + major;
            case "redis" -> switch (major) {
                case 0, 1, 2 -> null;
                case 3 -> "redis3.2";
                case 4, 5 -> "redis" + major + "." + minor;
                case 6 -> "redis6.x";
                default -> "redis" + major;
            };
            default -> null;
        };
        return family == null ? null : "default." + family + ".cluster.on";
    }

    /** The version named at the end of a target such as {@code Amazon RDS for PostgreSQL 16}, unless the source already is on it. */
    public static String engineVersion(String sourceVersion, String engine, Recommendation recommendation)
    {
        String target = recommendation.target();
        if (target == null || engine == null || !Provisioning.keepsPlatform(recommendation.strategy()) || !namesEngine(target, engine)) {
            return sourceVersion;
        }
        Matcher matcher = VERSION.matcher(target);
        String version = null;
        while (matcher.find()) {
            version = matcher.group();
        }
        if (version == null || (sourceVersion != null && (sourceVersion.equals(version) || sourceVersion.startsWith(version + ".")))) {
            return sourceVersion;
        }
        return version;
    }

    /**
     * A cache engine version as ElastiCache accepts it on create: Redis OSS 6 and later and Valkey take
     * {@code <major>.<minor>} ({@code 7.1}), although a node reports its full version ({@code 7.1.0});
     * Redis OSS 5 and earlier and Memcached take the full version.
     */
    public static String cacheEngineVersion(String engine, String version)
    {
        Matcher matcher = VERSION.matcher(version == null ? "" : version);
        if (engine == null || !matcher.find()) {
            return version;
        }
        String[] parts = matcher.group().split("\\.");
        boolean shortForm = engine.equalsIgnoreCase("valkey") || (engine.equalsIgnoreCase("redis") && Integer.parseInt(parts[0]) >= 6);
        return shortForm && parts.length > 2 ? parts[0] + "." + parts[1] : version;
    }

    /** The runtime named in the recommendation's target, e.g. {@code python3.12}, else the source runtime. */
    public static String lambdaRuntime(ResourceDetails.LambdaFunction function, Recommendation recommendation)
    {
        if (recommendation.target() == null) {
            return function.runtime();
        }
        Matcher matcher = LAMBDA_RUNTIME.matcher(recommendation.target().toLowerCase(Locale.ROOT));
        return matcher.find() ? matcher.group(1) : function.runtime();
    }

    private static Optional<String> pricedFirstWord(Optional<StrategyCost> cost, Pattern pattern)
    {
        return cost.map(StrategyCost::target)
                .map(String::strip)
                .map(target -> target.split("\\s+")[0])
                .filter(word -> pattern.matcher(word).matches());
    }

    private static boolean namesEngine(String target, String engine)
    {
        // "postgres", "sqlserver-se", "oracle-ee": the family is the part before the edition
        String family = engine.toLowerCase(Locale.ROOT).split("-")[0];
        return target.toLowerCase(Locale.ROOT).replace(" ", "").contains(family);
    }
}
