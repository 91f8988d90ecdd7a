package io.cloudmigrate.codegen.internal;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The wave's targets by resource id, looked up once per wave instead of scanned per member.
 *
 * @param skipReasons why a resource was skipped by accident (not a deliberate skip), first reason per resource
 */
record WaveCode(Set<String> skipped, Map<String, String> skipReasons, Set<String> cloudFormation, Map<String, Targets.Cache> caches)
{
    static WaveCode of(Targets.Wave wave)
    {
        Set<String> skipped = new HashSet<>();
        Map<String, String> skipReasons = new HashMap<>();
        for (Targets.Skipped target : wave.skipped()) {
            skipped.add(target.name().arn());
            if (!target.deliberate()) {
                skipReasons.putIfAbsent(target.name().arn(), target.reason());
            }
        }
        Set<String> cloudFormation = new HashSet<>();
        wave.instances().forEach(target -> cloudFormation.add(target.name().arn()));
        wave.databases().forEach(target -> cloudFormation.add(target.name().arn()));
        wave.databaseClusters().forEach(target -> {
            cloudFormation.add(target.name().arn());
            target.instances().forEach(instance -> cloudFormation.add(instance.name().arn()));
        });
        wave.caches().forEach(target -> cloudFormation.add(target.name().arn()));
        wave.buckets().forEach(target -> cloudFormation.add(target.name().arn()));
        Map<String, Targets.Cache> caches = new HashMap<>();
        wave.caches().forEach(target -> caches.putIfAbsent(target.name().arn(), target));
        return new WaveCode(skipped, skipReasons, cloudFormation, caches);
    }
}
