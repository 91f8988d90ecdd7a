package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.ResourceDetails;

import java.util.Optional;

/**
 * The engine and version, or the Lambda runtime, that decides whether a managed service is on a
 * supported version, as far as the inventory tells it. Stage H reads it: only a version the
 * lifecycle table lists as supported leaves a service alone (H1); a missing or unlisted one is
 * reported as an unknown lifecycle status (H3), never taken for a supported one.
 *
 * @param observed what the inventory reports, e.g. {@code postgres 16.4}, {@code docdb, version unknown} or {@code runtime unknown}
 * @param missing why the lifecycle cannot be judged from the inventory alone, or {@code null} when engine and version are both known
 */
record RunningVersion(String observed, String missing)
{
    /** What a resource runs; empty for services without an engine or runtime (S3, API Gateway …) and for container image functions. */
    static Optional<RunningVersion> of(ResourceDetails details)
    {
        if (details instanceof ResourceDetails.RdsDbInstance database) {
            return Optional.of(engine(database.engine(), database.engineVersion()));
        }
        if (details instanceof ResourceDetails.RdsDbCluster cluster) {
            return Optional.of(engine(cluster.engine(), cluster.engineVersion()));
        }
        if (details instanceof ResourceDetails.ElastiCacheCluster cache) {
            return Optional.of(engine(cache.engine(), cache.engineVersion()));
        }
        if (details instanceof ResourceDetails.ElastiCacheReplicationGroup group) {
            return Optional.of(engine(group.engine(), group.engineVersion()));
        }
        if (details instanceof ResourceDetails.LambdaFunction function && !containerImage(function)) {
            return Optional.of(blank(function.runtime())
                    ? new RunningVersion("runtime unknown", "the inventory reports neither a runtime nor a container image")
                    : new RunningVersion(function.runtime(), null));
        }
        return Optional.empty();
    }

    /** A function deployed as a container image has no Lambda runtime: the image carries its own. */
    static boolean containerImage(ResourceDetails.LambdaFunction function)
    {
        return "Image".equalsIgnoreCase(function.packageType());
    }

    // moto, and a group being created, report no engine version
    private static RunningVersion engine(String engine, String version)
    {
        if (blank(engine)) {
            return new RunningVersion("engine unknown", "the inventory reports no engine");
        }
        if (blank(version)) {
            return new RunningVersion(engine + ", version unknown", "the inventory reports no engine version");
        }
        return new RunningVersion(engine + " " + version, null);
    }

    private static boolean blank(String value)
    {
        return value == null || value.isBlank();
    }
}
