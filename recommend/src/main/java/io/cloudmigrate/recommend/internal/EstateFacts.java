package io.cloudmigrate.recommend.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.scoring.DependencyIndex;

import java.util.Map;

import static java.util.Objects.requireNonNull;

/**
 * What the rules and the model read about an estate, read once: each resource's facts by id (sorted), each
 * member of a cluster or group to its group (rule A0), and the dependency index the facts came from.
 */
record EstateFacts(Map<String, WorkloadFacts> facts, Map<String, Resource> groups, DependencyIndex dependencies)
{
    EstateFacts
    {
        requireNonNull(facts, "facts is null");
        requireNonNull(groups, "groups is null");
        requireNonNull(dependencies, "dependencies is null");
        facts = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(facts));
        groups = java.util.Collections.unmodifiableSortedMap(new java.util.TreeMap<>(groups));
    }
}
