package io.cloudmigrate.codegen.internal;

import io.cloudmigrate.discovery.Resource;
import io.cloudmigrate.graph.MigrationWave;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import static java.util.Objects.requireNonNull;

/**
 * Turns the waves of an assessment into {@link Targets.Wave}s: which members get generated code,
 * with which attributes, and which are skipped and why.
 */
public final class TargetPlanner
{
    private final EstateIndex index;

    public TargetPlanner(EstateIndex index)
    {
        this.index = requireNonNull(index, "index is null");
    }

    public List<Targets.Wave> plan()
    {
        SortedMap<Integer, List<Resource>> generatedByWave = new TreeMap<>();
        SortedMap<Integer, List<Targets.Skipped>> skippedByWave = new TreeMap<>();
        SortedMap<Integer, TreeSet<String>> groupsByWave = new TreeMap<>();
        for (MigrationWave wave : index.assessment().graph().waves()) {
            List<Resource> generated = generatedByWave.computeIfAbsent(wave.number(), number -> new ArrayList<>());
            List<Targets.Skipped> skipped = skippedByWave.computeIfAbsent(wave.number(), number -> new ArrayList<>());
            TreeSet<String> groups = groupsByWave.computeIfAbsent(wave.number(), number -> new TreeSet<>());
            for (Resource resource : index.waveResources(wave)) {
                Optional<Provisioning.Skip> skip = Provisioning.skip(resource, index.recommendation(resource.id()));
                if (skip.isPresent()) {
                    skipped.add(new Targets.Skipped(name(resource), skip.get().reason(), skip.get().deliberate()));
                }
                else {
                    generated.add(resource);
                    groups.addAll(resource.network().securityGroupIds());
                }
            }
        }
        SecurityGroupPlanner securityGroups = new SecurityGroupPlanner(index, groupsByWave);
        SharedVolumes sharedVolumes = SharedVolumes.of(index, generatedByWave);
        List<Targets.Wave> waves = new ArrayList<>();
        generatedByWave.forEach((number, generated) -> waves.add(new WaveBuilder(index, securityGroups, sharedVolumes, number).build(generated, skippedByWave.get(number))));
        return waves;
    }

    Targets.Name name(Resource resource)
    {
        return name(index, resource);
    }

    static Targets.Name name(EstateIndex index, Resource resource)
    {
        String strategy = index.recommendation(resource.id()).map(recommendation -> recommendation.strategy().displayName()).orElse("none");
        return new Targets.Name(resource.id(), resource.name(), Labels.type(resource.type()), strategy, index.terraformName(resource.id()), index.logicalId(resource.id()),
                new Placement(resource.accountId(), resource.region()));
    }
}
