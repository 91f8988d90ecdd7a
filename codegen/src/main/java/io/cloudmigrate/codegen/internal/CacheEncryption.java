package io.cloudmigrate.codegen.internal;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether ElastiCache offers in-transit encryption (TLS) for a target's engine and version, and with it
 * an AUTH token. As AWS documents them: Redis OSS 3.2.6, and 4.0.10 and later, in a replication group,
 * 7.0.5 and later in a cluster of its own; Memcached 1.6.12 and later; Valkey always. AUTH tokens exist
 * for Redis OSS and Valkey replication groups only, and only with TLS. A version left to AWS (none
 * named) is the current one, which has both.
 */
final class CacheEncryption
{
    private static final Pattern VERSION = Pattern.compile("^(\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?");

    private CacheEncryption() {}

    static boolean inTransit(String engine, String version, boolean replicationGroup)
    {
        if (engine == null) {
            return false;
        }
        return switch (engine.toLowerCase(Locale.ROOT)) {
            case "valkey" -> true;
            case "memcached" -> atLeast(version, 1, 6, 12);
            case "redis" -> replicationGroup ? redisReplicationGroup(version) : atLeast(version, 7, 0, 5);
            default -> false;
        };
    }

    /** Whether the target takes an AUTH token: a Redis OSS or Valkey replication group with TLS. */
    static boolean authToken(String engine, boolean replicationGroup, boolean inTransit)
    {
        return replicationGroup && inTransit && engine != null && !engine.equalsIgnoreCase("memcached");
    }

    // 3.2.6 has TLS, 3.2.10 does not; in 4.0 it came with 4.0.10
    private static boolean redisReplicationGroup(String version)
    {
        int[] parts = parts(version);
        if (parts != null && parts[0] == 3 && parts[1] == 2) {
            return parts[2] == 6;
        }
        return atLeast(version, 4, 0, 10);
    }

    /**
     * Whether the version is at least {@code major.minor.patch}; a version without a patch level names its
     * line, whose current release is the newest, and none at all is AWS's current default.
     */
    private static boolean atLeast(String version, int major, int minor, int patch)
    {
        if (version == null || version.isBlank()) {
            return true;
        }
        int[] parts = parts(version);
        if (parts == null) {
            return false;
        }
        int[] minimum = {major, minor, patch};
        for (int index = 0; index < minimum.length; index++) {
            if (parts[index] < 0) {
                return true;
            }
            if (parts[index] != minimum[index]) {
                return parts[index] > minimum[index];
            }
        }
        return true;
    }

    /** major, minor and patch, -1 for a part the version leaves out; {@code null} when it is no version. */
    private static int[] parts(String version)
    {
        Matcher matcher = VERSION.matcher(version == null ? "" : version.strip());
        if (!matcher.find()) {
            return null;
        }
        int[] parts = new int[3];
        for (int index = 0; index < 3; index++) {
            String part = matcher.group(index + 1);
            parts[index] = part == null ? -1 : Integer.parseInt(part);
        }
        return parts;
    }
}
